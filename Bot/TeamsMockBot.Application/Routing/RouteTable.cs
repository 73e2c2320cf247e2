using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Application.Quiz;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Application.Routing;

/// <summary>
/// Every card verb, typed command and message-extension command, and the one handler each maps to,
/// declared here and nowhere else. The Teams adapter looks a route up, builds the turn it asks for
/// and runs it; it knows no use case by name. A new verb, command or meeting event is one line here.
/// </summary>
public sealed class RouteTable
{
    /// <summary>The message-extension action "Start a mock interview" (manifest command id).</summary>
    public const string StartMockCommand = "startMock";

    private readonly Dictionary<string, Route> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<BotCommand, Route> _commands = [];
    private readonly Dictionary<string, Route> _extensionFetches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Route> _extensionSubmits = new(StringComparer.Ordinal);
    private readonly Dictionary<MeetingEventKind, MeetingRoute> _meetingEvents = [];

    public RouteTable(
        CreateSession create, ControlInterview control, SwapRoles swap, SubmitFeedback submitFeedback, SubmitSelfAssessment submitSelfAssessment,
        EditFeedback editFeedback, ReleaseFeedback releaseFeedback, ShowHistory history, ExportPersonalData export, DeletePersonalData delete,
        ShowSessionAtMeetingStart meetingStart, CloseAtMeetingEnd meetingEnd, RecordAttendance attendance,
        SendPanelLink panelLink, ShowScheduleForm scheduleForm, FindSlots findSlots, BookMock book, ChangeBooking change, CheckIn checkIn,
        MarkActionStepDone markStepDone, ShareWithCareerAdvisor shareWithAdvisor,
        ShowProgress progress, ShowQuiz quiz, ShowPrep showPrep, SubmitQuiz submitQuiz, AnalyseSharedTranscript sharedTranscript)
    {
        Command(BotCommand.Help, members: false, (turn, _, _) => Card(HelpCard.Build(new HelpCardModel(IsWelcome: false, turn.Actor.Name))));
        Command(BotCommand.Mock, members: true, (turn, _, _) => Card(ShowSetup.Handle(turn)));
        Command(BotCommand.History, members: false, (turn, _, ct) => history.HandleAsync(turn, ct));
        Command(BotCommand.ExportData, members: false, async (turn, _, ct) => new CardResult(await export.HandleAsync(turn, ct).ConfigureAwait(false)));
        Command(BotCommand.Schedule, members: true, scheduleForm.HandleAsync);
        Command(BotCommand.DeleteData, members: false, async (turn, _, ct) => new CardResult(await delete.ConfirmAsync(turn, ct).ConfigureAwait(false)));
        Command(BotCommand.Progress, members: false, (turn, _, ct) => progress.HandleAsync(turn, ct));
        Command(BotCommand.Quiz, members: false, (_, data, _) => Task.FromResult(quiz.Handle(data)));

        Verb(CardVerbs.ShowSetup, members: true, (turn, _, _) => Card(ShowSetup.Handle(turn)));
        Verb(CardVerbs.CreateSession, members: true, create.HandleAsync);
        foreach (var verb in ControlInterview.Verbs)
        {
            Verb(verb, members: false, (turn, data, ct) => control.HandleAsync(turn, verb, data, ct));
        }

        Verb(CardVerbs.SwapRoles, members: false, swap.HandleAsync);
        Verb(CardVerbs.SubmitFeedback, members: false, submitFeedback.HandleAsync);
        Verb(CardVerbs.SubmitSelfAssessment, members: false, submitSelfAssessment.HandleAsync);
        Verb(CardVerbs.EditFeedback, members: false, editFeedback.HandleAsync);
        Verb(CardVerbs.ReleaseFeedback, members: false, releaseFeedback.HandleAsync);
        Verb(CardVerbs.MarkStepDone, members: false, markStepDone.HandleAsync);
        Verb(CardVerbs.ShareWithAdvisor, members: false, shareWithAdvisor.HandleAsync);
        Verb(CardVerbs.ConfirmDeleteData, members: false, (turn, _, ct) => delete.DeleteAsync(turn, ct));
        Verb(CardVerbs.OpenLivePanel, members: false, panelLink.HandleAsync);
        Verb(CardVerbs.ShowSchedule, members: true, scheduleForm.HandleAsync);
        Verb(CardVerbs.FindSlots, members: true, findSlots.HandleAsync);
        Verb(CardVerbs.BookSlot, members: true, book.BookSlotAsync);
        Verb(CardVerbs.BookNow, members: true, book.BookNowAsync);
        Verb(CardVerbs.ChangeBooking, members: false, findSlots.ForMoveAsync);
        Verb(CardVerbs.MoveBooking, members: false, change.MoveAsync);
        Verb(CardVerbs.CancelBooking, members: false, change.CancelAsync);
        Verb(CardVerbs.CheckIn, members: false, checkIn.HandleAsync);
        Verb(CardVerbs.ShowHistory, members: false, (turn, _, ct) => history.HandleAsync(turn with { Mentioned = [] }, ct));
        Verb(CardVerbs.ShowProgress, members: false, (turn, _, ct) => progress.HandleAsync(turn, ct));
        Verb(CardVerbs.ShowQuiz, members: false, (_, data, _) => Task.FromResult(quiz.Handle(data)));
        Verb(CardVerbs.ShowPrep, members: false, showPrep.HandleAsync);
        Verb(CardVerbs.SubmitQuiz, members: false, submitQuiz.HandleAsync);
        ForSharedFile = new Route("file", NeedsMembers: false, sharedTranscript.HandleAsync);

        // The dialog shows the setup card; its submit posts that card, pre-filled, into the chat.
        _extensionFetches[StartMockCommand] = new Route(StartMockCommand, NeedsMembers: true, (turn, _, _) => Card(ShowSetup.Handle(turn)));
        _extensionSubmits[StartMockCommand] = new Route(StartMockCommand, NeedsMembers: true, (turn, data, _) => Card(ShowSetup.Handle(turn, data)));

        // Meeting events; only the start may post a card (the setup offer lists the chat's members).
        Meeting(MeetingEventKind.Started, members: true, meetingStart.HandleAsync);
        Meeting(MeetingEventKind.Ended, members: false, meetingEnd.HandleAsync);
        Meeting(MeetingEventKind.ParticipantsJoined, members: false, attendance.HandleAsync);
        Meeting(MeetingEventKind.ParticipantsLeft, members: false, attendance.HandleAsync);
    }

