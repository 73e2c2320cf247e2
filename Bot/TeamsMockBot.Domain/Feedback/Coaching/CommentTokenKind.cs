namespace TeamsMockBot.Domain.Feedback.Coaching;

public enum CommentTokenKind
{
    Word,
    Number,
    Quote,
}
