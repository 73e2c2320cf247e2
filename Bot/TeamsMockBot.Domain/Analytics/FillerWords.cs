namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Counts filler words in speech: um, uh, erm, "like" used as a filler, "you know", "I mean",
/// "sort of", "kind of", "basically" and "actually". Deterministic rules on the words and the
/// transcript's punctuation (no language model), so every count can be explained.
/// </summary>
/// <remarks>
/// <para><b>um, uh, erm</b> (and the spellings umm, ummm, uhm, hmm, uhh, uhhh, errm): always fillers.</para>
/// <para><b>basically, actually</b>: always counted, as the issue lists them; used on purpose they
/// still soften an answer, and a speaker who leans on them says them several times.</para>
/// <para><b>"like"</b> is a filler unless the words around it show it is a verb, a comparison or a
/// preposition. It is <i>not</i> counted when:
/// (1) the word before is a subject or a helper that makes it the verb "to like": I, you, we, they,
/// would, 'd (I'd, we'd…), do, does, did, don't, doesn't, didn't, to, will, won't, might, may, could,
/// should, wouldn't — "I like", "I'd like", "would like", "didn't like";
/// (2) the word before is a verb of seeming or perception, or a word that compares: look, looks,
/// looked, looking, feel, feels, felt, feeling, sound, sounds, sounded, seem, seems, seemed, something,
/// nothing, anything, more, much — "looks like", "feel like", "something like";
/// (3) the word after is "to" — "people like to";
/// (4) no pause surrounds it and the word before is not a filler position (see below): then it joins
/// two phrases as a preposition — "a tool like Jira", "teams like ours".
/// It <i>is</i> counted when it stands alone between pauses or starts a sentence ("Like, we…",
/// "and, like, the"), or follows a filler position: a form of "be" (is, was, were, are, am, be,
/// been, 's, 're, 'm), a joining word (and, but, so, or, then), or another filler (um, uh, just,
/// basically, actually) — "it was like huge", "so like we shipped". Known misses: a real
/// comparison after "be" ("it's like a puzzle") counts as a filler.</para>
/// <para><b>"you know"</b> is a filler unless it is the verb: not counted after do, did, does,
/// don't, didn't, if, let, to, as, what, how, would, will, or when followed, with no pause, by an
/// object (what, how, that, why, where, who, when, whether, if, the, a, an, him, her, it, them, me,
/// us, this, about, my, your, our, their, his).</para>
/// <para><b>"I mean"</b> is a filler unless it is the verb: not counted after what, that, which, do,
/// don't, didn't, if, or when followed, with no pause, by it, that, this, to, what, you, him, her,
/// them, business, well.</para>
/// <para><b>"sort of", "kind of"</b> are fillers (hedges) unless they name a type, which shows in
/// the word before: a, an, the, this, that, these, those, what, which, any, some, every, each, one,
/// same, different, right, other, another, my, your, our, their, his, her, its, no, all —
/// "what kind of role" is not counted, "it was kind of hard" is.</para>
/// </remarks>
public static class FillerWords
{
    /// <summary>The fillers as cards name them, in the order they are listed.</summary>
    public static IReadOnlyList<string> Names { get; } = ["um", "uh", "erm", "like", "you know", "I mean", "sort of", "kind of", "basically", "actually"];

    private static readonly Dictionary<string, string> Hesitations = new(StringComparer.Ordinal)
    {
        ["um"] = "um", ["umm"] = "um", ["ummm"] = "um", ["uhm"] = "um", ["hmm"] = "um",
        ["uh"] = "uh", ["uhh"] = "uh", ["uhhh"] = "uh",
        ["erm"] = "erm", ["errm"] = "erm",
        ["basically"] = "basically", ["actually"] = "actually",
    };

    private static readonly HashSet<string> LikeAsVerbBefore = new(StringComparer.Ordinal)
    {
        "i", "you", "we", "they", "would", "do", "does", "did", "don't", "doesn't", "didn't", "to", "will", "won't", "might", "may", "could", "should", "wouldn't",
    };

    private static readonly HashSet<string> LikeAsComparisonBefore = new(StringComparer.Ordinal)
    {
        "look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling", "sound", "sounds", "sounded", "seem", "seems", "seemed", "something", "nothing", "anything", "more", "much",
    };

