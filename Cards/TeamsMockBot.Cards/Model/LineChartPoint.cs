namespace TeamsMockBot.Cards.Model;

/// <summary>A point of a <see cref="LineChartSeries"/>: <see cref="X"/> a label (a date), <see cref="Y"/> the value.</summary>
public sealed record LineChartPoint(string X, double Y);
