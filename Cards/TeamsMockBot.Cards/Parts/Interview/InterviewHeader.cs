using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>The top of the interview card: what is practised, by whom, and where the session is.</summary>
internal static class InterviewHeader
{
    public static IEnumerable<CardElement> Build(InterviewCardModel model)
    {
        var kind = IsSolo(model) ? "Solo practice" : model.PeerHalf > 0 ? $"Peer mock · half {Wording.Number(model.PeerHalf)} of 2" : "Mock interview";
        yield return CardText.Eyebrow($"{kind} · {Wording.Track(model.Track)}");
        yield return CardText.TypedTitle(Title(model)); // "Over to you, {name}"
        var who = IsSolo(model)
            ? $"{model.CandidateName} practising on their own"
            : $"{model.InterviewerName} interviewing {model.CandidateName}";
        yield return CardText.TypedSubtle(string.IsNullOrWhiteSpace(model.Focus) ? who : $"{who} · Focus: {model.Focus}");
    }

    public static bool IsSolo(InterviewCardModel model) =>
        model.Viewer == InterviewViewer.Solo || model.Format == InterviewFormat.SoloPractice;

    private static string Title(InterviewCardModel model) => model.Stage switch
    {
        SessionStage.Ready => "Ready to start",
        SessionStage.Interviewing => $"Question {Wording.Number(model.QuestionNumber)} of {Wording.Number(model.QuestionCount)}",
        SessionStage.CandidateQuestions => IsSolo(model) ? "Finish strong" : $"Over to you, {model.CandidateName}",
        SessionStage.AwaitingFeedback => "Feedback time",
        _ => "All done",
    };
}
