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
            TypedText.Title($"How did it go, {model.CandidateName}?"),
            CardText.Typed(model.InterviewerName is { Length: > 0 } interviewer
                ? $"Rate yourself on the same rubric {interviewer} uses. Once you submit, you'll see their feedback next to your own ratings."
                : "Rate yourself on the rubric an interviewer would use. Be honest: this is for you, and it shows where to practise next.", subtle: true),
        };
        body.AddErrorSummary(model.Errors, [.. competencies.Select(c => FeedbackPart.Rating(c.Id)), FeedbackPart.Reflection, FeedbackPart.InterviewerScore, FeedbackPart.InterviewerComment]);

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
        if (model.RatesInterviewer)
        {
            AddInterviewerRating(body, model);
        }

        return new AdaptiveCard(body)
        {
            Actions = [CardButtons.Submit("Submit self-assessment", CardVerbs.SubmitSelfAssessment, CardButtons.Submission(model.SessionId, model.SubmissionId))],
        };
    }

    /// <summary>A peer mock: the candidate rates the peer who interviewed them; the peer sees it with their own feedback card.</summary>
    private static void AddInterviewerRating(List<CardElement> body, SelfAssessmentFormModel model)
    {
        var interviewer = model.InterviewerName ?? "your interviewer";
        body.Add(TypedText.Heading($"{interviewer} as an interviewer"));
        body.Add(CardText.Typed($"{interviewer} sees this with their own feedback card, once you have both sent your feedback.", subtle: true));
        body.Add(new ChoiceSetInput(FeedbackInputs.InterviewerScore,
        [
            new("1 — Hard to follow; questions or timing got in the way", "1"),
            new("2 — Asked the questions; little probing or time-keeping", "2"),
            new("3 — Clear questions, good follow-ups, kept time", "3"),
            new("4 — Like a real interviewer: probing, fair and well paced", "4"),
        ])
        {
            Label = "How well did they run the interview?",
            Style = ChoiceInputStyle.Expanded,
            Wrap = true,
            Value = model.Draft.InterviewerScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IsRequired = true,
            ErrorMessage = "Rate your interviewer from 1 to 4.",
            Spacing = Spacing.Small,
        });
        body.AddErrorFor(model.Errors, FeedbackPart.InterviewerScore);
        body.Add(new TextInput(FeedbackInputs.InterviewerComment)
        {
            Label = "One comment for them",
            Placeholder = "e.g. Your follow-up on my failure story made me think; give a time warning before the last minute.",
            IsMultiline = true,
            MaxLength = InterviewerRating.MaxCommentLength,
            Value = string.IsNullOrEmpty(model.Draft.InterviewerComment) ? null : model.Draft.InterviewerComment,
            IsRequired = true,
            ErrorMessage = "Add one comment for your interviewer.",
            Spacing = Spacing.Medium,
        });
        body.AddErrorFor(model.Errors, FeedbackPart.InterviewerComment);
    }
}
