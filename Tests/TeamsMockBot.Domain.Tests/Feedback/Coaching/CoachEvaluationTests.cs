using System.Globalization;
using System.Text.Json;
using TeamsMockBot.Domain.Feedback.Coaching;
using Xunit.Abstractions;

namespace TeamsMockBot.Domain.Tests.Feedback.Coaching;

/// <summary>
/// The coach measured on comments we wrote and labelled ourselves (coach-comments.json): precision
/// and recall per flag, printed, each at least <see cref="Target"/>. A rule change that helps one
/// comment and breaks five shows here.
/// </summary>
public sealed class CoachEvaluationTests(ITestOutputHelper output)
{
    private const double Target = 0.85;

    private sealed record LabelledComment(string Field, string Text, string[] Flags);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static List<LabelledComment> Labelled() =>
        JsonSerializer.Deserialize<List<LabelledComment>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feedback", "Coaching", "coach-comments.json")), Json)!;

    [Fact]
    public void LabelledSet_HasAtLeast120CommentsCoveringEveryFlagAndField()
    {
        var set = Labelled();

        Assert.True(set.Count >= 120, $"only {set.Count} labelled comments");
        Assert.All(Enum.GetValues<CoachConcern>(), flag => Assert.True(set.Count(c => c.Flags.Contains(flag.ToString())) >= 15, $"fewer than 15 examples of {flag}"));
        Assert.All(Enum.GetValues<CommentField>(), field => Assert.Contains(set, c => Field(c.Field) == field));
        Assert.True(set.Count(c => c.Flags.Length == 0) >= 40, "too few good comments to measure false flags");
    }

    [Fact]
    public void Coach_OnLabelledSet_HasPrecisionAndRecallOfAtLeastTargetPerFlag()
    {
        var set = Labelled();
        var results = set.Select(c => (Comment: c, Found: FeedbackCoach.Review(c.Text, Field(c.Field)).Select(a => a.Concern.ToString()).ToHashSet())).ToList();

        foreach (var (comment, found) in results.Where(r => !r.Found.SetEquals(r.Comment.Flags)))
        {
            output.WriteLine($"MISMATCH [{comment.Field}] \"{comment.Text}\": expected [{string.Join(", ", comment.Flags)}], got [{string.Join(", ", found)}]");
        }

        var failures = new List<string>();
        foreach (var flag in Enum.GetValues<CoachConcern>().Select(f => f.ToString()))
        {
            var truePositives = results.Count(r => r.Found.Contains(flag) && r.Comment.Flags.Contains(flag));
            var flagged = results.Count(r => r.Found.Contains(flag));
            var labelled = results.Count(r => r.Comment.Flags.Contains(flag));
            var precision = flagged == 0 ? 0 : (double)truePositives / flagged;
            var recall = labelled == 0 ? 0 : (double)truePositives / labelled;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{flag,-12} precision {precision:0.000} ({truePositives}/{flagged})  recall {recall:0.000} ({truePositives}/{labelled})"));
            if (precision < Target || recall < Target)
            {
                failures.Add(flag);
            }
        }

        var exact = results.Count(r => r.Found.SetEquals(r.Comment.Flags));
        output.WriteLine($"{exact}/{results.Count} comments flagged exactly as labelled");
        Assert.True(failures.Count == 0, $"below {Target} on: {string.Join(", ", failures)}");
    }

    private static CommentField Field(string name) => Enum.Parse<CommentField>(name, ignoreCase: true);
}
