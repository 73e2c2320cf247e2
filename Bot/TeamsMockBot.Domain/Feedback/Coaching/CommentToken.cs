namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>
/// One token of a comment. A word keeps its inner hyphens and apostrophes ("worst-case", "don't"),
/// a quoted passage is one token, so nothing inside it is read as the giver's own wording.
/// <see cref="SentenceStart"/> is true for the first word after a sentence or clause break.
/// </summary>
public sealed record CommentToken(string Text, CommentTokenKind Kind, bool SentenceStart)
{
    /// <summary>The token lower-cased, as the rules compare it.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
}
