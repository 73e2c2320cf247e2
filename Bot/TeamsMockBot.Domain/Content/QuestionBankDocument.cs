using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMockBot.Domain.Content;

/// <summary>A question bank file as written (format <c>teamsmockbot.questionbank</c>, version 1), before validation.</summary>
internal sealed class QuestionBankDocument
{
    public string? Format { get; init; }

    public int? FormatVersion { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<QuestionEntry?>? Questions { get; init; }

    /// <summary>Fields this version of the format does not define; refused, so a misspelt field is not silently ignored.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}
