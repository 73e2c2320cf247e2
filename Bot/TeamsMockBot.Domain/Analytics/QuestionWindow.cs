namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// When a question was on, as offsets into the transcript (from the question marks the session
/// recorded: asked at, closed at), and the time it allowed.
/// </summary>
public sealed record QuestionWindow(int Number, TimeSpan From, TimeSpan To, TimeSpan Allowed);
