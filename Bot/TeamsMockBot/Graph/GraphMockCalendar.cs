using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Domain.Scheduling;
using WorkingHours = TeamsMockBot.Domain.Scheduling.WorkingHours;

namespace TeamsMockBot.Graph;

/// <summary>
/// The calendar port over Microsoft Graph with application permissions: people from the directory,
/// availability from <c>mailboxSettings</c> and <c>calendar/getSchedule</c>, and the mock as an event with a
/// Teams meeting in the organizer's calendar (the attendee gets Outlook's invitation).
/// </summary>
/// <remarks>
/// Booking is idempotent on <see cref="MeetingBooking.IdempotencyKey"/>, sent as the event's <c>transactionId</c>:
/// a POST whose answer was lost is sent again with the same id, and Graph answers with the event it already made.
/// Once the event exists, nothing after it (reading the join link, joining the chat) can undo the booking: the
/// <see cref="BookedMeeting"/> is returned, and the caller stores it. Who cleans up what: an event is only ever
/// removed by <see cref="CancelAsync"/>; a booking whose final answer never came throws a transient
/// <see cref="CalendarException"/>, and booking again with the same key (the caller's retry) finds that event
/// instead of making a second one, so nothing is left in a calendar that the bot does not know about.
/// </remarks>
internal sealed partial class GraphMockCalendar(GraphServiceClient graph, IOptions<GraphOptions> options, ILogger<GraphMockCalendar> logger) : IMockCalendar
{
    /// <summary>Extra tries of an event POST whose answer was lost (the retry handler covers answered 429 / 503 / 504).</summary>
    private const int LostAnswerRetries = 2;

    // The basic profile that User.ReadBasic.All allows (userType is not in it).
    private static readonly string[] PersonFields = ["id", "displayName", "mail", "userPrincipalName"];

    public bool BooksTeamsMeetings => true;

    public async Task<CalendarPerson?> FindPersonAsync(string directoryIdOrEmail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryIdOrEmail);
        try
        {
            var user = await graph.Users[directoryIdOrEmail.Trim()].GetAsync(r => r.QueryParameters.Select = PersonFields, cancellationToken);
            if (user?.Id is null || user.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) == true)
            {
                return null; // a guest (UPN "name_domain#EXT#@tenant") is external: their calendar is in another organisation
            }

