using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>The wording of the three readiness calls, as written in a rubric file.</summary>
internal sealed class ReadinessLabelsEntry
{
    public string? NotYet { get; init; }

    public string? Almost { get; init; }

    public string? Ready { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
