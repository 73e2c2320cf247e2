namespace TeamsMockBot.Domain.Timing;

/// <summary>What a session's timer does when it falls due.</summary>
public enum TimerPurpose
{
    /// <summary>The current question reached halfway, 1 minute left or time up: update the card.</summary>
    Milestone = 0,

    /// <summary>The session ran past its planned length plus the grace period without being ended: close it.</summary>
    OverdueClose = 1,

    /// <summary>A booked mock is 24 hours away: send the candidate the prep card.</summary>
    PrepReminder = 2,

    /// <summary>A booked mock is 10 minutes away: send the candidate the join link and the check-in.</summary>
    ArrivalReminder = 3,

    /// <summary>A booked Teams meeting's interview ended a while ago: look for its transcript (delivery analytics).</summary>
    TranscriptCheck = 4,
}
