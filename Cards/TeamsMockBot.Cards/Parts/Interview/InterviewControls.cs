using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>
/// The interviewer's buttons. Each carries the question number the card showed, so a double
/// click or a stale card cannot move the interview twice.
/// </summary>
internal static class InterviewControls
{
    public static ActionSet Start(InterviewCardModel model) => new(
    [
        CardButtons.Execute("Start", CardVerbs.Start, CardButtons.Session(model.SessionId), ActionStyle.Positive),
    ])
    { Spacing = Spacing.Medium };

    public static IEnumerable<CardElement> ForQuestion(InterviewCardModel model)
    {
        var data = CardButtons.Question(model.SessionId, model.QuestionNumber);
        var isLast = model.QuestionNumber >= model.QuestionCount;
        var flow = new List<CardAction>
        {
            CardButtons.Execute(isLast ? "Finish questions" : "Next question", CardVerbs.Next, data, ActionStyle.Positive),
        };
        if (model.Private is { FollowUpsRemaining: > 0 })
        {
            flow.Add(CardButtons.Execute("Follow-up", CardVerbs.FollowUp, data));
        }

        flow.Add(model.IsPaused
            ? CardButtons.Execute("Resume", CardVerbs.Resume, data)
            : CardButtons.Execute("Pause", CardVerbs.Pause, data));

        yield return new ActionSet(flow) { Spacing = Spacing.Medium };
        yield return new ActionSet(
        [
            CardButtons.Execute("+1 min", CardVerbs.AddMinute, data),
            CardButtons.Execute("Skip", CardVerbs.Skip, data),
            CardButtons.Execute("End interview", CardVerbs.EndInterview, data, ActionStyle.Destructive),
        ])
        { Spacing = Spacing.Small };
    }

    public static ActionSet SwapRoles(InterviewCardModel model) => new(
    [
        CardButtons.Execute("Swap roles", CardVerbs.SwapRoles, CardButtons.Session(model.SessionId), ActionStyle.Positive),
    ])
    { Spacing = Spacing.Medium };

    public static ActionSet OpenFeedback(InterviewCardModel model, string title) => new(
    [
        CardButtons.Execute(title, CardVerbs.OpenFeedback, CardButtons.Session(model.SessionId), ActionStyle.Positive),
    ])
    { Spacing = Spacing.Medium };
}
