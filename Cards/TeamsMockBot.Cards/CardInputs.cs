using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards;

/// <summary>
/// Ids of card inputs and data keys. Inputs come back merged into the action's data, so the bot
/// reads them by these names. Feedback inputs use <see cref="FeedbackField"/> names so that
/// validation errors line up with the fields they belong to.
/// </summary>
public static class CardInputs
{
    public const string SessionId = "sessionId";
    public const string QuestionNumber = "q";
    public const string Candidate = "candidate";
    public const string Track = "track";
    public const string Focus = "focus";
    public const string Format = "format";
    public const string Length = "length";
    public const string QuestionCount = "questions";
    public const string Note = "note";
    /// <summary>The idempotency key a form's submit carries: one per form shown, kept when the form is re-shown with errors.</summary>
    public const string SubmissionId = "submissionId";

    public static string Rating(string competencyId) => FeedbackField.Rating(competencyId);
}
