using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>The interview card's body before the first question and after the last one.</summary>
internal static class InterviewStages
{
    public static IEnumerable<CardElement> Ready(InterviewCardModel model)
    {
        yield return CardText.TypedBody(model.Viewer switch
        {
            InterviewViewer.Interviewer => "Press Start when you are both settled. Each question appears here with its timer; your hints show only to you.",
            InterviewViewer.Solo => "Press Start when you're ready. Answer out loud, just as you would in the real interview.",
            _ => $"When {model.InterviewerName} presses Start, the first question appears here with its timer.",
        }, Spacing.Medium);
        yield return new FactSet(
        [
            new Fact("Questions", Wording.Number(model.QuestionCount)),
            new Fact("Format", Wording.Format(model.Format)),
        ])
        { Spacing = Spacing.Medium };
        yield return ThinkAloud(model);

        if (model.Viewer == InterviewViewer.Everyone)
        {
            yield return InterviewerHint(model);
        }
        else
        {
            yield return InterviewControls.Start(model);
        }
    }

    public static IEnumerable<CardElement> CandidateQuestions(InterviewCardModel model)
    {
        var minutes = Wording.Minutes(model.CandidateQuestionsTime);
        if (InterviewHeader.IsSolo(model))
        {
            yield return Intro($"In a real interview you would now ask your own questions. Take about {minutes} to say two or three "
                + "out loud: about the team, the role, or how success is measured. Then rate yourself.");
            yield return InterviewControls.OpenFeedback(model, "Rate myself");
            yield break;
        }

        yield return Intro($"The interview questions are done. {model.CandidateName}, take about {minutes} to ask "
            + $"{model.InterviewerName} your own questions: about the team, the role, or how success is measured. "
            + "Thoughtful questions finish an interview on a high note.");

        if (model.Viewer == InterviewViewer.Interviewer && model.PeerHalf == 1)
        {
            yield return CardText.TypedSmall($"When {model.CandidateName} is done, swap roles: {model.CandidateName} interviews you on your own plan. "
                + "The feedback forms for this half arrive in your personal chats with me.");
            yield return InterviewControls.SwapRoles(model);
            if (model.Private is { } notes)
            {
                yield return InterviewerPanel.NotesOnly(model, notes);
            }
        }
        else if (model.Viewer == InterviewViewer.Interviewer)
        {
            yield return CardText.TypedSmall($"When {model.CandidateName} is done, open feedback: you each get a form in your personal chat with me.");
            yield return InterviewControls.OpenFeedback(model, "Open feedback");
            if (model.Private is { } material)
            {
                yield return InterviewerPanel.NotesOnly(model, material);
            }
        }
        else
        {
            if (model.PeerHalf == 1)
            {
                yield return CardText.TypedSmall($"Next, you swap roles: {model.CandidateName} interviews {model.InterviewerName}.");
            }

            yield return InterviewerHint(model);
        }
    }

    public static IEnumerable<CardElement> AwaitingFeedback(InterviewCardModel model)
    {
        if (InterviewHeader.IsSolo(model))
        {
            yield return Intro("Your self-assessment form is in your personal chat with me. Your summary arrives as soon as you submit it.");
            yield return Status("Your self-assessment", model.SelfAssessmentIn, Spacing.Medium);
            yield break;
        }

        if (model.FeedbackReleaseAt is { } at)
        {
            yield return TimedIntro("The feedback forms were sent to your personal chats with me. Double-blind: neither of you sees the other's feedback until you have "
                + $"both sent your feedback and self-assessment, or until {TeamsTime.ShortDate(at)} {TeamsTime.Time(at)}.");
        }
        else
        {
            yield return Intro($"The feedback forms were sent to your personal chats with me. {model.CandidateName} rates themselves first; "
                + "the feedback card arrives once both forms are in.");
        }

        yield return Status($"Feedback from {model.InterviewerName}", model.FeedbackIn, Spacing.Medium);
        yield return Status($"Self-assessment from {model.CandidateName}", model.SelfAssessmentIn, Spacing.Small);
    }

    public static IEnumerable<CardElement> Completed(InterviewCardModel model)
    {
        yield return Intro(InterviewHeader.IsSolo(model)
            ? "Your feedback summary is in your personal chat with me. Nice work!"
            : $"{model.CandidateName}'s feedback card is in their personal chat. Thanks for practising together!");
    }

    public static RichTextBlock ThinkAloud(InterviewCardModel model) => new(
    [
        new TextRun(InterviewHeader.IsSolo(model)
            ? "Think aloud: say how you're approaching each question, not just your final answer."
            : $"{model.CandidateName}, think aloud: share how you're approaching the question, not just your final answer.")
        {
            IsSubtle = true,
        },
    ])
    {
        Spacing = Spacing.Medium,
    };

    /// <summary>Teams' automatic refresh can stop silently; this tells the interviewer the way back to their view.</summary>
    public static RichTextBlock InterviewerHint(InterviewCardModel model) =>
        CardText.TypedSmall($"{model.InterviewerName}: your controls and private hints show only to you. If you don't see them, press Refresh.", separator: true, spacing: Spacing.Medium);

    // Intros name people, so they are literal runs. A line with a {{DATE()}}/{{TIME()}} stays a TextBlock
    // (where Teams formats those) and names nobody.
    private static RichTextBlock Intro(string text) => CardText.TypedBody(text, Spacing.Medium);

    private static TextBlock TimedIntro(string text) => new(text) { Spacing = Spacing.Medium };

    private static ColumnSet Status(string label, bool isIn, Spacing spacing) => new(
    [
        new Column([CardText.Typed(label)]) { Width = "stretch" }, // "Feedback from {name}"
        new Column([new TextBlock(isIn ? "Received" : "Waiting") { Weight = TextWeight.Bolder, Color = isIn ? TextColor.Good : TextColor.Warning }])
        {
            Width = "auto",
        },
    ])
    { Spacing = spacing };
}
