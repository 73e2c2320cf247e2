namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>What the renderer made of a card's hostile person-typed text; see host/host.js <c>inspectTypedText</c>.</summary>
public sealed record TypedTextReport(
    bool Rendered,
    IReadOnlyList<RenderEvent> ParseEvents,
    IReadOnlyList<TypedTextPlacement> Placements,
    IReadOnlyList<string> Formatted,
    string Text,
    int Scripts);

/// <summary>One text node holding the marker, and whether it sits in a literal text run or a choice list.</summary>
public sealed record TypedTextPlacement(bool InTextRun, bool InChoice, string Element);
