using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The form behind <c>schedule a mock</c>: who (a chat member, or the fixed pair of an earlier
/// session when <see cref="FromSessionId"/> is set), track, focus, length and how many days ahead
/// to look. <see cref="Errors"/> is keyed by <see cref="CardInputs"/> names.
/// </summary>
public sealed record ScheduleFormModel(
    string ActorName,
    IReadOnlyList<PersonChoice> People,
    string? CandidateId,
    Track Track,
    string Focus,
    int LengthMinutes,
    int WindowDays,
    IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>"Book the next mock": the earlier session whose interviewer and candidate meet again.</summary>
    public string? FromSessionId { get; init; }

    /// <summary>With <see cref="FromSessionId"/>: who the mock is with, shown instead of the picker.</summary>
    public string? PartnerName { get; init; }
}
