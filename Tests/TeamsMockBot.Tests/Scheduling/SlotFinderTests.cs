using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// The earliest common slots of two people in different time zones. Europe leaves summer time on
/// 25 October 2026 and the United States on 1 November 2026, so in the week between them London
/// and New York are four hours apart, and five after: the common hours move by an hour.
/// </summary>
public sealed class SlotFinderTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static PersonAvailability London(params MeetingSlot[] busy) =>
        new("london", "Europe/London", WorkingHours.OfficeHoursIn("Europe/London"), busy);

    private static PersonAvailability NewYork(params MeetingSlot[] busy) =>
        new("new-york", "America/New_York", WorkingHours.OfficeHoursIn("America/New_York"), busy);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Find_AcrossTheUsDaylightSavingChange_CommonHoursMoveByAnHour()
    {
        // Friday 30 October, 16:00 UTC: London (UTC+0) works until 17:00, New York (UTC-4) since 13:00 UTC.
        var now = Utc(10, 30, 16);
        var slots = SlotFinder.Find(London(), NewYork(), new MeetingSlot(now, now.AddDays(7)), Hour, now);

        Assert.Equal(
            [
                new MeetingSlot(Utc(10, 30, 16), Utc(10, 30, 17)), // the last hour both work on Friday, before the change
                new MeetingSlot(Utc(11, 2, 14), Utc(11, 2, 15)),   // Monday after: 09:00 in New York is now 14:00 UTC, not 13:00
                new MeetingSlot(Utc(11, 2, 14, 30), Utc(11, 2, 15, 30)),
            ],
            slots);
    }

    [Fact]
    public void Find_BeforeTheChange_NewYorkMorningIsThirteenUtc()
    {
        var now = Utc(10, 26, 0); // Monday 26 October: Europe has changed, the US not yet
        var slots = SlotFinder.Find(London(), NewYork(), new MeetingSlot(now, now.AddDays(1)), Hour, now, count: 1);

        Assert.Equal(new MeetingSlot(Utc(10, 26, 13), Utc(10, 26, 14)), Assert.Single(slots));
    }

    [Fact]
    public void Find_BusyTimesOfEitherPerson_AreSkipped()
    {
        var now = Utc(11, 2, 0);
        var slots = SlotFinder.Find(
            London(new MeetingSlot(Utc(11, 2, 14), Utc(11, 2, 15))),
            NewYork(new MeetingSlot(Utc(11, 2, 15, 30), Utc(11, 2, 16))),
            new MeetingSlot(now, now.AddDays(1)), Hour, now);

        Assert.Equal([Utc(11, 2, 16)], slots.Select(s => s.Start)); // 14:00–15:30 busy, 15:30–16:00 busy, 16:00–17:00 free; then London stops
    }

    [Fact]
    public void Find_NeverOffersThePastAndStartsOnTheHalfHourGrid()
    {
        var now = Utc(11, 3, 14, 7);
        var slots = SlotFinder.Find(London(), NewYork(), new MeetingSlot(Utc(11, 3, 0), Utc(11, 4, 0)), TimeSpan.FromMinutes(30), now);

        Assert.Equal([Utc(11, 3, 14, 30), Utc(11, 3, 15), Utc(11, 3, 15, 30)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Find_WeekendAndNoOverlap_OfferNothing()
    {
        var tokyo = new PersonAvailability("tokyo", "Asia/Tokyo", WorkingHours.OfficeHoursIn("Asia/Tokyo"), []);
        var now = Utc(11, 2, 0);

        Assert.Empty(SlotFinder.Find(tokyo, NewYork(), new MeetingSlot(now, now.AddDays(5)), Hour, now)); // 09–17 Tokyo is 00–08 UTC; New York starts at 14
        Assert.Empty(SlotFinder.Find(London(), NewYork(), new MeetingSlot(Utc(10, 31, 0), Utc(11, 2, 0)), Hour, Utc(10, 31, 0))); // Saturday and Sunday
    }

    [Fact]
    public void Find_UnknownTimeZone_IsARuleBreakForPeople()
    {
        var nowhere = new PersonAvailability("x", "Mars/Olympus", WorkingHours.OfficeHoursIn("Mars/Olympus"), []);

        var refused = Assert.Throws<SchedulingRuleException>(() => SlotFinder.Find(nowhere, London(), new MeetingSlot(Utc(11, 2, 0), Utc(11, 3, 0)), Hour, Utc(11, 2, 0)));
        Assert.Contains("Mars/Olympus", refused.Message, StringComparison.Ordinal);
    }
}
