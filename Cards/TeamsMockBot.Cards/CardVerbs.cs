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
    public const string ShowHistory = "history.show";
    public const string ConfirmDeleteData = "privacy.delete";
    /// <summary>"Live panel": the clicker's own short-lived link to the meeting side panel, answered to them alone.</summary>
    public const string OpenLivePanel = "panel.link";
    /// <summary>"My progress": trends across the student's sessions (no data).</summary>
    public const string ShowProgress = "progress.show";
    /// <summary>The practice quiz (no data); the prep card's "Quiz" button sends this.</summary>
    public const string ShowQuiz = "quiz.show";
    /// <summary>Quiz answers: <c>quizId</c> (the quiz content's id), <c>attemptId</c> and one <c>quiz.{questionId}</c> input per question.</summary>
    public const string SubmitQuiz = "quiz.submit";
}
