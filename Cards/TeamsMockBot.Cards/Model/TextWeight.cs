namespace TeamsMockBot.Cards.Model;

/// <summary>Font weight of a TextBlock.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
