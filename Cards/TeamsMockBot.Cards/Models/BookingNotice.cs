namespace TeamsMockBot.Cards.Models;

/// <summary>What a booking card tells the person: booked, moved or cancelled.</summary>
public enum BookingNotice
{
    Booked,
    Moved,
    Cancelled,
}
