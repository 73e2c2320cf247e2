namespace TeamsMockBot.Domain.Sessions;

/// <summary>A private note the interviewer took; never shown to the candidate.</summary>
public sealed record InterviewerNote(int QuestionNumber, string Text, DateTimeOffset At);
