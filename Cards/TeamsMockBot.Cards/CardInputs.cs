namespace TeamsMockBot.Cards;

/// <summary>
/// Ids of card inputs and data keys. Inputs come back merged into the action's data, so the bot
/// reads them by these names. The feedback forms' inputs are in <see cref="FeedbackInputs"/>.
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
    /// <summary>The quick tag a tag button sets or clears (a <c>QuickTag</c> name).</summary>
    public const string Tag = "tag";
    /// <summary>What a tag button asks for: <see cref="TagOn"/> or <see cref="TagOff"/>.</summary>
    public const string TagState = "set";
    public const string TagOn = "on";
    public const string TagOff = "off";
    /// <summary>The idempotency key a form's submit carries: one per form shown, kept when the form is re-shown with errors.</summary>
    public const string SubmissionId = "submissionId";
    /// <summary>Scheduling: how many days ahead to look (the window), the slot picked, the window's end and the organizer's zone carried from the offer.</summary>
    public const string WindowDays = "windowDays";
    public const string SlotStart = "slotStart";
    public const string SlotEnd = "slotEnd";
    public const string WindowEnd = "windowEnd";
    public const string OrganizerTimeZone = "organizerTz";
    /// <summary>Who a slot offer was found for: its slot buttons book only for them (the card is seen by the whole chat).</summary>
    public const string OfferedTo = "offeredTo";
    /// <summary>The earlier session a "Book the next mock" form was opened from.</summary>
    public const string FromSession = "from";
}
