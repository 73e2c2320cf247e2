using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>A booked session's cards: the booking as each person sees it, the prep card, the arrival reminder.</summary>
public static class BookingViews
{
    /// <param name="viewerId">The person the card is for; null for the card in the chat it was booked from.</param>
    /// <param name="chatNote">The sentence about the meeting chat, when the bot could not add itself there.</param>
    public static AdaptiveCard Booking(MockSession session, string? viewerId, BookingNotice notice, bool canChange, string? chatNote = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var booking = session.Booking ?? throw new InvalidOperationException("The session has no booking.");
        return BookingCard.Build(new BookingCardModel(
            notice,
            session.Id,
            session.Interviewer.Name,
            session.Candidate.Name,
            viewerId is null ? null : (session.IsInterviewer(viewerId) ? session.Candidate.Name : session.Interviewer.Name),
            session.Setup.Track,
            session.Setup.Focus,
            session.Setup.Format,
            booking.Slot.Start,
            booking.Slot.End)
        {
            JoinUrl = booking.JoinUrl,
            CalendarLink = booking.CalendarLink,
            ChatNote = chatNote,
            CanChange = canChange && !booking.IsCancelled,
            Prep = notice == BookingNotice.Cancelled ? [] : [.. PrepAdvice.WhatToPrepare],
        });
    }

    /// <summary>The prep card, with the steps still open from the candidate's last feedback (<see cref="PrepCards"/>).</summary>
    public static AdaptiveCard Prep(MockSession session, IReadOnlyList<string> openActionSteps)
    {
        ArgumentNullException.ThrowIfNull(session);
        var booking = session.Booking!;
        return PrepCard.Build(new PrepCardModel(
            session.Id, session.Interviewer.Name, session.Setup.Track, session.Setup.Focus, session.Setup.Format, booking.Slot.Start, booking.Slot.End, booking.JoinUrl)
        {
            OpenActionSteps = openActionSteps,
        });
    }

    public static AdaptiveCard Arrival(MockSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var booking = session.Booking!;
        return ArrivalCard.Build(new ArrivalCardModel(session.Id, session.Interviewer.Name, booking.Slot.Start, booking.JoinUrl));
    }

    /// <summary>The booking as the calendar port knows it, for a move or a cancel.</summary>
    public static Application.Scheduling.BookedMeeting ToMeeting(MockBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new(booking.EventId, booking.OrganizerId, booking.Slot)
        {
            JoinUrl = booking.JoinUrl,
            ChatThreadId = booking.ChatThreadId,
            CalendarLink = booking.CalendarLink,
            Sequence = booking.Sequence,
        };
    }

    /// <summary>The goal the invitation and the prep card name: the focus, or the track.</summary>
    public static string Goal(SessionSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return setup.Focus.Length > 0 ? setup.Focus : $"a {setup.Track} mock interview, end to end, with two or three things to work on afterwards";
    }
}
