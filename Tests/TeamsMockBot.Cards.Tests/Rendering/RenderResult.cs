namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>What the JS renderer reported for one card; see host/host.js.</summary>
public sealed record RenderResult(
    IReadOnlyList<RenderEvent> ParseEvents,
    IReadOnlyList<RenderEvent> ValidationEvents,
    bool Rendered,
    int TextBlocks,
    IReadOnlyList<string> Buttons,
    IReadOnlyList<string> Texts);
