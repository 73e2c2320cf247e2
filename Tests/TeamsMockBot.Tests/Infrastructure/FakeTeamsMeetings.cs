using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// The Teams meeting APIs as the captured connector answers them, with the payloads the Teams docs
/// give ("Meeting apps APIs": Get meeting details, Get participant, Targeted meeting notification;
/// see Tests/Contracts/PROVENANCE.md): meetings a test declares, their organizer and participants'
/// roles, and the status the notification endpoint answers with.
/// </summary>
public sealed class FakeTeamsMeetings
{
    private readonly ConcurrentDictionary<string, (string OrganizerId, string Title, string ChatId)> _meetings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string MeetingId, string ParticipantId), string> _roles = new();

    /// <summary>What <c>POST v1/meetings/{id}/notification</c> answers: 202 Accepted unless a test makes Teams refuse.</summary>
    public HttpStatusCode NotificationStatus { get; set; } = HttpStatusCode.Accepted;

    /// <summary>When set, the notification endpoint never answers (Teams hanging) until the caller gives up.</summary>
    public bool NotificationHangs { get; set; }

    public void Add(string meetingId, string organizerId, string chatId, string title = "Mock interview") => _meetings[meetingId] = (organizerId, title, chatId);

    public void SetRole(string meetingId, string participantId, string role) => _roles[(meetingId, participantId)] = role;

    /// <summary>The answer to a call under <c>/v1/meetings/</c>, or null when the path is not a meeting API.</summary>
    public (HttpStatusCode Status, JsonObject? Body)? Answer(string method, string path, string query)
    {
        var at = path.IndexOf("/v1/meetings/", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var parts = path[(at + "/v1/meetings/".Length)..].Split('/');
        var meetingId = Uri.UnescapeDataString(parts[0]);
        if (!_meetings.TryGetValue(meetingId, out var meeting))
        {
            return (HttpStatusCode.NotFound, Error("NotFound", "The meeting was not found."));
        }

        return (method, parts.Length) switch
        {
            ("GET", 1) => (HttpStatusCode.OK, Details(meetingId, meeting)),
            ("GET", 3) when parts[1] == "participants" => Participant(meetingId, Uri.UnescapeDataString(parts[2]), meeting.ChatId, query),
            ("POST", 2) when parts[1] == "notification" => ((HttpStatusCode, JsonObject?))(NotificationStatus, NotificationStatus == HttpStatusCode.Accepted ? null : Error("Forbidden", "Bot is not allowed to send the notification.")),
            _ => (HttpStatusCode.NotFound, Error("NotFound", $"{method} {path}")),
        };
    }

    // "Get meeting details API", scheduled meeting.
    private static JsonObject Details(string meetingId, (string OrganizerId, string Title, string ChatId) meeting) => new()
    {
        ["details"] = new JsonObject
        {
            ["id"] = meetingId,
            ["msGraphResourceId"] = "MSo" + meetingId,
            ["scheduledStartTime"] = "2026-11-25T15:00:00Z",
            ["scheduledEndTime"] = "2026-11-25T16:00:00Z",
            ["joinUrl"] = "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(meeting.ChatId),
            ["title"] = meeting.Title,
            ["type"] = "Scheduled",
        },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["id"] = meeting.ChatId },
        ["organizer"] = new JsonObject
        {
            ["id"] = meeting.OrganizerId,
            ["aadObjectId"] = "aad-" + meeting.OrganizerId,
            ["objectId"] = "aad-" + meeting.OrganizerId,
            ["tenantId"] = TeamsActivities.TenantId,
        },
    };

    // "Get participant API": the tenant id is a required query parameter.
    private (HttpStatusCode, JsonObject?) Participant(string meetingId, string participantId, string chatId, string query)
    {
        if (!query.Contains("tenantId=", StringComparison.Ordinal))
        {
            return (HttpStatusCode.BadRequest, Error("BadRequest", "tenantId is required."));
        }

        if (!_roles.TryGetValue((meetingId, participantId), out var role))
        {
            return (HttpStatusCode.NotFound, Error("NotFound", "The participant was not found."));
        }

        return (HttpStatusCode.OK, new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = participantId, ["aadObjectId"] = "aad-" + participantId, ["name"] = participantId, ["tenantId"] = TeamsActivities.TenantId, ["userRole"] = "user" },
            ["meeting"] = new JsonObject { ["role"] = role, ["inMeeting"] = true },
            ["conversation"] = new JsonObject { ["id"] = chatId, ["conversationType"] = "groupChat", ["isGroup"] = true },
        });
    }

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
