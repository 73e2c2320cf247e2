using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using static TeamsMockBot.Domain.Content.ContentRules;

namespace TeamsMockBot.Domain.Content;

/// <summary>
/// Reads a question bank file (format <c>teamsmockbot.questionbank</c>, version 1; see
/// docs/content-format.md) against the rubric its questions are rated on, and refuses it unless
/// every question is complete and every track has enough questions to plan sessions from.
/// </summary>
public static class QuestionBankReader
{
    /// <summary>Every track needs this many, so a session (5 questions by default) can vary and avoid repeating earlier sessions.</summary>
    public const int MinQuestionsPerTrack = 8;

    /// <summary>The shortest time a question may allow: less is not enough to answer anything.</summary>
    public const double MinMinutes = 1;

    /// <summary>The longest time a question may allow: a case or a design fits, and one question cannot eat a whole session.</summary>
    public const double MaxMinutes = 15;

    private const string QuestionFields = "id, track, text, minutes, whatGoodLooksLike, followUps, competencies, focus";

    /// <summary>The bank in <paramref name="json"/>; throws <see cref="InvalidContentException"/> naming <paramref name="file"/> and every problem.</summary>
    public static QuestionBank Read(string file, string json, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var document = ContentFormat.Read<QuestionBankDocument>(file, json, ContentFormat.QuestionBank);
        var problems = new ContentProblems(file);
        CheckUnknownFields(problems, "the file", document.Unknown, "format, formatVersion, title, description, questions");
        if (document.Questions is null)
        {
            problems.Add("the file", "has no \"questions\"");
        }

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var perTrack = Enum.GetValues<Track>().ToDictionary(t => t, _ => 0);
        var questions = new List<Question>();
        for (var index = 0; index < (document.Questions?.Count ?? 0); index++)
        {
            var entry = document.Questions![index];
            if (entry is not null && TryTrack(entry.Track, out var track))
            {
                perTrack[track]++;
            }

            if (Question(problems, entry, $"questions[{index}]", rubric, ids) is { } question)
            {
                questions.Add(question);
            }
        }

        foreach (var (track, count) in perTrack.Where(p => p.Value < MinQuestionsPerTrack))
        {
            problems.Add($"track '{track}'",
                $"has {count} question{(count == 1 ? "" : "s")}; every track needs at least {MinQuestionsPerTrack} so sessions can vary and avoid repeats");
        }

        problems.ThrowIfAny();
        return new QuestionBank(questions);
    }

    private static Question? Question(ContentProblems problems, QuestionEntry? entry, string position, Rubric rubric, Dictionary<string, string> ids)
    {
        if (entry is null)
        {
            problems.Add(position, "is null");
            return null;
        }

        var before = problems.Count;
        if (CheckEntry(problems, position, "question", entry.Id, entry.Unknown, QuestionFields, ids, where: string.Empty, why: "as interviewers type them in chat") is not { } item)
        {
            return null;
        }

        var hasTrack = TryTrack(entry.Track, out var track);
        if (!hasTrack)
        {
            problems.Add(item, $"track {Quote(entry.Track)} is not one of {TrackNames}");
        }

        Require(problems, item, "text", entry.Text);
        Require(problems, item, "whatGoodLooksLike", entry.WhatGoodLooksLike);
        CheckMinutes(problems, item, entry.Minutes);
        CheckFollowUps(problems, item, entry.FollowUps);
        if (hasTrack)
        {
            CheckCompetencies(problems, item, entry.Competencies, rubric, track);
        }

        var focus = Focus(problems, item, entry.Focus);
        return problems.Count == before
            ? new Question(
                entry.Id!, track, entry.Text!.Trim(), TimeSpan.FromMinutes(entry.Minutes!.Value), entry.WhatGoodLooksLike!.Trim(),
                [.. entry.FollowUps!.Select(f => f!.Trim())], [.. entry.Competencies!.Select(c => c!)], focus)
            : null;
    }

    private static void Require(ContentProblems problems, string item, string field, string? value)
    {
        if (IsBlank(value))
        {
            problems.Add(item, $"has no \"{field}\"");
        }
    }

    private static void CheckMinutes(ContentProblems problems, string item, double? minutes)
    {
        if (minutes is not { } value)
        {
            problems.Add(item, $"has no \"minutes\" (the time allowed, {MinMinutes:0} to {MaxMinutes:0})");
        }
        else if (value is < MinMinutes or > MaxMinutes)
        {
            problems.Add(item, $"\"minutes\" is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; the time allowed must be from {MinMinutes:0} to {MaxMinutes:0} minutes");
        }
    }

    private static void CheckFollowUps(ContentProblems problems, string item, IReadOnlyList<string?>? followUps)
    {
        var count = followUps?.Count ?? 0;
        if (count != QuestionBank.FollowUpCount)
        {
            problems.Add(item, $"has {count} follow-up{(count == 1 ? "" : "s")}; every question needs exactly {QuestionBank.FollowUpCount} (the interviewer card has room for {QuestionBank.FollowUpCount})");
        }
        else if (followUps!.Any(IsBlank))
        {
            problems.Add(item, "has an empty follow-up");
        }
    }

    private static void CheckCompetencies(ContentProblems problems, string item, IReadOnlyList<string?>? ids, Rubric rubric, Track track)
    {
        if (ids is not { Count: > 0 })
        {
            problems.Add(item, "probes no competency; name at least one competency id from the rubric");
            return;
        }

        var rated = rubric.ForTrack(track);
        foreach (var id in ids)
        {
            if (rated.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
            {
                continue;
            }

            var known = rubric.Find(id ?? string.Empty);
            problems.Add(item, known is null
                ? $"competency {Quote(id)} is not in the rubric (track {track} is rated on {string.Join(", ", rated.Select(c => c.Id))})"
                : !string.Equals(known.Id, id, StringComparison.Ordinal)
                    ? $"competency {Quote(id)} is spelt \"{known.Id}\" in the rubric (ids are case-sensitive)"
                    : $"competency {Quote(id)} belongs to another track's competencies, not to track {track}'s");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            problems.Add(item, "names the same competency more than once");
        }
    }

    private static List<string> Focus(ContentProblems problems, string item, IReadOnlyList<string?>? focus)
    {
        if (focus?.Any(IsBlank) == true)
        {
            problems.Add(item, "has an empty focus keyword");
            return [];
        }

        // The planner matches keywords against the lower-cased focus text a person typed.
        return [.. (focus ?? []).Select(k => k!.Trim().ToLowerInvariant())];
    }
}
