namespace TeamsMockBot.Application.Meeting;

/// <summary>What became of a nudge.</summary>
public enum NudgeOutcome
{
    Shown,

    /// <summary>The chat is not a meeting's: there is nowhere to show it.</summary>
    NotAMeeting,

    /// <summary>The platform did not show it (not allowed, the person is not in the meeting, an outage).</summary>
    Refused,
}
