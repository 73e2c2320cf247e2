using System.Globalization;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Teams;

/// <summary>
/// Teams meeting event activities to our <see cref="MeetingEvent"/>. Payload shapes follow the Teams
/// docs ("Meeting apps APIs"; examples in Tests/Contracts/teams-activities/), whose examples spell the
/// value's keys in more than one casing, so keys are read case-insensitively. Anything malformed is
/// dropped here rather than reaching a use case.
/// </summary>
internal static class MeetingActivities
{
    public const string Start = "application/vnd.microsoft.meetingStart";
    public const string End = "application/vnd.microsoft.meetingEnd";
    public const string ParticipantJoin = "application/vnd.microsoft.meetingParticipantJoin";
    public const string ParticipantLeave = "application/vnd.microsoft.meetingParticipantLeave";

    /// <summary>One report names the people who joined or left at one moment; more than a meeting's roster is not a real report.</summary>
    private const int MaxMembers = 1000;

    /// <summary>The meeting event the activity reports, or null when it is not a Teams meeting event.</summary>
    public static MeetingEvent? Read(IActivity activity, DateTimeOffset now)
    {
        if (activity.Type != ActivityTypes.Event || activity.ChannelId != Channels.Msteams || KindOf(activity.AsEventActivity().Name) is not { } kind)
        {
            return null;
        }

        var value = activity.AsEventActivity().Value as JObject;
        var reported = kind switch
        {
            MeetingEventKind.Started => TimeOf(value, "StartTime"),
            MeetingEventKind.Ended => TimeOf(value, "EndTime"),
            _ => null,
        };
        var members = kind is MeetingEventKind.ParticipantsJoined or MeetingEventKind.ParticipantsLeft ? MembersOf(value) : [];
        return new MeetingEvent(kind, MeetingIdOf(activity) ?? string.Empty, reported ?? activity.Timestamp ?? now, members);
    }

    /// <summary>
    /// The meeting of the activity's chat: from the channel data, as the docs ask; a meeting event
    /// without it (the 2023 docs example) names its meeting in its value.
    /// </summary>
    public static string? MeetingIdOf(IActivity activity)
    {
        if (activity.ChannelId == Channels.Msteams && activity.TeamsGetMeetingInfo()?.Id is { Length: > 0 } id)
        {
            return id;
        }

        return activity.Type == ActivityTypes.Event && KindOf(activity.AsEventActivity().Name) is not null
            && activity.AsEventActivity().Value is JObject value && Text(value, "Id") is { Length: > 0 } eventId
            ? eventId
            : null;
    }

    private static MeetingEventKind? KindOf(string? name) => name switch
    {
        Start => MeetingEventKind.Started,
        End => MeetingEventKind.Ended,
        ParticipantJoin => MeetingEventKind.ParticipantsJoined,
        ParticipantLeave => MeetingEventKind.ParticipantsLeft,
        _ => null,
    };

    private static List<MeetingMember> MembersOf(JObject? value)
    {
        var members = new List<MeetingMember>();
        if (value?.GetValue("members", StringComparison.OrdinalIgnoreCase) is not JArray list)
        {
            return members;
        }

        foreach (var member in list.OfType<JObject>().Take(MaxMembers))
        {
            if (member.GetValue("user", StringComparison.OrdinalIgnoreCase) is JObject user && Text(user, "id") is { Length: > 0 } id)
            {
                var meeting = member.GetValue("meeting", StringComparison.OrdinalIgnoreCase) as JObject;
                members.Add(new MeetingMember(new Participant(id, Text(user, "name") ?? "Someone"), RoleOf(meeting is null ? null : Text(meeting, "role"))));
            }
        }

        return members;
    }

    /// <summary>Teams' meeting role names (e.g. "Organizer", "Presenter", "Attendee") to ours; anything else is unknown.</summary>
    public static MeetingRole RoleOf(string? role) =>
        role is { Length: > 0 } && role.Trim().All(char.IsAsciiLetter) && Enum.TryParse<MeetingRole>(role.Trim(), ignoreCase: true, out var parsed) ? parsed : MeetingRole.Unknown;

    /// <summary>Newtonsoft has usually turned the ISO text into a date already; a string is parsed as UTC unless it says otherwise.</summary>
    private static DateTimeOffset? TimeOf(JObject? value, string name) =>
        (value?.GetValue(name, StringComparison.OrdinalIgnoreCase) as JValue)?.Value switch
        {
            DateTimeOffset time => time.ToUniversalTime(),
            DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()),
            string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed.ToUniversalTime(),
            _ => null,
        };

    private static string? Text(JObject json, string name) =>
        json.GetValue(name, StringComparison.OrdinalIgnoreCase) is JValue { Type: JTokenType.String } text ? (string?)text : null;
}
