namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The times both people are free. <see cref="CarryData"/> goes back with every button (the form's
/// values, the window's end, the organizer's zone); <see cref="Verb"/> books or moves.
/// </summary>
public sealed record SlotsCardModel(
    string Title,
    string PartnerName,
    string TimeZoneName,
    IReadOnlyList<SlotOffer> Slots,
    string Verb,
    IReadOnlyDictionary<string, object> CarryData,
    bool OfferNow);
