using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// A booked mock as one person sees it (<see cref="PartnerName"/> is the other person), or, with
/// <see cref="PartnerName"/> null, as the chat it was booked in sees it. <see cref="JoinUrl"/> is null
/// offline: the mock then runs in the chat it was booked from. <see cref="ChatNote"/> is the one
/// sentence about the meeting chat when the bot could not add itself there.
/// </summary>
public sealed record BookingCardModel(
    BookingNotice Notice,
    string SessionId,
    string InterviewerName,
    string CandidateName,
    string? PartnerName,
    Track Track,
    string Focus,
    InterviewFormat Format,
    DateTimeOffset Start,
    DateTimeOffset End)
{
    public Uri? JoinUrl { get; init; }
    public Uri? CalendarLink { get; init; }
    public string? ChatNote { get; init; }
    /// <summary>Offer "Reschedule" and "Cancel" (before the cut-off, to the two people).</summary>
    public bool CanChange { get; init; }
    /// <summary>The prep the calendar invitation carries too: shown on the card for whoever does not open the invite.</summary>
    public IReadOnlyList<string> Prep { get; init; } = [];
}
