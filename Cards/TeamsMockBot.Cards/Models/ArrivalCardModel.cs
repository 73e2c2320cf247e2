namespace TeamsMockBot.Cards.Models;

/// <summary>The 10-minute reminder: the join link (or where the mock runs offline) and "I'm here".</summary>
public sealed record ArrivalCardModel(string SessionId, string InterviewerName, DateTimeOffset Start, Uri? JoinUrl);