    private static readonly HashSet<string> FillerPositions = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "am", "be", "been", "and", "but", "so", "or", "then", "um", "uh", "erm", "just", "basically", "actually",
    };

    private static readonly HashSet<string> YouKnowAsVerbBefore = new(StringComparer.Ordinal)
    {
        "do", "did", "does", "don't", "didn't", "if", "let", "to", "as", "what", "how", "would", "will",
    };

    private static readonly HashSet<string> YouKnowObjects = new(StringComparer.Ordinal)
    {
        "what", "how", "that", "why", "where", "who", "when", "whether", "if", "the", "a", "an", "him", "her", "it", "them", "me", "us", "this", "about", "my", "your", "our", "their", "his",
    };

    private static readonly HashSet<string> IMeanAsVerbBefore = new(StringComparer.Ordinal) { "what", "that", "which", "do", "don't", "didn't", "if" };

    private static readonly HashSet<string> IMeanObjects = new(StringComparer.Ordinal) { "it", "that", "this", "to", "what", "you", "him", "her", "them", "business", "well" };

    private static readonly HashSet<string> TypeOfBefore = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "what", "which", "any", "some", "every", "each", "one", "same", "different", "right", "other", "another",
        "my", "your", "our", "their", "his", "her", "its", "no", "all",
    };

    /// <summary>How many times each filler (by its <see cref="Names"/> entry) occurs in <paramref name="words"/>.</summary>
    public static Dictionary<string, int> Count(IReadOnlyList<SpokenWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            var next = i + 1 < words.Count ? words[i + 1] : (SpokenWord?)null;
            string? found = null;
            if (Hesitations.TryGetValue(word, out var hesitation))
            {
                found = hesitation;
            }
            else if (word == "like" && IsFillerLike(words, i))
            {
                found = "like";
            }
            else if (next is { } n && !words[i].PauseAfter)
            {
                found = (word, n.Text) switch
                {
                    ("you", "know") when IsFillerPhrase(words, i, YouKnowAsVerbBefore, YouKnowObjects) => "you know",
                    ("i", "mean") when IsFillerPhrase(words, i, IMeanAsVerbBefore, IMeanObjects) => "I mean",
                    ("sort", "of") when !IsAfter(words, i, TypeOfBefore) => "sort of",
                    ("kind", "of") when !IsAfter(words, i, TypeOfBefore) => "kind of",
                    _ => null,
                };
                if (found is not null)
                {
                    i++; // the phrase's second word is used up
                }
            }

            if (found is not null)
            {
                counts[found] = counts.GetValueOrDefault(found) + 1;
            }
        }

        return counts;
    }

    private static bool IsFillerLike(IReadOnlyList<SpokenWord> words, int i)
    {
        var like = words[i];
        var before = i > 0 && !like.PauseBefore ? words[i - 1].Text : null;
        var after = i + 1 < words.Count && !like.PauseAfter ? words[i + 1].Text : null;
        if (before is not null && (LikeAsVerbBefore.Contains(before) || before.EndsWith("'d", StringComparison.Ordinal) || LikeAsComparisonBefore.Contains(before)))
        {
            return false;
        }

        if (after == "to")
        {
            return false;
        }

        if (like.PauseBefore || like.PauseAfter)
        {
            return true; // set off by pauses: "Like, we…", "and, like, the"
        }

        return FillerPositions.Contains(before!) || before!.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("'re", StringComparison.Ordinal) || before.EndsWith("'m", StringComparison.Ordinal);
    }

    private static bool IsFillerPhrase(IReadOnlyList<SpokenWord> words, int i, HashSet<string> verbBefore, HashSet<string> objects)
    {
        if (IsAfter(words, i, verbBefore))
        {
            return false;
        }

        var second = words[i + 1];
        var after = i + 2 < words.Count && !second.PauseAfter ? words[i + 2].Text : null;
        return after is null || !objects.Contains(after);
    }

    private static bool IsAfter(IReadOnlyList<SpokenWord> words, int i, HashSet<string> set) =>
        i > 0 && !words[i].PauseBefore && set.Contains(words[i - 1].Text);
}
