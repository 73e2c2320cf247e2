namespace TeamsMockBot.Domain.Sessions;

/// <summary>Who interviews whom. In <see cref="SoloPractice"/> the bot asks and times, and the student self-assesses.</summary>
public enum InterviewFormat
{
    MentorLed,
    Peer,
    FriendPractice,
    SoloPractice,
}
