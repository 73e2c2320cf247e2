namespace TeamsMockBot.Domain.Sessions;

/// <summary>The meeting side panel's note: one per question, rewritten as the interviewer types.</summary>
public sealed partial record MockSession
{
    /// <summary>The panel's note for question <paramref name="questionNumber"/>, or null.</summary>
    public InterviewerNote? PanelNoteFor(int questionNumber) =>
        Notes.FirstOrDefault(n => n.FromPanel && n.QuestionNumber == questionNumber);

    /// <summary>
    /// Replaces the panel's note for <paramref name="questionNumber"/> with <paramref name="text"/>
    /// (the whole text the panel holds, not an addition); empty text removes it. Notes from the
    /// card's "Save note" are left alone. The number is the question the panel showed when the
    /// interviewer typed, so a note finished after "Next" still lands on the question it is about.
    /// </summary>
    public MockSession WritePanelNote(string actorId, int questionNumber, string text, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        if (Stage == SessionStage.Ready)
        {
            throw new SessionRuleException("Start the interview first; notes belong to a question.");
        }

        if (questionNumber < 1 || questionNumber > Math.Max(CurrentNumber, 1))
        {
            throw new SessionRuleException($"There is no question {questionNumber} to take a note on yet.");
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxNoteLength)
        {
            throw new SessionRuleException($"Keep a note under {MaxNoteLength} characters.");
        }

        var existing = PanelNoteFor(questionNumber);
        if (existing?.Text == trimmed || (existing is null && trimmed.Length == 0))
        {
            throw new StaleActionException("The note is already saved.");
        }

        var written = new InterviewerNote(questionNumber, trimmed, now) { FromPanel = true };
        List<InterviewerNote> notes = existing is null ? [.. Notes, written]
            : trimmed.Length == 0 ? [.. Notes.Where(n => n != existing)]
            : [.. Notes.Select(n => n == existing ? written : n)]; // an edit keeps the note where it was
        return this with { Notes = notes };
    }
}
