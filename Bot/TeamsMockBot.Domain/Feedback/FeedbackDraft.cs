using System.Globalization;
using TeamsMockBot.Domain.Feedback.Coaching;

namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// What the interviewer typed into the feedback form, before validation. Kept whole so that a
/// form with errors can be shown again with everything preserved. <see cref="Ratings"/> are keyed
/// by competency id.
/// </summary>
public sealed record FeedbackDraft(
    IReadOnlyDictionary<string, int?> Ratings,
    string Strengths,
    string Improvements,
    IReadOnlyList<string> ActionPlan,
    Readiness? Readiness)
{
    public const int MinActionSteps = 2;
    public const int MaxActionSteps = 3;
    public const int MaxCommentLength = 2000;
    public const int MaxActionStepLength = 500;

    /// <summary>How far ahead a step's date may be: a plan is for the next weeks, not next year.</summary>
    public const int MaxDueDays = 180;

    public static FeedbackDraft Empty { get; } = new(
        new Dictionary<string, int?>(), string.Empty, string.Empty, [], null);

    /// <summary>Competency ids the interviewer marked "not observed" (instead of a rating).</summary>
    public IReadOnlyCollection<string> NotObserved { get; init; } = [];

    /// <summary>
    /// Each step's date as the form sent it (<c>yyyy-MM-dd</c>), by index; empty means "before the
    /// next mock". Kept as typed so a form with a bad date comes back with it.
    /// </summary>
    public IReadOnlyList<string> ActionDue { get; init; } = [];

    /// <summary>The giver chose "Submit anyway": the coach's flags were seen and are not shown again.</summary>
    public bool CoachingSeen { get; init; }

    /// <summary>A draft holding a submitted report, for editing it into a new version.</summary>
    public static FeedbackDraft From(FeedbackReport report) => new(
        report.Ratings.ToDictionary(r => r.Key, r => (int?)r.Value), report.Strengths, report.Improvements, report.ActionPlan, report.Readiness)
    {
        NotObserved = [.. report.NotObserved],
        ActionDue = report.ActionPlan.Select((_, i) => report.DueOf(i)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty).ToList(),
    };

    /// <summary>
    /// Problems that block the submit, keyed by <see cref="FeedbackPart"/> names; empty when the draft can be
    /// submitted. <paramref name="competencies"/> are what the session is rated on (<see cref="Rubric.ForTrack"/>);
    /// <paramref name="today"/> is the giver's today, for the steps' dates. The coach's advice is separate (<see cref="Advise"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyList<RubricCompetency> competencies, DateOnly? today = null)
    {
        var errors = new Dictionary<string, string>();
        FeedbackValidation.CheckRatings(Ratings, competencies, errors, NotObserved);
        CheckComment(FeedbackPart.Strengths, Strengths, "Name at least one strength.", errors);
        CheckComment(FeedbackPart.Improvements, Improvements, "Name at least one thing to improve.", errors);

        var steps = ActionPlan.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (steps.Count < MinActionSteps)
        {
            errors[FeedbackPart.ActionPlan] = $"Give {MinActionSteps}–{MaxActionSteps} concrete next steps.";
        }

        for (var index = 0; index < ActionPlan.Count; index++)
        {
            if (ActionPlan[index].Length > MaxActionStepLength)
            {
                errors[FeedbackPart.ActionStep(index + 1)] = $"Keep each step under {MaxActionStepLength} characters.";
            }
        }

        for (var index = 0; index < ActionDue.Count; index++)
        {
            if (DueProblem(ActionDue[index], today) is { } problem)
            {
                errors[FeedbackPart.ActionDue(index + 1)] = problem;
            }
        }

        if (Readiness is null)
        {
            errors[FeedbackPart.Readiness] = "Choose an overall readiness.";
        }

        return errors;
    }

    /// <summary>
    /// The coach's flags on each comment that is filled in, keyed by <see cref="FeedbackPart"/> names
    /// (strengths, improvements, each action step). Advice only: the giver may submit anyway.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CoachAdvice>> Advise()
    {
        var advice = new Dictionary<string, IReadOnlyList<CoachAdvice>>();
        Add(FeedbackPart.Strengths, Strengths, CommentField.Strength);
        Add(FeedbackPart.Improvements, Improvements, CommentField.Improvement);
        for (var index = 0; index < ActionPlan.Count; index++)
        {
            Add(FeedbackPart.ActionStep(index + 1), ActionPlan[index], CommentField.ActionStep);
        }

        return advice;

        void Add(string part, string text, CommentField field)
        {
            if (FeedbackCoach.Review(text, field) is { Count: > 0 } flags)
            {
                advice[part] = flags;
            }
        }
    }

    public FeedbackReport ToReport(string authorId, DateTimeOffset now)
    {
        var steps = ActionPlan.Select((text, index) => (Text: text.Trim(), Due: ParseDue(index < ActionDue.Count ? ActionDue[index] : null)))
            .Where(s => s.Text.Length > 0)
            .Take(MaxActionSteps)
            .ToList();
        return new FeedbackReport(
            authorId,
            Ratings.Where(r => r.Value is not null && !NotObserved.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value!.Value),
            Strengths.Trim(),
            Improvements.Trim(),
            steps.Select(s => s.Text).ToList(),
            Readiness ?? throw new InvalidOperationException("Validate the draft before turning it into a report."),
            now)
        {
            NotObserved = [.. NotObserved.Order(StringComparer.Ordinal)],
            ActionDue = steps.Any(s => s.Due is not null) ? steps.Select(s => s.Due).ToList() : [],
        };
    }

    private static DateOnly? ParseDue(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? DueProblem(string text, DateOnly? today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ParseDue(text) is not { } due)
        {
            return "Pick a date, or leave it empty for \"before the next mock\".";
        }

        // One day of slack: "today" is the server's UTC date, and the giver may be a time zone behind it.
        return today is { } day && (due < day.AddDays(-1) || due > day.AddDays(MaxDueDays))
            ? $"Pick a date from today to {MaxDueDays} days ahead, or leave it empty for \"before the next mock\"."
            : null;
    }

    private static void CheckComment(string field, string text, string missing, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = missing;
        }
        else if (text.Length > MaxCommentLength)
        {
            errors[field] = $"Keep it under {MaxCommentLength} characters.";
        }
    }
}
