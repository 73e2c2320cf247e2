namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The answer to "Live panel": a link to the meeting side panel made for the person who clicked,
/// shown to them alone. <paramref name="AsInterviewer"/> says whether the page will show hints and notes.
/// </summary>
public sealed record LivePanelCardModel(string SessionId, string PersonName, bool AsInterviewer, Uri PanelUrl, DateTimeOffset LinkExpiresAt);
