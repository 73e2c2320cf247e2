using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

public sealed record HistoryEntry(
    string SessionId, DateTimeOffset HeldAt, Track Track, string Focus, string InterviewerName, SessionStage Stage, Readiness? Readiness, double? OverallScore);
