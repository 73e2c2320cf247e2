using System.Globalization;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Feedback.Coaching;

namespace TeamsMockBot.Cards;

/// <summary>
/// The interviewer's feedback form, sent to their personal chat. Shown again with the typed values
/// when a submit needs another look, so nothing typed is lost: errors (a missing field, a comment
/// too long) block; the coach's flags only advise, with "Submit anyway" beside the submit.
/// </summary>
public static class FeedbackFormCard
{
    public static AdaptiveCard Build(FeedbackFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var competencies = model.Rubric.ForTrack(model.Track);
        var body = new List<CardElement>
        {
            CardText.Eyebrow($"Feedback · {Wording.Track(model.Track)}"),
            TypedText.Title($"Feedback for {model.CandidateName}"),
        };
        if (!string.IsNullOrWhiteSpace(model.Focus))
        {
            body.Add(CardText.Typed($"Focus: {model.Focus}", subtle: true));
        }

        body.Add(new Container(
        [
            new TextBlock("Make it specific, actionable and kind") { Weight = TextWeight.Bolder },
            CardText.Typed("Point to a moment from the interview, say what to keep doing or change, and describe the answer rather than the person. "
                + (model.IsDoubleBlind
                    ? $"{model.CandidateName} sees your ratings next to their own, once you have both sent your feedback: neither of you sees the other's before."
                    : $"{model.CandidateName} sees your ratings next to their own, after rating themselves first.")),
        ])
        { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        body.AddErrorSummary(model.Errors, Fields(competencies));
        AddCoachSummary(body, model);

        // One line per item (not a column layout): with 12 questions, their notes and tags the form must stay under 28 KB.
        if (model.QuestionsAsked.Count > 0)
        {
            body.Add(CardText.Label("Questions asked"));
            body.AddRange(model.QuestionsAsked.Select((q, i) => new TextBlock($"Q{Wording.Number(i + 1)} · {Shorten(q, MaxQuestionShownLength)}")));
        }

        if (model.Notes.Count > 0)
        {
            body.Add(CardText.Label("Your notes from the interview"));
            body.AddRange(model.Notes.Take(MaxNotesShown).Select(n => new RichTextBlock([new TextRun(Shorten(n, MaxNoteShownLength))])));
            if (model.Notes.Count > MaxNotesShown)
            {
                body.Add(CardText.Small($"{Wording.Count(model.Notes.Count - MaxNotesShown, "more note is", "more notes are")} kept with the session but not shown here."));
            }
        }

        if (model.Tags.Count > 0)
        {
            body.Add(CardText.Label("Your quick tags"));
            body.AddRange(model.Tags.Select(t => new TextBlock(TagLine(t))));
        }

        body.AddRatings(competencies, model.Draft.Ratings, model.Errors, model.Draft.NotObserved);
        AddComments(body, model);
        AddActionPlan(body, model);
        AddReadiness(body, model);

        var submission = CardButtons.Submission(model.SessionId, model.SubmissionId);
        var actions = new List<CardAction> { CardButtons.Submit("Submit feedback", CardVerbs.SubmitFeedback, submission) };
        if (model.Advice.Count > 0)
        {
            var anyway = new Dictionary<string, object>(submission) { [FeedbackInputs.CoachingSeen] = "1" };
            actions.Add(new ExecuteAction("Submit anyway", CardVerbs.SubmitFeedback) { Data = anyway, AssociatedInputs = AssociatedInputs.Auto });
        }

        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>Notes are reminders here: the first <see cref="MaxNoteShownLength"/> characters of each, so the form stays under 28 KB.</summary>
    public const int MaxNoteShownLength = 140;

    public const int MaxNotesShown = 12;

    /// <summary>Questions are reminders too: their first words are enough to recall them (the bank's longest run to about 200 characters).</summary>
    public const int MaxQuestionShownLength = 90;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";

    private static string TagLine(TaggedQuestion question) =>
        $"Q{Wording.Number(question.QuestionNumber)}: {string.Join(", ", question.Tags.Select(Wording.QuickTag))}";

    private static string[] Fields(IReadOnlyList<RubricCompetency> competencies) =>
    [
        .. competencies.Select(c => FeedbackPart.Rating(c.Id)),
        FeedbackPart.Strengths, FeedbackPart.Improvements, FeedbackPart.ActionPlan, FeedbackPart.Readiness,
        .. Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(FeedbackPart.ActionStep),
        .. Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(FeedbackPart.ActionDue),
    ];

    /// <summary>At the top of a form the coach has flagged: what it is and that it does not block.</summary>
    private static void AddCoachSummary(List<CardElement> body, FeedbackFormModel model)
    {
        if (model.Advice.Count == 0)
        {
            return;
        }

        var flags = model.Advice.Values.Sum(a => a.Count);
        body.Add(new Container(
        [
            new TextBlock($"The coach has {Wording.Count(flags, "suggestion", "suggestions")} (in yellow below)") { Weight = TextWeight.Bolder },
            CardText.Body("Comments help most when they are specific, give a next step and describe the answer, not the person. Revise and submit, or choose \"Submit anyway\" to send them as written."),
        ])
        { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
    }

    /// <summary>The coach's flags on the field just added, each with its suggestion.</summary>
    private static void AddAdviceFor(List<CardElement> body, FeedbackFormModel model, string field)
    {
        if (!model.Advice.TryGetValue(field, out var advice) || advice.Count == 0)
        {
            return;
        }

        body.Add(new Container(advice.Select(a => (CardElement)new RichTextBlock(
        [
            new TextRun(Label(a.Concern) + ": ") { Weight = TextWeight.Bolder },
            new TextRun(a.Suggestion),
        ])).ToList())
        { Style = ContainerStyle.Warning, Spacing = Spacing.Small });
    }

    private static string Label(CoachConcern concern) => concern switch
    {
        CoachConcern.Vague => "Too general",
        CoachConcern.NoReference => "Which moment?",
        CoachConcern.NoNextStep => "What next?",
        CoachConcern.Harsh => "Kinder wording",
        _ => concern.ToString(),
    };

    private static void AddComments(List<CardElement> body, FeedbackFormModel model)
    {
        body.Add(CardText.Heading("Comments"));
        body.Add(Comment(FeedbackInputs.Strengths, "Strengths (2–3, one per line)", "What should they keep doing? Name a moment from the interview.", model.Draft.Strengths, "Name at least one strength."));
        body.AddErrorFor(model.Errors, FeedbackPart.Strengths);
        AddAdviceFor(body, model, FeedbackPart.Strengths);
        body.Add(Comment(FeedbackInputs.Improvements, "What to improve (2–3, one per line)", "What would have made an answer stronger, and how?", model.Draft.Improvements, "Name at least one thing to improve."));
        body.AddErrorFor(model.Errors, FeedbackPart.Improvements);
        AddAdviceFor(body, model, FeedbackPart.Improvements);
    }

    private static TextInput Comment(string id, string label, string placeholder, string value, string error) => new(id)
    {
        Label = label,
        Placeholder = placeholder,
        IsMultiline = true,
        MaxLength = FeedbackDraft.MaxCommentLength,
        Value = string.IsNullOrEmpty(value) ? null : value,
        IsRequired = true,
        ErrorMessage = error,
        Spacing = Spacing.Medium,
    };

    private static void AddActionPlan(List<CardElement> body, FeedbackFormModel model)
    {
        body.Add(CardText.Heading("Action plan"));
        body.Add(CardText.Subtle($"{FeedbackDraft.MinActionSteps} or {FeedbackDraft.MaxActionSteps} concrete next steps, each by a date, or leave the date empty for \"before the next mock\"."));
        for (var number = 1; number <= FeedbackDraft.MaxActionSteps; number++)
        {
            var required = number <= FeedbackDraft.MinActionSteps;
            var index = number - 1;
            body.Add(new TextInput(FeedbackInputs.ActionStep(number))
            {
                Label = required ? $"Step {Wording.Number(number)}" : $"Step {Wording.Number(number)} (optional)",
                Placeholder = number == 1 ? "e.g. Rewrite two STAR stories so each ends with a number" : null,
                MaxLength = FeedbackDraft.MaxActionStepLength,
                Value = index < model.Draft.ActionPlan.Count && !string.IsNullOrEmpty(model.Draft.ActionPlan[index]) ? model.Draft.ActionPlan[index] : null,
                IsRequired = required ? true : null,
                ErrorMessage = required ? "Add this step." : null,
                Spacing = Spacing.Small,
            });
            body.AddErrorFor(model.Errors, FeedbackPart.ActionStep(number));
            AddAdviceFor(body, model, FeedbackPart.ActionStep(number));
            body.Add(new DateInput(FeedbackInputs.ActionDue(number))
            {
                Label = "Due (empty: before the next mock)",
                Min = model.Today?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Value = index < model.Draft.ActionDue.Count && !string.IsNullOrWhiteSpace(model.Draft.ActionDue[index]) ? model.Draft.ActionDue[index] : null,
                Spacing = Spacing.Small,
            });
            body.AddErrorFor(model.Errors, FeedbackPart.ActionDue(number));
        }

        body.AddErrorFor(model.Errors, FeedbackPart.ActionPlan);
    }

    private static void AddReadiness(List<CardElement> body, FeedbackFormModel model)
    {
        body.Add(CardText.Heading("Overall readiness"));
        body.Add(new ChoiceSetInput(
            FeedbackInputs.Readiness,
            Enum.GetValues<Readiness>().Select(r => new Choice(model.Rubric.ReadinessLabel(r), r.ToString())).ToList())
        {
            Label = "How ready are they for a real interview?",
            Style = ChoiceInputStyle.Expanded,
            Value = model.Draft.Readiness?.ToString(),
            IsRequired = true,
            ErrorMessage = "Choose an overall readiness.",
            Spacing = Spacing.Small,
        });
        body.AddErrorFor(model.Errors, FeedbackPart.Readiness);
    }
}
