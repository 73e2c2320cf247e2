namespace TeamsMockBot.Application.Meeting;

/// <summary>The caller is proven, but the session is not theirs (or the action is the interviewer's). The message is for the person.</summary>
public sealed class PanelAccessDeniedException(string message) : Exception(message);