    /// <summary>The route for a card verb; an unknown verb gets a route that answers "out of date".</summary>
    public Route ForVerb(string verb) =>
        _verbs.GetValueOrDefault(verb) ?? new Route("unknown", NeedsMembers: false, (_, _, _) =>
            throw new BadCardDataException($"I don't know the button '{Truncate(verb)}'."));

    public Route ForCommand(BotCommand command) => _commands[command];

    /// <summary>A message that carries a file (a transcript sent in the personal chat); the file is in the turn's data (<see cref="SharedFile.Keys"/>).</summary>
    public Route ForSharedFile { get; }

    /// <summary>The message-extension command's dialog, or null for a command this app does not have.</summary>
    public Route? ForExtensionFetch(string commandId) => _extensionFetches.GetValueOrDefault(commandId);

    public Route? ForExtensionSubmit(string commandId) => _extensionSubmits.GetValueOrDefault(commandId);

    /// <summary>The route for a meeting event; every <see cref="MeetingEventKind"/> has one.</summary>
    public MeetingRoute ForMeetingEvent(MeetingEventKind kind) => _meetingEvents[kind];

    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    private void Verb(string verb, bool members, Func<ChatTurn, CardData, CancellationToken, Task<CardResult>> handle) =>
        _verbs.Add(verb, new Route(verb, members, handle)); // Add: a verb declared twice fails at start

    private void Command(BotCommand command, bool members, Func<ChatTurn, CardData, CancellationToken, Task<CardResult>> handle) =>
        _commands.Add(command, new Route(command.ToString().ToLowerInvariant(), members, handle));

    private void Meeting(MeetingEventKind kind, bool members, Func<ChatTurn, MeetingEvent, CancellationToken, Task<CardResult?>> handle) =>
        _meetingEvents.Add(kind, new MeetingRoute("meeting" + kind, members, handle));

    private static Task<CardResult> Card(Cards.Model.AdaptiveCard card) => Task.FromResult(new CardResult(card));

    public static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
