namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>Which kind of free-text comment is being coached: the rules differ a little per kind.</summary>
public enum CommentField
{
    Strength,
    Improvement,
    ActionStep,
    QuestionNote,
}
