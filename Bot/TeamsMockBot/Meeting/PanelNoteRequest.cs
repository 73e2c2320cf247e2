namespace TeamsMockBot.Meeting;

/// <summary>The side panel's note box: the question it was typed for and the box's whole text.</summary>
public sealed record PanelNoteRequest(int QuestionNumber, string? Text);
