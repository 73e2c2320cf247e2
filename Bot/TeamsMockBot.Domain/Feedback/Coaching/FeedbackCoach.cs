using static TeamsMockBot.Domain.Feedback.Coaching.CoachWords;

namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>
/// Coaches the feedback giver: each comment should be specific, actionable and kind. Deterministic
/// rules over whole words (<see cref="CommentTokens"/>), each flag explained by the words that raised
/// it and paired with one concrete suggestion. Flags advise; the form still lets the giver submit.
/// Measured on a labelled set of comments in Tests/TeamsMockBot.Domain.Tests/Feedback/coach-comments.json.
/// </summary>
public static class FeedbackCoach
{
    /// <summary>Fewer words than this is too short to be specific, whatever the words are.</summary>
    public const int MinWords = 5;

    /// <summary>A note on one question is a jotting ("Strong opening; result missing."), so it may be shorter.</summary>
    public const int MinNoteWords = 3;

    /// <summary>A comment needs at least this many words that are not generic praise or filler.</summary>
    public const int MinSpecificWords = 2;

    /// <summary>The flags on <paramref name="comment"/> as a <paramref name="field"/>, in a fixed order; empty when it reads well.</summary>
    public static IReadOnlyList<CoachAdvice> Review(string comment, CommentField field)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var advice = new List<CoachAdvice>();
        if (string.IsNullOrWhiteSpace(comment))
        {
            return advice;
        }

        var tokens = CommentTokens.Read(comment);
        var vague = IsVague(tokens, field == CommentField.QuestionNote ? MinNoteWords : MinWords);
        if (vague)
        {
            advice.Add(new CoachAdvice(CoachConcern.Vague, VagueSuggestion(field), string.Empty));
        }

        if (!vague && field is not CommentField.QuestionNote && !HasReference(tokens))
        {
            advice.Add(new CoachAdvice(CoachConcern.NoReference,
                "Point to something they can find again: the question (\"in Q2\"), a moment (\"your opening\"), a number (\"four minutes\") or their own words in quotes.",
                string.Empty));
        }

        if (!vague && field is CommentField.Improvement or CommentField.ActionStep && !HasNextStep(tokens))
        {
            advice.Add(new CoachAdvice(CoachConcern.NoNextStep, field == CommentField.ActionStep
                ? "Start with what to do, e.g. \"Rewrite two stories so each ends with a number.\""
                : "Add what to do next, e.g. \"Next time, state the result in your first sentence.\"",
                string.Empty));
        }

        if (HarshWording(comment, tokens) is { } harsh)
        {
            advice.Add(harsh);
        }

