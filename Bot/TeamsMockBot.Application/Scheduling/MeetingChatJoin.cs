namespace TeamsMockBot.Application.Scheduling;

/// <summary>Whether the bot got itself into a booked meeting's chat, so the in-meeting cards work there.</summary>
public enum MeetingChatJoin
{
    /// <summary>Installed now, or it already was.</summary>
    Joined,
    /// <summary>The calendar's credential may not install apps in chats; the organizer adds the app themselves.</summary>
    NotPermitted,
    /// <summary>There is no meeting chat (offline booking).</summary>
    NoChat,
}
