namespace TeamsMockBot.Domain.Sessions;

/// <summary>A quick tag on one question and when the interviewer set it (to line it up with a transcript later).</summary>
public sealed record QuestionTag(QuickTag Tag, DateTimeOffset At);
