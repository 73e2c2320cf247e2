namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// Where a session sits in a peer mock. A peer mock is two linked sessions: half 1 (the one set up,
/// A interviewing B on B's plan) and half 2 (made at the swap, B interviewing A on A's plan). Each
/// half is a whole session, so timers, forms, delivery, history, export and deletion work per half.
/// </summary>
/// <param name="PairId">The id of half 1; both halves carry it.</param>
/// <param name="Number">1 or 2.</param>
/// <param name="PartnerSessionId">The other half's session id (half 2's is known before it exists).</param>
public sealed record PeerHalf(string PairId, int Number, string PartnerSessionId)
{
    public const int First = 1;
    public const int Second = 2;

    /// <summary>
    /// Set at the swap on both halves: until then neither feedback card leaves unless both people
    /// have sent their feedback and self-assessment (double-blind). Null on half 1 before the swap.
    /// </summary>
    public DateTimeOffset? ReleaseAt { get; init; }

    public static string SecondHalfIdOf(string firstHalfId) => firstHalfId + "-swap";
}
