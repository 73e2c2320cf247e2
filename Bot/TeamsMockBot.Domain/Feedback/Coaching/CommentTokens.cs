namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>
/// Splits a comment into words, numbers and quoted passages. Hyphenated and quoted words are read
/// whole: "worst-case" is one word (not "worst" and "case"), and in <c>you said "it was a disaster"</c>
/// the quote is one token, the student's words rather than the giver's.
/// </summary>
public static class CommentTokens
{
    private const string ClauseBreaks = ".!?;:,()[]\n\r—–•";

    public static IReadOnlyList<CommentToken> Read(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var tokens = new List<CommentToken>();
        var clauseStart = true;
        var i = 0;
        while (i < comment.Length)
        {
            var c = comment[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < comment.Length && (IsWordChar(comment[i]) || (IsJoiner(comment[i]) && i + 1 < comment.Length && IsWordChar(comment[i + 1]))))
                {
                    i++;
                }

                // A trailing "%" belongs to its number ("20%").
                if (i < comment.Length && comment[i] == '%')
                {
                    i++;
                }

                var text = comment[start..i];
                tokens.Add(new CommentToken(text, text.Any(char.IsDigit) ? CommentTokenKind.Number : CommentTokenKind.Word, clauseStart));
                clauseStart = false;
                continue;
            }

            if (QuoteEnd(comment, i) is { } end)
            {
                tokens.Add(new CommentToken(comment[(i + 1)..end].Trim(), CommentTokenKind.Quote, clauseStart));
                clauseStart = false;
                i = end + 1;
                continue;
            }

            if (ClauseBreaks.Contains(c) || (c == '-' && (i + 1 >= comment.Length || char.IsWhiteSpace(comment[i + 1]))))
            {
                clauseStart = true;
            }

            i++;
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‑' or '/' or '.' or '&';

    /// <summary>The index of the quote that closes one opening at <paramref name="at"/>, or null when this is no opening quote.</summary>
    private static int? QuoteEnd(string text, int at)
    {
        var close = text[at] switch
        {
            '"' => '"',
            '“' => '”',
            '„' => '“',
            '«' => '»',
            '‘' => '’',
            '\'' => '\'',
            _ => (char?)null,
        };
        if (close is null || at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]))
        {
            return null;
        }

        // A single quote opens only at a word's start (not the apostrophe of "candidate's").
        if (text[at] == '\'' && at > 0 && IsWordChar(text[at - 1]))
        {
            return null;
        }

        for (var j = at + 1; j < text.Length; j++)
        {
            if ((text[j] == close || (close == '\'' && text[j] == '’')) && (j + 1 >= text.Length || !IsWordChar(text[j + 1])))
            {
                return j;
            }

            if (text[j] == '\n')
            {
                return null;
            }
        }

        return null;
    }
}
