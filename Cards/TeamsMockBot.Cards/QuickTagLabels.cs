using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>The quick tags' words as the card shows them, for other surfaces (the meeting side panel) to say the same.</summary>
public static class QuickTagLabels
{
    public static string Of(QuickTag tag) => Wording.QuickTag(tag);
}