            return new CalendarPerson(user.Id, user.Mail ?? user.UserPrincipalName ?? directoryIdOrEmail, user.DisplayName ?? user.Mail ?? directoryIdOrEmail);
        }
        catch (ODataError error) when (error.ResponseStatusCode is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.BadRequest)
        {
            return null; // 404: nobody of that id or address in this tenant; 400: not a valid id or address at all
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, "look that person up", cancellationToken);
        }
    }

    public async Task<BookedMeeting> BookAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var created = await CreateEventAsync(booking, cancellationToken);
        var joinUrl = JoinUrl(created) ?? await ReadJoinUrlAsync(booking.Organizer.DirectoryId, created.Id!, cancellationToken);
        var chat = MeetingChatThread.FromJoinUrl(joinUrl);
        LogBooked(logger, created.Id!, booking.IdempotencyKey, chat is not null);
        return new BookedMeeting(created.Id!, booking.Organizer.DirectoryId, SlotOf(created) ?? booking.Slot) { JoinUrl = joinUrl, ChatThreadId = chat };
    }

    public async Task<BookedMeeting> RescheduleAsync(BookedMeeting meeting, MeetingSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(slot);
        var change = new Event { Start = GraphTimeZones.InZone(slot.Start, "UTC"), End = GraphTimeZones.InZone(slot.End, "UTC") };
        try
        {
            var updated = await graph.Users[meeting.OrganizerId].Events[meeting.EventId].PatchAsync(change, cancellationToken: cancellationToken);
            return meeting with { Slot = (updated is null ? null : SlotOf(updated)) ?? slot };
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, "move the mock", cancellationToken);
        }
    }

    public async Task CancelAsync(BookedMeeting meeting, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        try
        {
            await graph.Users[meeting.OrganizerId].Events[meeting.EventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = message }, cancellationToken: cancellationToken);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            LogAlreadyGone(logger, meeting.EventId); // cancelled before (a cancelled event leaves the organizer's calendar) or deleted by hand
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, "cancel the mock", cancellationToken);
        }
    }

    public async Task<MeetingChatJoin> JoinMeetingChatAsync(BookedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.ChatThreadId is null)
        {
            return MeetingChatJoin.NoChat;
        }

        if (string.IsNullOrWhiteSpace(options.Value.TeamsAppCatalogId))
        {
            LogNoCatalogId(logger);
            return MeetingChatJoin.NotPermitted;
        }

        var installation = new TeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{options.Value.BaseUrl.AbsoluteUri.TrimEnd('/')}/appCatalogs/teamsApps/{options.Value.TeamsAppCatalogId}",
            },
        };
        try
        {
            await graph.Chats[meeting.ChatThreadId].InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            return MeetingChatJoin.Joined;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return MeetingChatJoin.Joined; // it already was
        }
        catch (ODataError error) when (error.ResponseStatusCode is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.Unauthorized)
        {
            LogJoinRefused(logger, meeting.EventId, error.Error?.Code);
            return MeetingChatJoin.NotPermitted;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return MeetingChatJoin.NoChat;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, "add itself to the meeting chat", cancellationToken);
        }
    }

    private async Task<Event> CreateEventAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        var windowsZone = GraphTimeZones.ToWindows(booking.TimeZoneId);
        // A new model per attempt: the SDK's backing store sends only changed values once a model was serialized.
        Event Request() => new()
        {
            Subject = booking.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = booking.Body },
            Start = GraphTimeZones.InZone(booking.Slot.Start, booking.TimeZoneId),
            End = GraphTimeZones.InZone(booking.Slot.End, booking.TimeZoneId),
            Attendees = [.. booking.Attendees.Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = false,
            TransactionId = booking.IdempotencyKey,
        };

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var created = await graph.Users[booking.Organizer.DirectoryId].Events.PostAsync(
                    Request(), r => r.Headers.Add("Prefer", $"outlook.timezone=\"{windowsZone}\""), cancellationToken);
                return created?.Id is null ? throw new CalendarException("Microsoft 365 did not say which event it made; please try booking again.", isTransient: true) : created;
            }
            catch (Exception error) when (attempt < LostAnswerRetries && GraphFailures.IsLostAnswer(error, cancellationToken))
            {
                // The event may exist: the same transactionId makes Graph answer with it instead of making another.
                LogLostAnswer(logger, booking.IdempotencyKey, attempt + 1);
            }
            catch (Exception error) when (error is not CalendarException && (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                throw error is ODataError { ResponseStatusCode: (int)HttpStatusCode.NotFound or (int)HttpStatusCode.BadRequest } odata && IsNoMailbox(odata)
                    ? NoMailbox(booking.Organizer, error)
                    : GraphFailures.ToCalendarException(error, "book the mock", cancellationToken);
            }
        }
    }

    /// <summary>Graph sometimes fills in the Teams meeting a moment after the event; one read picks it up. A failure here never undoes the booking.</summary>
    private async Task<Uri?> ReadJoinUrlAsync(string organizerId, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            var read = await graph.Users[organizerId].Events[eventId].GetAsync(r => r.QueryParameters.Select = ["id", "onlineMeeting"], cancellationToken);
            return read is null ? null : JoinUrl(read);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogJoinUrlUnread(logger, eventId, error.GetType().Name);
            return null;
        }
    }

    private static Uri? JoinUrl(Event created) =>
        Uri.TryCreate(created.OnlineMeeting?.JoinUrl, UriKind.Absolute, out var url) ? url : null;

    private static MeetingSlot? SlotOf(Event value) =>
        value.Start?.DateTime is null || value.End?.DateTime is null ? null : new MeetingSlot(GraphTimeZones.ToUtc(value.Start), GraphTimeZones.ToUtc(value.End));

    private static bool IsNoMailbox(ODataError error) =>
        error.Error?.Code is "MailboxNotEnabledForRESTAPI" or "MailboxNotHostedInExchangeOnline" or "ErrorMailboxNotFound" or "ResourceNotFound" or "ErrorInvalidUser"
        || error.ResponseStatusCode == (int)HttpStatusCode.NotFound;

    private static CalendarException NoMailbox(CalendarPerson person, Exception? error) =>
        new($"{person.Name} has no Outlook calendar in this organisation, so a mock with them cannot be booked here.", isTransient: false, error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph: booked event {EventId} for booking {IdempotencyKey} (meeting chat known: {HasChat}).")]
    private static partial void LogBooked(ILogger logger, string eventId, string idempotencyKey, bool hasChat);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: no answer to the event POST for booking {IdempotencyKey} (try {Attempt}); sending it again with the same transactionId.")]
    private static partial void LogLostAnswer(ILogger logger, string idempotencyKey, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: the join link of event {EventId} could not be read ({Error}); the booking stands without a known meeting chat.")]
    private static partial void LogJoinUrlUnread(ILogger logger, string eventId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph: event {EventId} was already cancelled or deleted.")]
    private static partial void LogAlreadyGone(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: no Graph:TeamsAppCatalogId configured, so the bot cannot add itself to meeting chats; the organizer adds the app.")]
    private static partial void LogNoCatalogId(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: installing the bot in the meeting chat of event {EventId} was refused ({Code}); grant TeamsAppInstallation.ReadWriteSelfForChat.All (docs/deploy.md).")]
    private static partial void LogJoinRefused(ILogger logger, string eventId, string? code);
}
