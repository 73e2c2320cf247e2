using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>The competencies one track adds to the general ones, as written in a rubric file.</summary>
internal sealed class TrackCompetenciesEntry
{
    public string? Track { get; init; }

    public IReadOnlyList<CompetencyEntry?>? Competencies { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
