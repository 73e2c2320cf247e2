namespace TeamsMockBot.Domain.Sessions;

/// <summary>A person's role in the online meeting a session runs in, as the meeting platform reports it.</summary>
public enum MeetingRole
{
    /// <summary>Not reported, or a role this product does not know.</summary>
    Unknown,
    Attendee,
    Presenter,
    Organizer,
}
