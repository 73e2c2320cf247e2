using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using static TeamsMockBot.Domain.Content.ContentRules;

namespace TeamsMockBot.Domain.Content;

/// <summary>
/// Reads a rubric file (format <c>teamsmockbot.rubric</c>, version 1; see docs/content-format.md)
/// and refuses it unless every competency has a valid, unique id, a title, a summary and a
/// description for each rating 1–4, every track named is a known track, and all three readiness
/// labels are given.
/// </summary>
public static class RubricReader
{
    private const string CompetencyFields = "id, title, summary, levels";

    /// <summary>The rubric in <paramref name="json"/>; throws <see cref="InvalidContentException"/> naming <paramref name="file"/> and every problem.</summary>
    public static Rubric Read(string file, string json)
    {
        var document = ContentFormat.Read<RubricDocument>(file, json, ContentFormat.Rubric);
        var problems = new ContentProblems(file);
        CheckUnknownFields(problems, "the file", document.Unknown, "format, formatVersion, title, description, competencies, tracks, readinessLabels");

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var general = Competencies(problems, document.Competencies, "competencies", ids);
        if (general.Count == 0 && document.Competencies is not { Count: > 0 })
        {
            problems.Add("competencies", "the rubric has no general competencies; every track needs at least one to rate");
        }

        var byTrack = Tracks(problems, document.Tracks, ids);
        var labels = ReadinessLabels(problems, document.ReadinessLabels);
        problems.ThrowIfAny();
        return new Rubric(general, byTrack, labels!);
    }

    private static Dictionary<Track, IReadOnlyList<RubricCompetency>> Tracks(
        ContentProblems problems, IReadOnlyList<TrackCompetenciesEntry?>? entries, Dictionary<string, string> ids)
    {
        var byTrack = new Dictionary<Track, IReadOnlyList<RubricCompetency>>();
        for (var index = 0; index < (entries?.Count ?? 0); index++)
        {
            var entry = entries![index];
            var item = $"tracks[{index}]";
            if (entry is null)
            {
                problems.Add(item, "is null");
                continue;
            }

            CheckUnknownFields(problems, item, entry.Unknown, "track, competencies");
            if (!TryTrack(entry.Track, out var track))
            {
                problems.Add(item, $"track {Quote(entry.Track)} is not one of {TrackNames}");
                continue;
            }

            if (byTrack.ContainsKey(track))
            {
                problems.Add($"track '{track}'", "appears more than once in \"tracks\"; list all of its own competencies in one entry");
                continue;
            }

            byTrack[track] = Competencies(problems, entry.Competencies, $"track '{track}' competencies", ids);
        }

        return byTrack;
    }

    private static List<RubricCompetency> Competencies(
        ContentProblems problems, IReadOnlyList<CompetencyEntry?>? entries, string where, Dictionary<string, string> ids)
    {
        var competencies = new List<RubricCompetency>();
        for (var index = 0; index < (entries?.Count ?? 0); index++)
        {
            if (Competency(problems, entries![index], $"{where}[{index}]", ids) is { } competency)
            {
                competencies.Add(competency);
            }
        }

        return competencies;
    }

    private static RubricCompetency? Competency(ContentProblems problems, CompetencyEntry? entry, string position, Dictionary<string, string> ids)
    {
        if (entry is null)
        {
            problems.Add(position, "is null");
            return null;
        }

        var before = problems.Count;
        if (CheckEntry(problems, position, "competency", entry.Id, entry.Unknown, CompetencyFields, ids, where: " in the rubric", why: "across general and track competencies") is not { } item)
        {
            return null;
        }

        if (IsBlank(entry.Title))
        {
            problems.Add(item, "has no \"title\"");
        }

        if (IsBlank(entry.Summary))
        {
            problems.Add(item, "has no \"summary\"");
        }

        var levels = Levels(problems, item, entry.Levels);
        return problems.Count == before
            ? new RubricCompetency(entry.Id!, entry.Title!.Trim(), entry.Summary!.Trim(), levels)
            : null;
    }

    private static List<string> Levels(ContentProblems problems, string item, IReadOnlyDictionary<string, string?>? levels)
    {
        if (levels is null)
        {
            problems.Add(item, $"has no \"levels\"; describe each rating from {RubricCompetency.MinRating} to {RubricCompetency.MaxRating}");
            return [];
        }

        var described = new List<string>();
        for (var rating = RubricCompetency.MinRating; rating <= RubricCompetency.MaxRating; rating++)
        {
            var key = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (levels.TryGetValue(key, out var text) && !IsBlank(text))
            {
                described.Add(text!.Trim());
            }
            else
            {
                problems.Add(item, $"level {key} is not described (every rating from {RubricCompetency.MinRating} to {RubricCompetency.MaxRating} needs a description)");
            }
        }

        foreach (var key in levels.Keys.Where(k => !IsRatingKey(k)))
        {
            problems.Add(item, $"\"levels\" has \"{key}\", which is not a rating; levels are \"{RubricCompetency.MinRating}\" to \"{RubricCompetency.MaxRating}\"");
        }

        return described;
    }

    private static bool IsRatingKey(string key) =>
        key.Length == 1 && key[0] - '0' is >= RubricCompetency.MinRating and <= RubricCompetency.MaxRating;

    private static ReadinessLabels? ReadinessLabels(ContentProblems problems, ReadinessLabelsEntry? entry)
    {
        const string Item = "readinessLabels";
        if (entry is null)
        {
            problems.Add(Item, "is missing; give the wording of \"notYet\", \"almost\" and \"ready\"");
            return null;
        }

        CheckUnknownFields(problems, Item, entry.Unknown, "notYet, almost, ready");
        foreach (var (name, text) in new[] { ("notYet", entry.NotYet), ("almost", entry.Almost), ("ready", entry.Ready) })
        {
            if (IsBlank(text))
            {
                problems.Add(Item, $"\"{name}\" is missing or empty");
            }
        }

        return IsBlank(entry.NotYet) || IsBlank(entry.Almost) || IsBlank(entry.Ready)
            ? null
            : new ReadinessLabels(entry.NotYet!.Trim(), entry.Almost!.Trim(), entry.Ready!.Trim());
    }
}
