namespace TeamsMockBot.Cards.Model;

/// <summary>A row of buttons inside the body, so buttons can sit next to what they act on.</summary>
public sealed class ActionSet(IReadOnlyList<CardAction> actions) : CardElement
{
    public IReadOnlyList<CardAction> Actions { get; } = actions;
}
