using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>A one-time, short-lived download of a person's data, addressed by an unguessable token.</summary>
public sealed record DataExportLink(string Token, string PersonId, string PersonName, DateTimeOffset ExpiresAt)
{
    /// <summary>Set by the one download that claimed the link; a claimed link downloads nothing more.</summary>
    public bool Taken { get; init; }
}
