using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>One competency of a rubric file, as written. <see cref="Levels"/> is keyed by rating, "1" to "4".</summary>
internal sealed class CompetencyEntry
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyDictionary<string, string?>? Levels { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
