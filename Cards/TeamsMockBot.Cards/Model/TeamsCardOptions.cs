namespace TeamsMockBot.Cards.Model;

/// <summary>The Teams-only <c>msteams</c> property; <c>Full</c> width gives forms and tables room.</summary>
public sealed class TeamsCardOptions
{
    public string Width { get; init; } = "Full";
}
