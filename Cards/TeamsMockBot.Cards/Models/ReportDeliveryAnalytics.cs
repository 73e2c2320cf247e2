namespace TeamsMockBot.Cards.Models;

/// <summary>
/// How the student spoke, from the meeting transcript (issue 11 §5; filled by the analytics use
/// case, not by the feedback lane). Each measure is our own wording, e.g. "Pace" · "152 words a
/// minute" · "conversational pace is about 120–160".
/// </summary>
public sealed record ReportDeliveryAnalytics(IReadOnlyList<ReportMeasure> Measures, string? Source = null);
