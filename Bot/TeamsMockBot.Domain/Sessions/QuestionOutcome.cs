namespace TeamsMockBot.Domain.Sessions;

public enum QuestionOutcome
{
    Pending,
    Current,
    Asked,
    Skipped,
}
