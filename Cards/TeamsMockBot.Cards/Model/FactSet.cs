namespace TeamsMockBot.Cards.Model;

/// <summary>Name/value pairs shown as a two-column list.</summary>
public sealed class FactSet(IReadOnlyList<Fact> facts) : CardElement
{
    public IReadOnlyList<Fact> Facts { get; } = facts;
}
