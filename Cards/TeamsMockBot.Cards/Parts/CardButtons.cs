using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>Universal Action buttons with the data each verb promises in <see cref="CardVerbs"/>.</summary>
internal static class CardButtons
{
    public static ExecuteAction Execute(
        string title, string verb, IReadOnlyDictionary<string, object>? data = null, ActionStyle? style = null) =>
        new(title, verb) { Data = data, Style = style, AssociatedInputs = AssociatedInputs.None };

    /// <summary>A submit button: it sends the card's inputs along with <paramref name="data"/>.</summary>
    public static ExecuteAction Submit(string title, string verb, IReadOnlyDictionary<string, object>? data = null) =>
        new(title, verb) { Data = data, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto };

    public static ExecuteAction Refresh(string sessionId, string title = "Refresh") =>
        Execute(title, CardVerbs.Refresh, Session(sessionId));

    public static Dictionary<string, object> Session(string sessionId) =>
        new() { [CardInputs.SessionId] = sessionId };

    /// <summary>A form submit's data: the session and the form's idempotency key.</summary>
    public static Dictionary<string, object> Submission(string sessionId, string submissionId)
    {
        var data = Session(sessionId);
        if (submissionId.Length > 0)
        {
            data[CardInputs.SubmissionId] = submissionId;
        }

        return data;
    }

    public static Dictionary<string, object> Question(string sessionId, int questionNumber) =>
        new() { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = questionNumber };
}
