using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Models;

/// <summary>One session's delivery analytics for the student; <see cref="FileName"/> is the name of the file they sent (typed by a person).</summary>
public sealed record DeliveryAnalyticsCardModel(string SessionId, DateTimeOffset HeldAt, Track Track, DeliveryAnalytics Analytics, string? FileName);
