namespace TeamsMockBot.Application.History;

public sealed record StudentHistoryItem(string SessionId, DateTimeOffset CreatedAt, string Role, IReadOnlyList<string> QuestionIds)
{
    public const string CandidateRole = "candidate";
    public const string InterviewerRole = "interviewer";
}
