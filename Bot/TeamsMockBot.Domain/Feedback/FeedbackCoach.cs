namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// Coaches the feedback giver before submit: comments should be specific, actionable and kind.
/// Deliberately simple word lists: a flag is a prompt to rewrite, so false positives cost little.
/// </summary>
public static class FeedbackCoach
{
    public const int MinSpecificLength = 25;

    private static readonly string[] HarshWords =
        ["stupid", "terrible", "awful", "useless", "pathetic", "horrible", "idiot", "hopeless", "worst", "dumb"];

    private static readonly string[] VagueComments =
        ["good", "good job", "great", "great job", "fine", "ok", "okay", "nice", "bad", "n/a", "none", "nothing", "well done"];

    /// <summary>A coaching message for <paramref name="comment"/>, or null when it reads well.</summary>
    public static string? Review(string comment)
    {
        var text = comment.Trim();
        // Any character that is not a letter or digit separates words ("terrible?", "(awful)", "useless—").
        var words = new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => HarshWords.Contains(w)))
        {
            return "Keep it kind: describe the behaviour and its effect rather than judging the person.";
        }

        if (VagueComments.Contains(text.ToLowerInvariant().TrimEnd('.', '!')) || text.Length < MinSpecificLength)
        {
            return "Be specific: name a moment from the interview and what to do differently or keep doing.";
        }

        return null;
    }
}
