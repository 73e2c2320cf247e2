using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// Where sessions live: one record per session, changed only by re-reading and re-applying a
/// change until it lands on the version it was computed from (so concurrent clicks never lose one).
/// </summary>
public interface ISessionStore
{
    /// <summary>The session; <see cref="SessionNotFoundException"/> when there is none.</summary>
    Task<MockSession> GetAsync(string sessionId, CancellationToken cancellationToken);

    Task<MockSession?> FindAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Creates the session; returns the stored one instead if a session with that id exists (a repeated create).</summary>
    Task<(MockSession Session, bool Created)> CreateAsync(MockSession session, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="apply"/> to the latest version and saves it; re-applies on a concurrent change.</summary>
    Task<MockSession> UpdateAsync(string sessionId, Func<MockSession, MockSession> apply, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the session and its index entries. An index entry left by people who changed since
    /// <paramref name="session"/> was read finds nothing and is cleaned when read.
    /// </summary>
    Task DeleteAsync(MockSession session, CancellationToken cancellationToken);

    /// <summary>Every session the person took part in, as candidate or interviewer.</summary>
    Task<IReadOnlyList<MockSession>> FindByPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Sessions created before <paramref name="cutoff"/> (for retention).</summary>
    IAsyncEnumerable<MockSession> FindCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
