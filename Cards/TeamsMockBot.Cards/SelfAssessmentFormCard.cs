using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards;

/// <summary>The candidate rates themselves on the same rubric before seeing any feedback.</summary>
public static class SelfAssessmentFormCard
{
    public static AdaptiveCard Build(SelfAssessmentFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var competencies = model.Rubric.ForTrack(model.Track);
        var body = new List<CardElement>
        {
            CardText.Eyebrow($"Self-assessment · {Wording.Track(model.Track)}"),
            CardText.Title($"How did it go, {model.CandidateName}?"),
            CardText.Subtle(model.InterviewerName is { Length: > 0 } interviewer
                ? $"Rate yourself on the same rubric {interviewer} uses. Once you submit, you'll see their feedback next to your own ratings."
                : "Rate yourself on the rubric an interviewer would use. Be honest: this is for you, and it shows where to practise next."),
        };
        body.AddErrorSummary(model.Errors, [.. competencies.Select(c => FeedbackPart.Rating(c.Id)), FeedbackPart.Reflection]);

        if (model.QuestionsAsked.Count > 0)
        {
            body.Add(CardText.Label("Questions you answered"));
            body.AddRange(CardLists.Numbered(model.QuestionsAsked));
        }

        body.AddRatings(competencies, model.Draft.Ratings, model.Errors);

        body.Add(CardText.Heading("Reflection"));
        body.Add(new TextInput(FeedbackInputs.Reflection)
        {
            Label = "What went well, and what would you do differently? (optional)",
            Placeholder = "e.g. My failure story lacked a clear result; next time I'll open with the numbers.",
            IsMultiline = true,
            MaxLength = SelfAssessmentDraft.MaxReflectionLength,
            Value = string.IsNullOrEmpty(model.Draft.Reflection) ? null : model.Draft.Reflection,
            Spacing = Spacing.Small,
        });
        body.AddErrorFor(model.Errors, FeedbackPart.Reflection);

        return new AdaptiveCard(body)
        {
            Actions = [CardButtons.Submit("Submit self-assessment", CardVerbs.SubmitSelfAssessment, CardButtons.Submission(model.SessionId, model.SubmissionId))],
        };
    }
}
