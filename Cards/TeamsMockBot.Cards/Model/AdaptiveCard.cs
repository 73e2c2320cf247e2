using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>
/// A top-level Adaptive Card. Always version 1.5: the newest schema Teams renders.
/// </summary>
public sealed class AdaptiveCard(IReadOnlyList<CardElement> body)
{
    public const string CardVersion = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema { get; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; } = CardVersion;

    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; } = body;

    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions MsTeams { get; init; } = new();

    /// <summary>The card as compact JSON, ready to be the content of a card attachment.</summary>
    public string ToJson() => CardJson.Serialize(this, indented: false);

    /// <summary>The card as indented JSON, for golden files and logs.</summary>
    public string ToIndentedJson() => CardJson.Serialize(this, indented: true);

    public JsonNode ToJsonNode() => CardJson.ToNode(this);
}
