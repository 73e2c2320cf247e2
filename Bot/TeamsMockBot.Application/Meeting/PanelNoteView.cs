namespace TeamsMockBot.Application.Meeting;

/// <summary>One interviewer note as the panel lists it.</summary>
public sealed record PanelNoteView(int QuestionNumber, string Text, DateTimeOffset At, bool FromPanel);
