using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Analytics;

/// <summary>The sessions a student took as the candidate, read through their history (never by listing sessions).</summary>
public sealed class CandidateSessions(IHistoryStore histories, ISessionStore sessions)
{
    /// <summary>Up to <paramref name="max"/> of the student's sessions as candidate, oldest first; sessions deleted since are left out.</summary>
    public async Task<IReadOnlyList<MockSession>> RecentAsync(string studentId, int max, CancellationToken cancellationToken)
    {
        var history = await histories.GetAsync(studentId, cancellationToken).ConfigureAwait(false);
        var ids = history.Sessions.Where(s => s.Role == StudentHistoryItem.CandidateRole).TakeLast(max).Select(s => s.SessionId);
        // Side by side: with blob storage each read is a round trip.
        var found = await Task.WhenAll(ids.Select(id => sessions.FindAsync(id, cancellationToken))).ConfigureAwait(false);
        return found.OfType<MockSession>().Where(s => s.IsCandidate(studentId)).ToList();
    }
}
