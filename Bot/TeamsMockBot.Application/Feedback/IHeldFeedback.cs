namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Peer mocks whose feedback cards are held back (double-blind) until both people have sent theirs
/// or the deadline passes. Only a hint for the sweep, like the timer entries: whether a card may go
/// is always decided from the two sessions themselves.
/// </summary>
public interface IHeldFeedback
{
    /// <summary>Remembers that pair <paramref name="pairId"/> (its half 1 session id) must be looked at by <paramref name="releaseAt"/>.</summary>
    Task HoldAsync(string pairId, DateTimeOffset releaseAt, CancellationToken cancellationToken);

    /// <summary>Pair ids whose deadline has passed at <paramref name="now"/>.</summary>
    IAsyncEnumerable<string> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task ForgetAsync(string pairId, CancellationToken cancellationToken);
}
