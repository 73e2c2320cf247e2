using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// "Find times" on the schedule form, and "Reschedule" on a booking: asks the calendar for both
/// people's working hours and busy times over the window and offers the three earliest common
/// slots (<see cref="SlotFinder"/>), each labelled in the viewer's own time zone. Nothing is stored.
/// </summary>
public sealed class FindSlots(ISessionStore sessions, IMockCalendar calendar, IOptions<SchedulingOptions> options, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = ScheduleRequest.Read(data);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return new CardResult(ShowScheduleForm.Build(turn, request, MockPair.Candidates(turn), errors, partnerName: null));
        }

        var pair = await MockPair.ResolveAsync(turn, request, sessions, cancellationToken).ConfigureAwait(false);
        if (pair.Interviewer.Id == pair.Candidate.Id)
        {
            throw new SchedulingRuleException("Pick someone else as the candidate.");
        }

        var carry = request.ToData();
        carry[CardInputs.OfferedTo] = turn.Actor.Id; // the times are checked against this person's calendar; see BookMock
        return await OfferAsync(turn, pair, TimeSpan.FromMinutes(request.LengthMinutes), request.WindowDays, CardVerbs.BookSlot, carry, offerNow: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Reschedule": new times for a booked mock, over the next week, with the same length.</summary>
    public async Task<CardResult> ForMoveAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        var booking = session.RequireChangeable(turn.Actor.Id, time.GetUtcNow(), options.Value.ChangeCutoff); // the same checks as a move, before any calendar call
        var carry = new Dictionary<string, object> { [CardInputs.SessionId] = session.Id };
        return await OfferAsync(turn, new MockPair(session.Interviewer, session.Candidate), booking.Slot.Length, ScheduleRequest.DefaultWindowDays, CardVerbs.MoveBooking, carry, offerNow: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardResult> OfferAsync(
        ChatTurn turn, MockPair pair, TimeSpan length, int windowDays, string verb, Dictionary<string, object> carry, bool offerNow, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = new MeetingSlot(now, now.AddDays(windowDays));
        IReadOnlyList<MeetingSlot> slots;
        string organizerZone;
        try
        {
            var (organizer, attendee) = await CalendarPeople.FindAsync(calendar, pair, turn, cancellationToken).ConfigureAwait(false);
            var availability = await calendar.GetAvailabilityAsync([organizer, attendee], window, cancellationToken).ConfigureAwait(false);
            if (availability.Count != 2)
            {
                throw new CalendarException("The calendar didn't answer for both people. Please try again.", isTransient: true);
            }

            slots = SlotFinder.Find(availability[0], availability[1], window, length, now);
            organizerZone = availability[0].TimeZoneId;
        }
        catch (CalendarException e)
        {
            return new CardResult(SchedulingNotices.CalendarFailed(e));
        }

        var zone = ViewerTime.Zone(turn.TimeZoneId);
        carry[CardInputs.WindowEnd] = SlotsCard.Iso(window.End);
        carry[CardInputs.OrganizerTimeZone] = organizerZone;
        var partner = pair.PartnerOf(turn.Actor.Id);
        return new CardResult(SlotsCard.Build(new SlotsCardModel(
            verb == CardVerbs.MoveBooking ? "Pick a new time" : "Pick a time",
            partner.Name,
            ViewerTime.Name(zone),
            slots.Select(s => new SlotOffer(ViewerTime.Label(s, zone), s.Start, s.End)).ToList(),
            verb,
            carry,
            offerNow)));
    }
}
