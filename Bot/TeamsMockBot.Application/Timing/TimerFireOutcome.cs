namespace TeamsMockBot.Application.Timing;

/// <summary>What firing one queued timer did.</summary>
public enum TimerFireOutcome
{
    /// <summary>A milestone was recorded on the session and its card update queued.</summary>
    Announced,

    /// <summary>The overdue session was closed for feedback.</summary>
    Closed,

    /// <summary>The session moved on (or another instance fired it first): nothing to do.</summary>
    Stale,

    /// <summary>The session no longer exists.</summary>
    Gone,

    /// <summary>Still valid but not due yet (it arrived early): wait and fire it again.</summary>
    NotYet,
}
