using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.UseCases;

/// <summary><c>history</c>: the sessions the person took as a candidate, newest first.</summary>
public sealed class ShowHistory(HistoryBook histories, SessionRepository sessions, Rubric rubric)
{
    public const int MaxShown = 20;

    public Task<AdaptiveCard> HandleAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        HandleAsync(turn.Actor, cancellationToken);

    /// <summary>The history of <paramref name="student"/>; callers check that the reader may see it.</summary>
    public async Task<AdaptiveCard> HandleAsync(Domain.Sessions.Participant student, CancellationToken cancellationToken)
    {
        var history = await histories.GetAsync(student.Id, cancellationToken).ConfigureAwait(false);
        var entries = new List<HistoryEntry>();
        foreach (var item in history.Sessions.Where(s => s.Role == StudentHistoryItem.CandidateRole).Reverse().Take(MaxShown))
        {
            var session = await sessions.FindAsync(item.SessionId, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                continue; // deleted since; the history line outlived it
            }

            entries.Add(new HistoryEntry(
                session.Id, session.StartedAt ?? session.CreatedAt, session.Setup.Track, session.Setup.Focus,
                session.IsSolo ? "Solo practice" : session.Interviewer.Name, session.Stage,
                session.Feedback?.Readiness, session.Feedback?.OverallScore ?? session.SelfAssessment?.OverallScore));
        }

        return HistoryCard.Build(new HistoryCardModel(student.Name, entries, rubric));
    }
}
