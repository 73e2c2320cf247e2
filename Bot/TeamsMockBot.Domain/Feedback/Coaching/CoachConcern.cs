namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>What the coach noticed about a comment. Flags advise; they never block a submit.</summary>
public enum CoachConcern
{
    /// <summary>Too short or generic ("good job", "it was confusing").</summary>
    Vague,

    /// <summary>No question, moment, number or quote the student can find again.</summary>
    NoReference,

    /// <summary>An improvement or action step that says what was wrong but not what to do next.</summary>
    NoNextStep,

    /// <summary>Insults, "you always / you never" about the person, or shouting in capitals.</summary>
    Harsh,
}
