namespace TeamsMockBot.Cards.Models;

/// <summary>
/// A short message card: confirmations, friendly errors ("only the interviewer can…").
/// <see cref="SessionId"/>, when set, adds a "Show the interview" refresh button.
/// <see cref="CanRelease"/> adds the interviewer's "Send feedback now" button.
/// </summary>
public sealed record NoticeCardModel(string Title, string Message, NoticeKind Kind, string? SessionId = null, bool CanRelease = false)
{
    /// <summary>Adds the interviewer's "Edit feedback" button (a new version; the earlier one is kept).</summary>
    public bool CanEditFeedback { get; init; }
}
