namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Teams' <c>Chart.Line</c> element ("Charts in Adaptive Cards", Microsoft Teams docs): one line per
/// <see cref="LineChartSeries"/>. It is a Teams extension outside the Adaptive Card 1.5 schema, and
/// clients that do not draw charts (the JS renderer, older Teams clients) show <see cref="Fallback"/>
/// instead, so every chart carries one that says the same thing in words.
/// </summary>
public sealed class LineChart(IReadOnlyList<LineChartSeries> data, CardElement fallback) : CardElement
{
    public const string ElementType = "Chart.Line";

    public string? Title { get; init; }

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    public IReadOnlyList<LineChartSeries> Data { get; } = data;

    public CardElement Fallback { get; } = fallback ?? throw new ArgumentNullException(nameof(fallback));
}
