namespace TeamsMockBot.Cards.Models;

/// <summary>
/// "export my data": what is stored about the person, and a short-lived link to download all of
/// it as JSON from the bot's own web host.
/// </summary>
public sealed record DataExportCardModel(string PersonName, int SessionsAsCandidate, int SessionsAsInterviewer, Uri DownloadUrl, DateTimeOffset LinkExpiresAt);
