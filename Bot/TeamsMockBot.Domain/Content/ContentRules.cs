using System.Text.Json;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Content;

/// <summary>Rules both content formats share: what an id may look like, how a track is named, no unknown fields.</summary>
internal static class ContentRules
{
    /// <summary>Ids end up in chat commands, card input names and stored documents, so they stay short and plain.</summary>
    public const int MaxIdLength = 40;

    public static string TrackNames { get; } = string.Join(", ", Enum.GetNames<Track>());

    /// <summary>Letters, digits, '-' and '_', starting with a letter or digit, at most <see cref="MaxIdLength"/> characters.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength }
        && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string IdRule => $"ids may hold only letters, digits, '-' and '_', start with a letter or digit and have at most {MaxIdLength} characters";

    /// <summary>A track is named exactly as the bot names it (<c>SystemDesign</c>); numbers are not accepted.</summary>
    public static bool TryTrack(string? name, out Track track)
    {
        track = default;
        return name is not null && Enum.GetNames<Track>().Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, out track);
    }

    public static string Quote(string? value) => value is null ? "(missing)" : $"\"{value}\"";

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    public static void CheckUnknownFields(ContentProblems problems, string item, Dictionary<string, JsonElement>? unknown, string known)
    {
        foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            problems.Add(item, $"has a field \"{name}\" that formatVersion 1 does not define (fields are {known}; names are case-sensitive)");
        }
    }

    /// <summary>
    /// What every entry of a list must pass before its own fields are read: present, a valid id, no
    /// unknown fields, an id not seen before. Returns how problems name the entry (e.g. "question 'beh-01'"),
    /// or null when the entry cannot be read further.
    /// </summary>
    public static string? CheckEntry(
        ContentProblems problems, string position, string kind, string? id, Dictionary<string, JsonElement>? unknown, string known,
        Dictionary<string, string> ids, string where, string why)
    {
        if (!IsValidId(id))
        {
            problems.Add(position, id is null ? "has no \"id\"" : $"id {Quote(id)} is not valid: {IdRule}");
            return null;
        }

        var item = $"{kind} '{id}'";
        CheckUnknownFields(problems, item, unknown, known);
        if (!ids.TryAdd(id!, $"{position} ('{id}')"))
        {
            problems.Add(item, $"the id appears more than once{where}, first at {ids[id!]} (ids are compared ignoring case, {why})");
        }

        return item;
    }
}
