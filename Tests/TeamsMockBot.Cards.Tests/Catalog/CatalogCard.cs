using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>One card in one state, and who may receive it.</summary>
public sealed record CatalogCard(string Name, AdaptiveCard Card, CardAudience Audience)
{
    public override string ToString() => Name;
}
