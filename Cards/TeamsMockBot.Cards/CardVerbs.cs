namespace TeamsMockBot.Cards;

/// <summary>
/// The verbs of our Universal Actions (<c>Action.Execute</c>). The bot routes every card click by
/// verb, never by text. Data sent with each verb: <c>sessionId</c> and, on question controls,
/// <c>q</c> = the 1-based number of the question the card showed (so a double click or an old
/// card cannot move the interview twice). <see cref="Tag"/> also carries <c>tag</c> (a
/// <c>QuickTag</c> name) and <c>set</c> (<c>on</c> or <c>off</c>: the state the button asks for).
/// </summary>
public static class CardVerbs
{
    public const string ShowSetup = "mock.setup";
    public const string CreateSession = "setup.create";
    public const string Start = "session.start";
    public const string Next = "session.next";
    public const string Skip = "session.skip";
    public const string FollowUp = "session.followup";
    public const string Pause = "session.pause";
    public const string Resume = "session.resume";
    public const string AddMinute = "session.addMinute";
    public const string EndInterview = "session.end";
    public const string OpenFeedback = "session.openFeedback";
    /// <summary>Peer mocks: half 1's "Swap roles", which opens its feedback and starts half 2.</summary>
    public const string SwapRoles = "session.swap";
    public const string SaveNote = "session.note";
    public const string Tag = "session.tag";
    public const string Refresh = "session.refresh";
    public const string SubmitFeedback = "feedback.submit";
    public const string ReleaseFeedback = "feedback.release";
    public const string EditFeedback = "feedback.edit";
    public const string SubmitSelfAssessment = "self.submit";
    /// <summary>The feedback card's "Mark done" on one action-plan step; data also carries <c>step</c> (1-based).</summary>
    public const string MarkStepDone = "report.stepDone";
    /// <summary>The feedback card's "Share with my career advisor": a copy goes to the staff in <c>Privacy:StaffIds</c>.</summary>
    public const string ShareWithAdvisor = "report.share";
    public const string ShowHistory = "history.show";
    public const string ConfirmDeleteData = "privacy.delete";
    /// <summary>"Live panel": the clicker's own short-lived link to the meeting side panel, answered to them alone.</summary>
    public const string OpenLivePanel = "panel.link";

    // Scheduling (issue 10). Data: the schedule form's inputs; slot buttons add slotStart/slotEnd
    // (ISO 8601 UTC), windowEnd and organizerTz; changes and the check-in carry sessionId.
    /// <summary>The schedule form; with <c>from</c> = an earlier session id, pre-filled with its two people and track ("Book the next mock").</summary>
    public const string ShowSchedule = "schedule.show";
    public const string FindSlots = "schedule.find";
    public const string BookSlot = "schedule.book";
    /// <summary>An instant meeting, starting now.</summary>
    public const string BookNow = "schedule.now";
    /// <summary>Offers new times for a booked mock (sessionId).</summary>
    public const string ChangeBooking = "schedule.change";
    public const string MoveBooking = "schedule.move";
    public const string CancelBooking = "schedule.cancel";
    /// <summary>The candidate's "I'm here" on the 10-minute reminder.</summary>
    public const string CheckIn = "schedule.checkin";
    /// <summary>A booked mock's prep card again (sessionId), from the quiz it opened.</summary>
    public const string ShowPrep = "schedule.prep";
    /// <summary>"My progress": trends across the student's sessions (no data).</summary>
    public const string ShowProgress = "progress.show";
    /// <summary>The practice quiz; from the prep card with its sessionId, so the result leads back to it.</summary>
    public const string ShowQuiz = "quiz.show";
    /// <summary>Quiz answers: <c>quizId</c> (the quiz content's id), <c>attemptId</c> and one <c>quiz.{questionId}</c> input per question.</summary>
    public const string SubmitQuiz = "quiz.submit";
}
