namespace TeamsMockBot.Cards.Model;

/// <summary>Button emphasis: Positive for the main step, Destructive for what cannot be undone.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
