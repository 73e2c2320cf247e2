using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.History;

/// <summary><c>history</c>: the sessions the person took as a candidate, newest first.</summary>
public sealed class ShowHistory(IHistoryStore histories, ISessionStore sessions, StaffDirectory staff, OutboundDelivery delivery, Rubric rubric)
{
    public const int MaxShown = 20;

    /// <summary>
    /// <c>history</c> shows your own sessions; <c>history @student</c> is for career-center staff.
    /// Either asked in a shared chat is answered in the asker's personal chat, never in the shared one.
    /// </summary>
    public async Task<CardResult> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var student = turn.Mentioned.FirstOrDefault(p => p.Id != turn.Actor.Id);
        if (student is null)
        {
            // Your own history holds your scores: asked in a shared chat, it goes to your personal chat.
            var own = await HistoryOfAsync(turn.Actor, cancellationToken).ConfigureAwait(false);
            return await PrivateAnswer.SendAsync(turn, delivery, "history", own, "Your history is in our personal chat.", cancellationToken).ConfigureAwait(false);
        }

        if (!staff.IsStaff(turn))
        {
            throw new SessionRuleException("Only career-center staff can see someone else's history. Type \"history\" for your own.");
        }

        var card = await HistoryOfAsync(student, cancellationToken).ConfigureAwait(false);
        return await PrivateAnswer.SendAsync(turn, delivery, "staff-history", card, $"{student.Name}'s history is in our personal chat.", cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> HistoryOfAsync(Participant student, CancellationToken cancellationToken)
    {
        var history = await histories.GetAsync(student.Id, cancellationToken).ConfigureAwait(false);
        // Read side by side: with blob storage each read is a round trip, and there can be twenty.
        var shown = history.Sessions.Where(s => s.Role == StudentHistoryItem.CandidateRole).Reverse().Take(MaxShown);
        var found = await Task.WhenAll(shown.Select(item => sessions.FindAsync(item.SessionId, cancellationToken))).ConfigureAwait(false);
        var entries = found
            .OfType<MockSession>() // a session deleted since leaves a history line that finds nothing
            .Select(session => new HistoryEntry(
                session.Id, session.StartedAt ?? session.CreatedAt, session.Setup.Track, session.Setup.Focus,
                session.IsSolo ? "Solo practice" : session.Interviewer.Name, session.Stage,
                session.Feedback?.Readiness, session.Feedback?.OverallScore ?? session.SelfAssessment?.OverallScore))
            .ToList();

        return HistoryCard.Build(new HistoryCardModel(student.Name, entries, rubric));
    }
}
