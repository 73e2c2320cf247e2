using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>A rubric file as written (format <c>teamsmockbot.rubric</c>, version 1), before validation.</summary>
internal sealed class RubricDocument
{
    public string? Format { get; init; }

    public int? FormatVersion { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The general competencies: every track is rated on these.</summary>
    public IReadOnlyList<CompetencyEntry?>? Competencies { get; init; }

    /// <summary>Competencies that only some tracks add.</summary>
    public IReadOnlyList<TrackCompetenciesEntry?>? Tracks { get; init; }

    public ReadinessLabelsEntry? ReadinessLabels { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
