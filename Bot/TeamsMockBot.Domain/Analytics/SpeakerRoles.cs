namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Tells the transcript's speakers apart by the session's names. A voice matches a person when the
/// names are equal ignoring case and spacing, or when every word of one is in the other ("Sam" and
/// "Sam Student", "Sam Student (Guest)"). If no voice matches the candidate, the candidate is taken
/// to be the speaker, other than the interviewer, who said the most — and the analytics say so.
/// </summary>
internal static class SpeakerRoles
{
    public static (Dictionary<string, SpeakerRole> Roles, bool CandidateFoundByName) Assign(Transcript transcript, string candidateName, string? interviewerName)
    {
        var words = transcript.Cues
            .GroupBy(c => DeliveryAnalyser.Key(c.Speaker))
            .ToDictionary(g => g.Key, g => g.Sum(c => SpokenWords.Count(c.Text)), StringComparer.Ordinal);
        var roles = words.Keys.ToDictionary(k => k, _ => SpeakerRole.Other, StringComparer.Ordinal);
        var named = words.Keys.Where(k => k.Length > 0).ToList();

        var candidate = named.FirstOrDefault(k => Matches(k, candidateName));
        var interviewer = interviewerName is null || Matches(DeliveryAnalyser.Key(interviewerName), candidateName)
            ? null
            : named.FirstOrDefault(k => k != candidate && Matches(k, interviewerName));
        if (interviewer is not null)
        {
            roles[interviewer] = SpeakerRole.Interviewer;
        }

        var foundByName = candidate is not null;
        candidate ??= words.Where(w => w.Key != interviewer && w.Key.Length > 0).OrderByDescending(w => w.Value).Select(w => w.Key).FirstOrDefault()
            ?? words.Where(w => w.Key != interviewer).OrderByDescending(w => w.Value).Select(w => w.Key).FirstOrDefault();
        if (candidate is not null)
        {
            roles[candidate] = SpeakerRole.Candidate;
        }

        return (roles, foundByName);
    }

    private static bool Matches(string speakerKey, string personName)
    {
        var person = DeliveryAnalyser.Key(personName);
        if (speakerKey.Length == 0 || person.Length == 0)
        {
            return false;
        }

        if (speakerKey == person)
        {
            return true;
        }

        var a = Words(speakerKey);
        var b = Words(person);
        return a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }

    private static HashSet<string> Words(string key) =>
        key.Split([' ', '(', ')', ',', '.'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
