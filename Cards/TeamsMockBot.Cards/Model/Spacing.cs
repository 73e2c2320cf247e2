namespace TeamsMockBot.Cards.Model;

/// <summary>Space above an element; hosts pick the pixels. Written in camelCase.</summary>
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
