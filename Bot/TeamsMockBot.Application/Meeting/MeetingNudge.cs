namespace TeamsMockBot.Application.Meeting;

/// <summary>The moments the candidate is nudged inside the meeting. The shared card says the same, for when the nudge cannot be shown.</summary>
public enum MeetingNudge
{
    /// <summary>One minute left on the current question.</summary>
    OneMinuteLeft,

    /// <summary>The questions are over: the candidate's own questions for the interviewer.</summary>
    YourQuestions,
}
