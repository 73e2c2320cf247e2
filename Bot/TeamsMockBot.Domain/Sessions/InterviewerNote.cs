namespace TeamsMockBot.Domain.Sessions;

/// <summary>A private note the interviewer took; never shown to the candidate.</summary>
public sealed record InterviewerNote(int QuestionNumber, string Text, DateTimeOffset At)
{
    /// <summary>
    /// Typed in the meeting side panel, which saves as the interviewer types: the panel keeps one
    /// note per question and each save replaces its text (<see cref="MockSession.WritePanelNote"/>),
    /// instead of adding a note per keystroke as the card's "Save note" adds one per click.
    /// </summary>
    public bool FromPanel { get; init; }
}
