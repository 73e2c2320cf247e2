namespace TeamsMockBot.Storage;

/// <summary>"Look at peer mock <see cref="PairId"/> at <see cref="ReleaseAt"/>": a hint for the release sweep, like a timer entry.</summary>
public sealed record HeldFeedbackEntry(string PairId, DateTimeOffset ReleaseAt);
