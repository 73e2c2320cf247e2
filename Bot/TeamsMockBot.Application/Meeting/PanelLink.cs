namespace TeamsMockBot.Application.Meeting;

/// <summary>What a signed panel link grants: <paramref name="PersonId"/>'s view of one session until <paramref name="ExpiresAt"/>.</summary>
public sealed record PanelLink(string SessionId, string PersonId, DateTimeOffset ExpiresAt);
