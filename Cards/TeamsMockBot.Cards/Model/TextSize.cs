namespace TeamsMockBot.Cards.Model;

/// <summary>Font size of a TextBlock.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
