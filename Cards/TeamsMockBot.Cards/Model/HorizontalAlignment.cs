namespace TeamsMockBot.Cards.Model;

/// <summary>Horizontal alignment of text.</summary>
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
