namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>A parse or validation event of the JS renderer, with its enum values spelled out.</summary>
public sealed record RenderEvent(string Phase, string Event, string Message, string Source)
{
    public override string ToString() => $"{Phase}/{Event} on {Source}: {Message}";
}
