using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Application.History;

/// <summary>
/// <c>my progress</c>: patterns across the actor's own sessions as the candidate, and their latest
/// quiz score. Asked in a shared chat, it goes to the student's personal chat: ratings are not for
/// everyone in a group to read.
/// </summary>
public sealed class ShowProgress(CandidateSessions candidateSessions, IHistoryStore histories, Rubric rubric, OutboundDelivery delivery)
{
    /// <summary>The sessions looked at: the newest ones, enough for a trend and a bounded number of reads.</summary>
    public const int MaxSessions = 20;

    public async Task<CardResult> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var sessions = await candidateSessions.RecentAsync(turn.Actor.Id, MaxSessions, cancellationToken).ConfigureAwait(false);
        var history = await histories.GetAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        var quiz = history.QuizAttempts.Count > 0 ? history.QuizAttempts[^1] : null;
        var latest = quiz is null ? null : new QuizScoreEntry(quiz.Score, quiz.OutOf, quiz.TakenAt);
        var card = ProgressCard.Build(new ProgressCardModel(StudentProgress.Of(sessions, rubric), latest));
        return await PrivateAnswer.SendAsync(turn, delivery, "progress", card, "Your progress is in our personal chat.", cancellationToken).ConfigureAwait(false);
    }
}
