namespace TeamsMockBot.Cards.Model;

/// <summary>Columns side by side; our only way to draw a table in a 1.5 card.</summary>
public sealed class ColumnSet(IReadOnlyList<Column> columns) : CardElement
{
    public IReadOnlyList<Column> Columns { get; } = columns;

    public ContainerStyle? Style { get; init; }
}
