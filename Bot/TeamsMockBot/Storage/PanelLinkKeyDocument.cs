namespace TeamsMockBot.Storage;

/// <summary>The stored signing key of panel links (base64). A secret, but no person's data: "delete my data" leaves it.</summary>
public sealed record PanelLinkKeyDocument(string Key, DateTimeOffset CreatedAt);
