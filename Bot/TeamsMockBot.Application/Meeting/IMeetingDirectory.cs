using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The online meeting a chat belongs to, as the meeting platform knows it: its details and
/// organizer, a participant's role, and notifications shown inside the meeting. Implemented by the
/// Teams adapter (Teams meeting APIs). A chat that is no meeting's answers null or
/// <see cref="NudgeOutcome.NotAMeeting"/> without asking the platform.
/// </summary>
public interface IMeetingDirectory
{
    /// <summary>The meeting of <paramref name="chat"/> with its organizer; null when the chat is no meeting's.</summary>
    Task<MeetingDetails?> FindMeetingAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The role <paramref name="personId"/> has in the chat's meeting; <see cref="MeetingRole.Unknown"/> when the chat is no meeting's.</summary>
    Task<MeetingRole> RoleOfAsync(ChatAddress chat, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Shows <paramref name="nudge"/> to <paramref name="personId"/> alone, inside the chat's meeting.
    /// A refusal by the platform is a <see cref="NudgeOutcome"/>, not an exception.
    /// </summary>
    Task<NudgeOutcome> NudgeAsync(ChatAddress chat, string personId, MeetingNudge nudge, CancellationToken cancellationToken);
}
