namespace TeamsMockBot.Cards.Model;

/// <summary>Semantic text colors; the host maps them to its theme (light, dark, high contrast).</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
