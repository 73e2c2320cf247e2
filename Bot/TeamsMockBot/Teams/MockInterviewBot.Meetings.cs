using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Teams;

/// <summary>
/// Meeting events: Teams' meetingStart / meetingEnd / participant join and leave become a
/// <see cref="MeetingEvent"/> and the route table says which use case runs. Other events go on to
/// the base handler (which ignores them).
/// </summary>
public sealed partial class MockInterviewBot
{
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (MeetingActivities.Read(turnContext.Activity, time.GetUtcNow()) is not { } meeting)
        {
            await base.OnEventActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var route = routes.ForMeetingEvent(meeting.Kind);
        LogMeetingEvent(logger, route.Name, meeting.MeetingId, turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        var result = await RunAsync(turnContext, route, meeting, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return;
        }

        var posted = await turnContext.SendActivityAsync(CardAttachments.ToMessage(result.ForActor), cancellationToken).ConfigureAwait(false);
        if (result.AfterPostedAsync is { } after && posted?.Id is { Length: > 0 } messageId)
        {
            await after(messageId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The meeting-event side of the one failure path: logged with the activity id and counted, but
    /// no error card — nobody in the meeting asked for anything.
    /// </summary>
    private async Task<CardResult?> RunAsync(ITurnContext turnContext, MeetingRoute route, MeetingEvent meeting, CancellationToken cancellationToken)
    {
        try
        {
            var turn = await TurnAsync(turnContext, route.NeedsMembers, cancellationToken).ConfigureAwait(false);
            return await route.HandleAsync(turn with { Kind = ChatKind.Meeting }, meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var expected = TurnErrors.IsExpected(e);
            LogTurnFailed(logger, e, expected ? "expected" : "unexpected", turnContext.Activity.Id, null, route.Name);
            turnContext.TurnState.Get<TurnTelemetry>()?.Fail(e, expected);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {Event} for meeting {MeetingId} (activity {ActivityId}, conversation {ConversationId})")]
    private static partial void LogMeetingEvent(ILogger logger, string @event, string meetingId, string? activityId, string? conversationId);
}
