namespace TeamsMockBot.Cards.Model;

/// <summary>Vertical alignment of a column's content.</summary>
public enum VerticalContentAlignment
{
    Top,
    Center,
    Bottom,
}
