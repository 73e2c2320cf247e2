namespace TeamsMockBot.Domain.Scheduling;

/// <summary>The two reminders the candidate gets before a booked mock.</summary>
public enum ReminderKind
{
    /// <summary>The prep card, 24 hours before: what to prepare and the logistics.</summary>
    Prep = 0,

    /// <summary>10 minutes before: the join link and an "I'm here" check-in.</summary>
    Arrival = 1,
}
