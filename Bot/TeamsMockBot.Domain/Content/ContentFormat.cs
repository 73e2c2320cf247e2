using System.Text.Json;

namespace TeamsMockBot.Domain.Content;

/// <summary>
/// What every content file shares: a <c>format</c> name and a <c>formatVersion</c>, checked before
/// anything else so that a file of another kind, or of a version this bot does not know, is refused
/// with that reason rather than with whatever its fields happen to break.
/// </summary>
internal static class ContentFormat
{
    public const string QuestionBank = "teamsmockbot.questionbank";
    public const string Rubric = "teamsmockbot.rubric";
    public const string Quiz = "teamsmockbot.quiz";

    /// <summary>The only version of both formats that this bot reads.</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>The document in <paramref name="json"/>, after checking it is <paramref name="format"/> at <see cref="Version"/>.</summary>
    public static T Read<T>(string file, string json, string format)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            CheckHeader(file, json, format);
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw Refused(file, "the file is empty (null)");
        }
        catch (JsonException e)
        {
            throw new InvalidContentException(file, [$"not readable as {format}{Where(e)}: {What(e)}."], e);
        }
    }

    private static void CheckHeader(string file, string json, string format)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw Refused(file, "the file must hold one JSON object");
        }

        var root = document.RootElement;
        var actual = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (!string.Equals(actual, format, StringComparison.Ordinal))
        {
            throw Refused(file, actual is null
                ? $"\"format\" is missing; it must be \"{format}\""
                : $"\"format\" is \"{actual}\", but this file must be \"{format}\"");
        }

        if (!root.TryGetProperty("formatVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
        {
            throw Refused(file, $"\"formatVersion\" is missing or not a whole number; this bot reads version {Version}");
        }

        if (version != Version)
        {
            throw Refused(file, $"\"formatVersion\" is {version}, but this bot reads version {Version} of {format}");
        }
    }

    /// <summary>" at $.questions[3].minutes (line 41)": the serializer counts lines from 0, people from 1.</summary>
    private static string Where(JsonException e) =>
        (e.Path is null ? string.Empty : $" at {e.Path}") + (e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty);

    /// <summary>The serializer's own sentence without the position it appends, which <see cref="Where"/> already gives.</summary>
    private static string What(JsonException e)
    {
        var cuts = new[] { e.Message.IndexOf(" Path: ", StringComparison.Ordinal), e.Message.IndexOf(" LineNumber: ", StringComparison.Ordinal) };
        var cut = cuts.Where(c => c >= 0).DefaultIfEmpty(e.Message.Length).Min();
        var message = e.Message[..cut];
        return message.Length > 0 && message[^1] == '.' ? message[..^1] : message;
    }

    private static InvalidContentException Refused(string file, string problem) => new(file, [$"{problem}."]);
}
