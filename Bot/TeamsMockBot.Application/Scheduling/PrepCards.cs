using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// A booked mock's prep card, carrying the steps still open from the candidate's last feedback, so
/// what they said they would work on is in front of them before the next mock.
/// </summary>
public sealed class PrepCards(CandidateSessions candidateSessions)
{
    /// <summary>How far back to look for the last action plan.</summary>
    private const int RecentSessions = 20;

    public async Task<AdaptiveCard> BuildAsync(MockSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var recent = await candidateSessions.RecentAsync(session.Candidate.Id, RecentSessions, cancellationToken).ConfigureAwait(false);
        var open = StudentProgress.OpenStepsOf(recent.Where(s => s.Id != session.Id));
        return BookingViews.Prep(session, open);
    }
}
