namespace TeamsMockBot.Cards.Models;

/// <summary>What a booking card tells the person: booked, moved or cancelled; or, in the meeting's own chat, that the mock is scheduled there.</summary>
public enum BookingNotice
{
    Booked,
    Moved,
    Cancelled,

    /// <summary>The card the bot posts in the Teams meeting's chat once it is in there.</summary>
    Scheduled,
}
