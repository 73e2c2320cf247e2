namespace TeamsMockBot.Cards.Model;

/// <summary>Semantic background of a container; the host maps it to its theme.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
