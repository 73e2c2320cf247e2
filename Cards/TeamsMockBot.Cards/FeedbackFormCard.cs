using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards;

/// <summary>
/// The interviewer's feedback form, sent to their personal chat. Shown again with the typed values
/// and the coaching messages when a submit needs another look, so nothing typed is lost.
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
            CardText.Title($"Feedback for {model.CandidateName}"),
        };
        if (!string.IsNullOrWhiteSpace(model.Focus))
        {
            body.Add(CardText.Subtle($"Focus: {model.Focus}"));
        }

        body.Add(new Container(
        [
            new TextBlock("Make it specific, actionable and kind") { Weight = TextWeight.Bolder },
            new TextBlock($"Point to a moment from the interview, say what to keep doing or change, and describe the answer rather than the person. "
                + (model.IsDoubleBlind
                    ? $"{model.CandidateName} sees your ratings next to their own, once you have both sent your feedback: neither of you sees the other's before."
                    : $"{model.CandidateName} sees your ratings next to their own.")) { Spacing = Spacing.Small },
        ])
        { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        body.AddErrorSummary(model.Errors, Fields(competencies));

        if (model.QuestionsAsked.Count > 0)
        {
            body.Add(CardText.Label("Questions asked"));
            body.AddRange(CardLists.Numbered(model.QuestionsAsked));
        }

        if (model.Notes.Count > 0)
        {
            body.Add(CardText.Label("Your notes from the interview"));
            body.AddRange(CardLists.Bulleted(model.Notes));
        }

        if (model.Tags.Count > 0)
        {
            body.Add(CardText.Label("Your quick tags"));
            body.AddRange(CardLists.Bulleted(model.Tags.Select(TagLine).ToList()));
        }

        body.AddRatings(competencies, model.Draft.Ratings, model.Errors);
        AddComments(body, model);
        AddActionPlan(body, model);
        AddReadiness(body, model);

        return new AdaptiveCard(body)
        {
            Actions = [CardButtons.Submit("Submit feedback", CardVerbs.SubmitFeedback, CardButtons.Submission(model.SessionId, model.SubmissionId))],
        };
    }

    private static string TagLine(TaggedQuestion question) =>
        $"Q{Wording.Number(question.QuestionNumber)}: {string.Join(", ", question.Tags.Select(Wording.QuickTag))}";

    private static string[] Fields(IReadOnlyList<RubricCompetency> competencies) =>
    [
        .. competencies.Select(c => FeedbackPart.Rating(c.Id)),
        FeedbackPart.Strengths, FeedbackPart.Improvements, FeedbackPart.ActionPlan, FeedbackPart.Readiness,
        .. Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(FeedbackPart.ActionStep),
    ];

    private static void AddComments(List<CardElement> body, FeedbackFormModel model)
    {
        body.Add(CardText.Heading("Comments"));
        body.Add(Comment(FeedbackInputs.Strengths, "Strengths", "What should they keep doing? Name a moment from the interview.", model.Draft.Strengths, "Name at least one strength."));
        body.AddErrorFor(model.Errors, FeedbackPart.Strengths);
        body.Add(Comment(FeedbackInputs.Improvements, "What to improve", "What would have made an answer stronger, and how?", model.Draft.Improvements, "Name at least one thing to improve."));
        body.AddErrorFor(model.Errors, FeedbackPart.Improvements);
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
        body.Add(CardText.Subtle($"{FeedbackDraft.MinActionSteps} or {FeedbackDraft.MaxActionSteps} concrete next steps they can practise before the next mock."));
        for (var number = 1; number <= FeedbackDraft.MaxActionSteps; number++)
        {
            var required = number <= FeedbackDraft.MinActionSteps;
            var field = FeedbackInputs.ActionStep(number);
            body.Add(new TextInput(field)
            {
                Label = required ? $"Step {Wording.Number(number)}" : $"Step {Wording.Number(number)} (optional)",
                Placeholder = number == 1 ? "e.g. Rewrite two STAR stories so each ends with a number" : null,
                MaxLength = FeedbackDraft.MaxCommentLength,
                Value = number <= model.Draft.ActionPlan.Count && !string.IsNullOrEmpty(model.Draft.ActionPlan[number - 1])
                    ? model.Draft.ActionPlan[number - 1]
                    : null,
                IsRequired = required ? true : null,
                ErrorMessage = required ? "Add this step." : null,
                Spacing = Spacing.Small,
            });
            body.AddErrorFor(model.Errors, FeedbackPart.ActionStep(number));
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
            Label = $"How ready is {model.CandidateName} for a real interview?",
            Style = ChoiceInputStyle.Expanded,
            Value = model.Draft.Readiness?.ToString(),
            IsRequired = true,
            ErrorMessage = "Choose an overall readiness.",
            Spacing = Spacing.Small,
        });
        body.AddErrorFor(model.Errors, FeedbackPart.Readiness);
    }
}
