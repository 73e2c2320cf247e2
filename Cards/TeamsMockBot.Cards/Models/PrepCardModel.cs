using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The candidate's prep card, 24 hours before a booked mock. <see cref="OpenActionSteps"/> are the
/// steps still open from earlier feedback (empty until the feedback lane provides them).
/// </summary>
public sealed record PrepCardModel(
    string SessionId,
    string InterviewerName,
    Track Track,
    string Focus,
    InterviewFormat Format,
    DateTimeOffset Start,
    DateTimeOffset End,
    Uri? JoinUrl)
{
    public IReadOnlyList<string> OpenActionSteps { get; init; } = [];
}
