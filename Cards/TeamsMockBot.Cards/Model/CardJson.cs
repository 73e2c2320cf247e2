using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>The one place that decides how our card model becomes Adaptive Card JSON.</summary>
internal static class CardJson
{
    private static readonly JsonSerializerOptions Compact = Create(indented: false);
    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static string Serialize(AdaptiveCard card, bool indented) =>
        JsonSerializer.Serialize(card, indented ? Indented : Compact);

    public static JsonNode ToNode(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, Compact) ?? throw new InvalidOperationException("A card never serializes to null.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Card JSON travels inside activity JSON, never inside HTML, so dashes and quotes stay
            // readable and small instead of becoming \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
