namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Turns a transcript into <see cref="DeliveryAnalytics"/>: per speaker role, words per minute,
/// fillers per minute and per 100 words, talk-time share and the longest uninterrupted turn, and per
/// question the candidate's speaking time against the time allowed.
/// </summary>
/// <remarks>
/// Speaking time is the union of a speaker's cues, so two overlapping cues of the same speaker
/// count once, while overlapping speakers each count their own time. A turn runs until another
/// speaker says more than <see cref="BackchannelWords"/> words: an "mm-hm" or "okay" from the
/// interviewer does not interrupt an answer.
/// </remarks>
public static class DeliveryAnalyser
{
    public const int BackchannelWords = 2;

    public static DeliveryAnalytics Analyse(
        Transcript transcript, string candidateName, string? interviewerName, IReadOnlyList<QuestionWindow> questions, TranscriptSource source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(questions);
        var (roles, foundByName) = SpeakerRoles.Assign(transcript, candidateName, interviewerName);
        var cues = transcript.Cues.Select(c => (Cue: c, Role: roles[Key(c.Speaker)], Words: SpokenWords.Split(c.Text))).ToList();

        var speaking = new Dictionary<SpeakerRole, List<(TimeSpan From, TimeSpan To)>>();
        foreach (var group in cues.GroupBy(c => c.Role))
        {
            speaking[group.Key] = Union(group.Select(c => (c.Cue.Start, c.Cue.End)));
        }

        var total = speaking.Values.Sum(intervals => intervals.Sum(i => (i.To - i.From).Ticks));
        var longest = LongestTurns(cues.Select(c => (c.Cue, c.Role, c.Words.Count)).ToList());
        var speakers = cues.GroupBy(c => c.Role).OrderBy(g => g.Key).Select(group =>
        {
            var time = new TimeSpan(speaking[group.Key].Sum(i => (i.To - i.From).Ticks));
            var fillers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, count) in group.SelectMany(c => FillerWords.Count(c.Words)))
            {
                fillers[name] = fillers.GetValueOrDefault(name) + count;
            }

            return new SpeakerDelivery(group.Key, group.Sum(c => c.Words.Count), time, fillers, total == 0 ? 0 : Math.Round(time.Ticks / (double)total, 3), longest.GetValueOrDefault(group.Key));
        }).ToList();

        var candidate = speaking.GetValueOrDefault(SpeakerRole.Candidate) ?? [];
        var answers = questions
            .Select(q => new AnswerTiming(q.Number, q.Allowed, Overlap(candidate, q.From, q.To)))
            .ToList();
        return new DeliveryAnalytics(now, source, transcript.Length, foundByName, speakers, answers);
    }

    internal static string Key(string? speaker) => speaker is null ? string.Empty : string.Join(' ', speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static List<(TimeSpan From, TimeSpan To)> Union(IEnumerable<(TimeSpan From, TimeSpan To)> intervals)
    {
        var merged = new List<(TimeSpan From, TimeSpan To)>();
        foreach (var (from, to) in intervals.OrderBy(i => i.From))
        {
            if (merged.Count > 0 && from <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, to > merged[^1].To ? to : merged[^1].To);
            }
            else
            {
                merged.Add((from, to));
            }
        }

        return merged;
    }

    private static TimeSpan Overlap(List<(TimeSpan From, TimeSpan To)> intervals, TimeSpan from, TimeSpan to) =>
        new(intervals.Sum(i => Math.Max(0, (Min(i.To, to) - Max(i.From, from)).Ticks)));

    private static Dictionary<SpeakerRole, TimeSpan> LongestTurns(List<(TranscriptCue Cue, SpeakerRole Role, int Words)> cues)
    {
        var longest = new Dictionary<SpeakerRole, TimeSpan>();
        SpeakerRole? role = null;
        TimeSpan start = default, end = default;

        void Close()
        {
            if (role is { } r && end - start > longest.GetValueOrDefault(r))
            {
                longest[r] = end - start;
            }
        }

        foreach (var (cue, speaker, words) in cues)
        {
            if (speaker == role)
            {
                end = Max(end, cue.End);
                continue;
            }

            if (role is not null && words <= BackchannelWords)
            {
                continue; // "mm-hm": the floor stays with the speaker
            }

            Close();
            (role, start, end) = (speaker, cue.Start, cue.End);
        }

        Close();
        return longest;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
