using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Domain.Sessions;
using MeetingDetails = TeamsMockBot.Application.Meeting.MeetingDetails;

namespace TeamsMockBot.Teams;

/// <summary>
/// The Teams meeting APIs behind <see cref="IMeetingDirectory"/>: meeting details
/// (<c>GET v1/meetings/{id}</c>), a participant (<c>GET v1/meetings/{id}/participants/{id}</c>) and
/// targeted meeting notifications (<c>POST v1/meetings/{id}/notification</c>), each through a
/// proactive turn on the chat's stored address, so they work inside a turn and outside one alike.
/// Needs the RSC permissions <c>OnlineMeeting.ReadBasic.Chat</c>, <c>OnlineMeetingParticipant.Read.Chat</c>
/// and <c>OnlineMeetingNotification.Send.Chat</c> (docs/teams-app.md).
/// </summary>
public sealed partial class TeamsMeetingDirectory(
    CloudAdapter adapter, BotIdentity identity, ServiceUrlPolicy serviceUrls, IOptions<PrivacyOptions> site, ILogger<TeamsMeetingDirectory> logger)
    : IMeetingDirectory
{
    /// <summary>The nudge page served by this host (wwwroot/meeting/nudge.html); it shows one of a few fixed texts, picked by key.</summary>
    public const string NudgePagePath = "meeting/nudge.html";

    public async Task<MeetingDetails?> FindMeetingAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        if (ChatAddresses.MeetingIdOf(chat) is not { } meetingId)
        {
            return null;
        }

        MeetingInfo? info = null;
        await RunAsync(chat, async (turn, ct) => info = await TeamsInfo.GetMeetingInfoAsync(turn, meetingId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var organizer = info?.Organizer is { Id: { Length: > 0 } id } o ? new Participant(id, o.Name ?? "The organizer") : null;
        return new MeetingDetails(meetingId, organizer, info?.Details?.Title);
    }

    public async Task<MeetingRole> RoleOfAsync(ChatAddress chat, string personId, CancellationToken cancellationToken)
    {
        if (ChatAddresses.MeetingIdOf(chat) is not { } meetingId)
        {
            return MeetingRole.Unknown;
        }

        var tenantId = ChatAddresses.ToReference(chat).Conversation?.TenantId;
        TeamsMeetingParticipant? participant = null;
        await RunAsync(chat, async (turn, ct) => participant = await TeamsInfo.GetMeetingParticipantAsync(turn, meetingId, personId, tenantId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return MeetingActivities.RoleOf(participant?.Meeting?.Role);
    }

    public async Task<NudgeOutcome> NudgeAsync(ChatAddress chat, string personId, MeetingNudge nudge, CancellationToken cancellationToken)
    {
        if (ChatAddresses.MeetingIdOf(chat) is not { } meetingId)
        {
            return NudgeOutcome.NotAMeeting;
        }

        MeetingNotificationResponse? response = null;
        try
        {
            await RunAsync(chat, async (turn, ct) => response = await TeamsInfo.SendMeetingNotificationAsync(turn, Notification(personId, nudge), meetingId, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // 403: the permission was not granted in this meeting; 404: the person is not in it. The card says the same.
            LogRefused(logger, e, nudge.ToString(), TeamsMessenger.StatusOf(e));
            return NudgeOutcome.Refused;
        }

        // 202 has no body; 207 lists the recipients Teams could not reach.
        return response?.RecipientsFailureInfo?.Any(f => f.RecipientMri == personId) == true ? NudgeOutcome.Refused : NudgeOutcome.Shown;
    }

    /// <summary>
    /// A targeted meeting notification: shown on the meeting stage to <paramref name="personId"/>
    /// alone. Its content can only be a dialog (task module) with a URL — no cards — so it shows our
    /// own small page with the nudge's text, whose title says it too. Written as the Teams docs give
    /// the request ("Targeted meeting notification API"): Bot Framework 4.23's own model sends the
    /// surface and content type as "MeetingStage" / "Task" and, built with a value, no type at all.
    /// </summary>
    private TargetedNudge Notification(string personId, MeetingNudge nudge)
    {
        var (key, title) = nudge switch
        {
            MeetingNudge.OneMinuteLeft => ("one-minute-left", "1 minute left"),
            _ => ("your-questions", "Your questions for the interviewer"),
        };
        var page = new Uri(site.Value.PublicBaseUrl, NudgePagePath + "?say=" + key);
        var dialog = new JObject { ["title"] = title, ["height"] = 200, ["width"] = 400, ["url"] = page.AbsoluteUri };
        var stage = new JObject { ["surface"] = "meetingStage", ["contentType"] = "task", ["content"] = new JObject { ["value"] = dialog } };
        return new TargetedNudge { Value = new JObject { ["recipients"] = new JArray(personId), ["surfaces"] = new JArray(stage) } };
    }

    /// <summary>The request body of <c>POST v1/meetings/{id}/notification</c> for a targeted meeting notification.</summary>
    private sealed class TargetedNudge : MeetingNotificationBase
    {
        public TargetedNudge() => Type = "targetedMeetingNotification";

        [JsonProperty("value")]
        public JObject Value { get; init; } = [];
    }

    /// <summary>Runs <paramref name="call"/> in a proactive turn on the chat and lets its failure reach the caller (the adapter would swallow it).</summary>
    private async Task RunAsync(ChatAddress chat, BotCallbackHandler call, CancellationToken cancellationToken)
    {
        var reference = ChatAddresses.ToReference(chat);
        if (!serviceUrls.Allows(reference.ServiceUrl))
        {
            throw new InvalidOperationException($"Refusing to call service URL '{reference.ServiceUrl}': it is not an allowed Teams host.");
        }

        ExceptionDispatchInfo? failure = null;
        await adapter.ContinueConversationAsync(identity.AppId, reference, async (turn, ct) =>
        {
            try
            {
                await call(turn, ct).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken).ConfigureAwait(false);
        failure?.Throw();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams did not show the {Nudge} nudge (status {StatusCode}); the card carries it")]
    private static partial void LogRefused(ILogger logger, Exception exception, string nudge, int? statusCode);
}
