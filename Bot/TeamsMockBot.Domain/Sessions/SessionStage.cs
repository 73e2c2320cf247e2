namespace TeamsMockBot.Domain.Sessions;

/// <summary>Where a mock interview is in its lifecycle (PRODUCT.md: prepare → run → feedback).</summary>
public enum SessionStage
{
    /// <summary>Planned; waiting for the interviewer to start the first question.</summary>
    Ready,
    Interviewing,
    /// <summary>Questions are over; the candidate asks their own ("finish strong").</summary>
    CandidateQuestions,
    /// <summary>Waiting for the interviewer's feedback and the candidate's self-assessment.</summary>
    AwaitingFeedback,
    /// <summary>The feedback card has been delivered to the candidate.</summary>
    Completed,
}
