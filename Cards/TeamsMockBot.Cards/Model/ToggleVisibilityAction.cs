namespace TeamsMockBot.Cards.Model;

/// <summary>Shows or hides elements by id on the client, with no round trip to the bot.</summary>
public sealed class ToggleVisibilityAction(string title, IReadOnlyList<string> targetElements) : CardAction(title)
{
    public IReadOnlyList<string> TargetElements { get; } = targetElements;
}
