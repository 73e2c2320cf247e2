namespace TeamsMockBot.Cards.Models;

/// <summary>One line of <see cref="ReportDeliveryAnalytics"/>: what, the student's figure and, if known, the reference range.</summary>
public sealed record ReportMeasure(string Label, string Value, string? Reference = null);
