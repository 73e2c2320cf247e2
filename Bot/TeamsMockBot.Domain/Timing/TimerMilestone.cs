namespace TeamsMockBot.Domain.Timing;

/// <summary>
/// Points in a question's time at which the card is updated in place. Ordered: a later value
/// means more of the time has gone, so "has this been announced yet?" is a comparison.
/// </summary>
public enum TimerMilestone
{
    None = 0,
    Halfway = 1,
    OneMinuteLeft = 2,
    TimeUp = 3,
}
