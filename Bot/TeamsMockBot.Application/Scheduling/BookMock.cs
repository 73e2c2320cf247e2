using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// A slot button (or "Meet now"): books the mock in both calendars and stores the session with its
/// booking. The session id comes from the clicked card and the calendar's idempotency key from the
/// session id, so a double click, a second slot button on the same card, a Teams retry or a second
/// instance books once. Everything is checked before the calendar is asked; the session is stored only
/// after the calendar booked, so a refusal changes nothing. Then the bot joins the meeting chat (so
/// <c>meetingStart</c> there finds this session), schedules the reminders and sends both people a
/// confirmation through durable delivery; once in the meeting chat, it posts the "scheduled" card there too.
/// </summary>
public sealed partial class BookMock(
    ISessionStore sessions, IHistoryStore histories, IConversationDirectory conversations, IChatSessionIndex chats, IMockCalendar calendar, IChatAddressing addresses,
    ITimerScheduler timers, OutboundDelivery delivery, QuestionBank bank, IOptions<TimerOptions> timerOptions, IOptions<SchedulingOptions> options,
    TimeProvider time, ILogger<BookMock> logger)
{
    public const string NotPermittedNote =
        "I couldn't add myself to the meeting's chat: the organizer adds the Mock Interviews app there (in the meeting chat, + then Mock Interviews) so the interview card appears when the meeting starts.";

    public Task<CardResult> BookSlotAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken) =>
        BookAsync(turn, data, instant: false, cancellationToken);

    public Task<CardResult> BookNowAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken) =>
        BookAsync(turn, data, instant: true, cancellationToken);

    private async Task<CardResult> BookAsync(ChatTurn turn, CardData data, bool instant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = ScheduleRequest.Read(data);
        if (data.Text(CardInputs.OfferedTo) is { } offeredTo && offeredTo != turn.Actor.Id)
        {
            // The offer card in a group chat is seen by everyone; its times were checked for its finder and their candidate only.
            throw new SchedulingRuleException("These times were found by someone else for their own mock. Type schedule a mock to find times for yours.");
        }

        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return new CardResult(ShowScheduleForm.Build(turn, request, MockPair.Candidates(turn), errors, partnerName: null));
        }

        var now = time.GetUtcNow();
        var slot = instant ? StartingNow(now, request.LengthMinutes) : ScheduleRequest.RequireSlot(data);
        MockSession.CheckSlot(slot, now, instant ? null : ScheduleRequest.Window(data));
        var pair = await MockPair.ResolveAsync(turn, request, sessions, cancellationToken).ConfigureAwait(false);

        var id = SessionIdFor(turn);
        if (await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false) is { Booking: not null } booked)
        {
            LogRepeat(logger, id, turn.ActivityId);
            return Confirmation(turn, booked, chatNote: null);
        }

        var planned = MockSession.Plan(id, now, pair.Interviewer, pair.Candidate, request.Setup, PlanQuestions(id, request.Setup, await histories.GetAsync(pair.Candidate.Id, cancellationToken).ConfigureAwait(false)));
        BookedMeeting meeting;
        MeetingChatJoin join;
        try
        {
            var (organizer, attendee) = await CalendarPeople.FindAsync(calendar, pair, turn, cancellationToken).ConfigureAwait(false);
            var zone = data.Text(CardInputs.OrganizerTimeZone) is { Length: > 0 and <= 64 } tz ? tz : organizer.TimeZoneId ?? "UTC";
            var booking = new MeetingBooking(
                id, organizer, [attendee], $"Mock interview: {pair.Candidate.Name} with {pair.Interviewer.Name}",
                PrepAdvice.InvitationBody(BookingViews.Goal(request.Setup), joinUrl: null), slot, zone);
            meeting = await calendar.BookAsync(booking, cancellationToken).ConfigureAwait(false);
            join = meeting.ChatThreadId is null ? MeetingChatJoin.NoChat : await calendar.JoinMeetingChatAsync(meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (CalendarException e)
        {
            LogCalendarRefused(logger, e, id, turn.ActivityId);
            return new CardResult(SchedulingNotices.CalendarFailed(e));
        }

        var (session, _) = await sessions.CreateAsync(planned.Schedule(new MockBooking
        {
            Slot = meeting.Slot,
            EventId = meeting.EventId,
            OrganizerId = meeting.OrganizerId,
            JoinUrl = meeting.JoinUrl,
            ChatThreadId = meeting.ChatThreadId,
            CalendarLink = meeting.CalendarLink,
            Sequence = meeting.Sequence,
            ChangedAt = now,
        }), cancellationToken).ConfigureAwait(false);

        await histories.AddAsync(session.Candidate.Id, new(session.Id, session.CreatedAt, StudentHistoryItem.CandidateRole, [.. session.Questions.Select(q => q.QuestionId)]), cancellationToken).ConfigureAwait(false);
        await histories.AddAsync(session.Interviewer.Id, new(session.Id, session.CreatedAt, StudentHistoryItem.InterviewerRole, [.. session.Questions.Select(q => q.QuestionId)]), cancellationToken).ConfigureAwait(false);
        await RememberWhereItRunsAsync(turn, session, cancellationToken).ConfigureAwait(false);
        await timers.TrackAsync(session, cancellationToken).ConfigureAwait(false);

        var note = join == MeetingChatJoin.NotPermitted ? NotPermittedNote : null;
        var messages = ToBoth(session, BookingNotice.Booked, turn, note, options.Value.ChangeCutoff, now);
        if (join == MeetingChatJoin.Joined && InMeetingChat(session, turn) is { } scheduled)
        {
            messages = [.. messages, scheduled];
        }

        await delivery.SendAsync(messages, cancellationToken).ConfigureAwait(false);
        LogBooked(logger, session.Id, turn.ActivityId, join.ToString());
        return Confirmation(turn, session, note);
    }

    /// <summary>The card for the person who clicked, and the chat's own card when it was booked in a shared chat.</summary>
    private CardResult Confirmation(ChatTurn turn, MockSession session, string? chatNote)
    {
        var canChange = CanChange(session, time.GetUtcNow(), options.Value.ChangeCutoff);
        var shared = turn.Kind == ChatKind.Personal ? null : BookingViews.Booking(session, viewerId: null, BookingNotice.Booked, canChange, chatNote);
        return new CardResult(BookingViews.Booking(session, turn.Actor.Id, BookingNotice.Booked, canChange, chatNote), shared, session.Id);
    }

    /// <summary>
    /// The meeting chat points at this session, so its <c>meetingStart</c> posts this session's card; the
    /// chat it was booked in does too (offline, the mock runs there), and the clicked card becomes the
    /// session's card there, updated in place like a card made by "Create session".
    /// </summary>
    private async Task RememberWhereItRunsAsync(ChatTurn turn, MockSession session, CancellationToken cancellationToken)
    {
        if (session.Booking?.ChatThreadId is { Length: > 0 } thread)
        {
            await chats.RememberAsync(ChatSessions.ChatIdOf(thread), session.Id, session.CreatedAt, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Kind != ChatKind.Personal && turn.ChatId.Length > 0)
        {
            await chats.RememberAsync(ChatSessions.ChatIdOf(turn.ChatId), session.Id, session.CreatedAt, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Chat is { } chat && turn.ClickedMessageId is { Length: > 0 } messageId)
        {
            await conversations.RememberSessionCardAsync(session.Id, new SessionCardLocation(chat, messageId), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The "scheduled" card for the meeting chat the bot is in now, reached on the service of the chat it
    /// was booked from; one key per session, so a retried booking posts it once.
    /// </summary>
    private OutboundMessage? InMeetingChat(MockSession session, ChatTurn turn)
    {
        if (session.Booking?.ChatThreadId is not { Length: > 0 } thread || turn.Chat is not { } bookedFrom)
        {
            return null;
        }

        return OutboundMessage.ToChat(
            $"meeting-chat-scheduled/{session.Id}", thread, addresses.SameServiceChat(bookedFrom, thread), session.Id,
            BookingViews.Booking(session, viewerId: null, BookingNotice.Scheduled, canChange: false));
    }

    /// <summary>The booking card for each of the two people's personal chats, under a key per person, booking version and notice.</summary>
    public static IReadOnlyList<OutboundMessage> ToBoth(MockSession session, BookingNotice notice, ChatTurn turn, string? chatNote, TimeSpan cutoff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(turn);
        var booking = session.Booking!;
        var canChange = CanChange(session, now, cutoff);
        return [.. new[] { session.Interviewer, session.Candidate }.Select(person => new OutboundMessage(
            $"booking/{session.Id}/{booking.Sequence}/{notice.ToString().ToLowerInvariant()}/{person.Id}",
            OutboundTarget.PersonalChat,
            person.Id,
            session.Id,
            BookingViews.Booking(session, person.Id, notice, canChange, chatNote).ToJson(),
            turn.Chat))];
    }

    public static bool CanChange(MockSession session, DateTimeOffset now, TimeSpan cutoff)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is { Stage: SessionStage.Ready, Booking: { IsCancelled: false } b } && now <= b.Slot.Start - cutoff;
    }

    /// <summary>The session booked from one clicked card: every slot button on it, clicked once or twice, maps here.</summary>
    public static string SessionIdFor(ChatTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return CreateSession.SessionIdFor($"{turn.ChatId}|{turn.ClickedMessageId ?? turn.ActivityId}|booking");
    }

    private List<Question> PlanQuestions(string id, SessionSetup setup, StudentHistory history)
    {
        var seed = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0);
        var questions = QuestionPlanner.Plan(bank, setup.Track, setup.Focus, setup.QuestionCount, history.QuestionsAsked, seed);
        return timerOptions.Value.QuestionTime is { } questionTime ? [.. questions.Select(q => q with { TimeAllowed = questionTime })] : [.. questions];
    }

    /// <summary>"Meet now": from this minute, for the chosen length.</summary>
    private static MeetingSlot StartingNow(DateTimeOffset now, int lengthMinutes)
    {
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
        return new MeetingSlot(start, start.AddMinutes(lengthMinutes));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} booked (activity {ActivityId}); meeting chat: {Join}")]
    private static partial void LogBooked(ILogger logger, string sessionId, string activityId, string join);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} was already booked; activity {ActivityId} books nothing new")]
    private static partial void LogRepeat(ILogger logger, string sessionId, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The calendar refused to book session {SessionId} (activity {ActivityId}); nothing stored")]
    private static partial void LogCalendarRefused(ILogger logger, Exception exception, string sessionId, string activityId);
}
