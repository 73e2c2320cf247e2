namespace TeamsMockBot.Domain.Timing;

/// <summary>What a session's timer does when it falls due.</summary>
public enum TimerPurpose
{
    /// <summary>The current question reached halfway, 1 minute left or time up: update the card.</summary>
    Milestone = 0,

    /// <summary>The session ran past its planned length plus the grace period without being ended: close it.</summary>
    OverdueClose = 1,
}
