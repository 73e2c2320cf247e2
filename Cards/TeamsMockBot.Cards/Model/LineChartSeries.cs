namespace TeamsMockBot.Cards.Model;

/// <summary>One line of a <see cref="LineChart"/>: its legend, its points and optionally a Teams chart colour (e.g. <c>categoricalBlue</c>).</summary>
public sealed record LineChartSeries(string Legend, IReadOnlyList<LineChartPoint> Values)
{
    public string? Color { get; init; }
}
