namespace TeamsMockBot.Cards.Models;

/// <summary>One time offered for a mock: its label in the viewer's own time zone, and the instants (UTC) the button sends.</summary>
public sealed record SlotOffer(string Label, DateTimeOffset Start, DateTimeOffset End);
