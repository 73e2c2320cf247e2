using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

/// <summary>The quick tags the interviewer set on one question (<see cref="QuestionNumber"/> is 1-based, as on the interview card).</summary>
public sealed record TaggedQuestion(int QuestionNumber, IReadOnlyList<QuickTag> Tags);
