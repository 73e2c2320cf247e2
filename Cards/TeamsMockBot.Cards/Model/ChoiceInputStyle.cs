namespace TeamsMockBot.Cards.Model;

/// <summary>Compact is a dropdown; Expanded shows every option as a radio button.</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}