        return advice;
    }

    private static string VagueSuggestion(CommentField field) => field switch
    {
        CommentField.Strength => "Say what worked and where, e.g. \"Your one-line summary at the start of Q1 told me the whole story.\"",
        CommentField.Improvement => "Say what to change and where, e.g. \"In the conflict story the result was missing; end with what changed.\"",
        CommentField.ActionStep => "Make it a step they can practise, e.g. \"Rehearse the failure story out loud twice, ending with the lesson.\"",
        _ => "Write what happened in this answer, e.g. \"Spent three minutes on background before the action.\"",
    };

    private static IEnumerable<CommentToken> Words(IReadOnlyList<CommentToken> tokens) => tokens.Where(t => t.Kind != CommentTokenKind.Quote);

    private static bool IsVague(IReadOnlyList<CommentToken> tokens, int minWords)
    {
        if (tokens.Count < minWords)
        {
            return !tokens.Any(t => t.Kind is CommentTokenKind.Quote or CommentTokenKind.Number) || tokens.Count < 3;
        }

        var specific = tokens.Count(t => t.Kind != CommentTokenKind.Word || !Generic.Contains(t.Lower));
        return specific < MinSpecificWords;
    }

    private static bool HasReference(IReadOnlyList<CommentToken> tokens) =>
        tokens.Any(t => t.Kind is CommentTokenKind.Number or CommentTokenKind.Quote) ||
        tokens.Any(t => NumberWords.Contains(t.Lower) || Moments.Contains(t.Lower) || Acronyms.Contains(t.Text) && t.Text.Length > 1) ||
        tokens.Any(t => !t.SentenceStart && t.Text.Length > 1 && char.IsUpper(t.Text[0]) && !IsFirstPerson(t.Text) && !Generic.Contains(t.Lower));

    private static bool IsFirstPerson(string word) => word == "I" || word.StartsWith("I'", StringComparison.Ordinal) || word.StartsWith("I’", StringComparison.Ordinal);

    private static bool HasNextStep(IReadOnlyList<CommentToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.SentenceStart && StepVerbs.Contains(token.Lower) &&
                (i + 1 >= tokens.Count || !NotImperativeAfter.Contains(tokens[i + 1].Lower)))
            {
                return true;
            }

            // "Never start coding before…", "Don't open with…": a step put as what not to do.
            if (token.SentenceStart && token.Lower is "never" or "always" or "don't" or "don’t" && i + 1 < tokens.Count && StepVerbs.Contains(tokens[i + 1].Lower))
            {
                return true;
            }

            // "Then rewrite…", "and practise…", "so lead…": a step in the middle of a sentence.
            if (token.Lower is "then" or "and" or "so" or "please" or "just" && i + 1 < tokens.Count && StepVerbs.Contains(tokens[i + 1].Lower) &&
                (i + 2 >= tokens.Count || !NotImperativeAfter.Contains(tokens[i + 2].Lower)) && tokens[i + 1].Lower is not ("end" or "start" or "close" or "time" or "number" or "answer" or "test" or "note" or "record" or "video" or "go"))
            {
                return true;
            }
        }

        var text = " " + string.Join(' ', Words(tokens).Select(t => t.Lower)) + " ";
        return StepPhrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private static CoachAdvice? HarshWording(string comment, IReadOnlyList<CommentToken> tokens)
    {
        var words = Words(tokens).ToList();
        if (words.FirstOrDefault(t => Insults.Contains(t.Lower)) is { } insult)
        {
            return new CoachAdvice(CoachConcern.Harsh,
                $"Describe the answer and its effect instead of \"{insult.Text}\", e.g. \"The result never came, so I couldn't tell what changed.\"",
                insult.Text);
        }

        if (AbsoluteAboutThePerson(words) is { } absolute)
        {
            return new CoachAdvice(CoachConcern.Harsh,
                $"Replace \"{absolute}\" with the moments you saw, e.g. \"In Q2 and Q3 the result was missing.\"",
                absolute);
        }

        var shouted = words.Where(t => t.Kind == CommentTokenKind.Word && t.Text.Length >= 2 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) &&
            t.Text.Any(char.IsLetter) && !Acronyms.Contains(t.Text)).ToList();
        if (shouted.Count >= 2 || shouted.Any(t => t.Text.Length >= 5) || Unquoted(comment).Contains("!!", StringComparison.Ordinal))
        {
            return new CoachAdvice(CoachConcern.Harsh,
                "Write in ordinary sentence case with one full stop: capitals and \"!!\" read as shouting.",
                shouted.Count > 0 ? string.Join(' ', shouted.Select(t => t.Text)) : "!!");
        }

        return null;
    }

    /// <summary>"You never…", "you're always rambling": an absolute about the person (advice like "you should never" is fine).</summary>
    private static string? AbsoluteAboutThePerson(List<CommentToken> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Absolutes.Contains(words[i].Lower) || words[i].Lower == "ever")
            {
                continue;
            }

            var before = words.Skip(Math.Max(0, i - 3)).Take(i - Math.Max(0, i - 3)).Select(t => t.Lower).ToList();
            var aboutYou = before.Any(You.Contains) && !before.Any(w => w is "should" or "could" or "can" or "must" or "need" or "might" or "to" or "will");
            if (!aboutYou)
            {
                continue;
            }

            if (words[i].Lower is "never" or "constantly")
            {
                return $"{before.Last(You.Contains)} … {words[i].Text}";
            }

            if (words.Skip(i + 1).Take(4).Any(t => NegativeCues.Contains(t.Lower)))
            {
                return $"{before.Last(You.Contains)} … {words[i].Text}";
            }
        }

        return null;
    }

    /// <summary>The comment without its quoted passages.</summary>
    private static string Unquoted(string comment)
    {
        var tokens = CommentTokens.Read(comment);
        if (tokens.All(t => t.Kind != CommentTokenKind.Quote))
        {
            return comment;
        }

        var text = comment;
        foreach (var quote in tokens.Where(t => t.Kind == CommentTokenKind.Quote && t.Text.Length > 0))
        {
            text = text.Replace(quote.Text, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }
}
