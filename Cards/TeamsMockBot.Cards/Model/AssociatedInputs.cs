using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Which inputs an <see cref="ExecuteAction"/> sends. The 1.5 schema spells these with a capital
/// letter, unlike every other enum, hence the explicit names.
/// </summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("None")]
    None,
}
