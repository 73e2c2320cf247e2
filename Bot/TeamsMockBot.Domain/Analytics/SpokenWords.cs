namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Splits speech into words. A word is a run of letters and digits, with apostrophes and hyphens
/// inside it kept ("don't", "worst-case" are one word each); curly apostrophes read as straight ones.
/// </summary>
public static class SpokenWords
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var part = char.IsLetterOrDigit(c);
            if (part && !inWord)
            {
                count++;
            }

            inWord = part || (inWord && IsJoiner(c));
        }

        return count;
    }

    public static List<SpokenWord> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<SpokenWord>();
        var pause = true; // the start of a cue is a boundary
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (IsPause(c))
                {
                    pause = true;
                    if (words.Count > 0)
                    {
                        words[^1] = words[^1] with { PauseAfter = true };
                    }
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add(new SpokenWord(text[start..i].Replace('\u2019', '\'').ToLowerInvariant(), pause, PauseAfter: false));
            pause = false;
        }

        if (words.Count > 0)
        {
            words[^1] = words[^1] with { PauseAfter = true }; // and so is its end
        }

        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';

    private static bool IsPause(char c) => c is ',' or '-' or '.' or '!' or '?' or ';' or ':' or '\u2014' or '\u2013' or '(' or ')' or '"' or '\u2026';
}
