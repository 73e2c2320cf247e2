using System.Text.Json;

namespace TeamsMockBot.Teams;

/// <summary>
/// The shape every activity from Teams has, checked at the door before Bot Framework reads it: the SDK
/// casts and dereferences these fields without checking (a string <c>channelData</c>, a missing
/// <c>conversation</c>, a number as <c>tenant</c> or an id with a line break made it throw, and the
/// request end in a 500). Anything else in the body is left to the use cases, which answer bad data with a card.
/// </summary>
public static class ActivityShape
{
    /// <summary>Why <paramref name="root"/> is not an activity the bot can answer, or null when it is.</summary>
    public static string? Problem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "not a JSON object";
        }

        if (!AllTextDecodes(root))
        {
            return "text that is not valid Unicode";
        }

        var type = Id(root, "type");
        if (type is null)
        {
            return "no type";
        }

        foreach (var (parent, name) in new[] { ("from", "id"), ("conversation", "id") })
        {
            if (!root.TryGetProperty(parent, out var account) || account.ValueKind != JsonValueKind.Object || Id(account, name) is null)
            {
                return $"no {parent}.{name}";
            }
        }

        foreach (var name in new[] { "id", "replyToId", "channelId", "serviceUrl", "name" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null && Id(root, name) is null)
            {
                return $"{name} is not a one-line string";
            }
        }

        foreach (var name in new[] { "recipient", "channelData", "conversation", "from" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return $"{name} is not an object";
            }
        }

        if (root.TryGetProperty("recipient", out var recipient) && recipient.ValueKind == JsonValueKind.Object
            && recipient.TryGetProperty("id", out var recipientId) && recipientId.ValueKind != JsonValueKind.Null && Id(recipient, "id") is null)
        {
            return "recipient.id is not a one-line string";
        }

        if (root.TryGetProperty("conversation", out var conversation) && !IsStringOrAbsent(conversation, "tenantId"))
        {
            return "conversation.tenantId is not a string";
        }

        if (root.TryGetProperty("channelData", out var channelData) && channelData.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in new[] { "tenant", "meeting", "team", "channel" })
            {
                if (channelData.TryGetProperty(name, out var part) && part.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return $"channelData.{name} is not an object";
                }

                if (part.ValueKind == JsonValueKind.Object && !IsStringOrAbsent(part, "id"))
                {
                    return $"channelData.{name}.id is not a string";
                }
            }
        }

        foreach (var name in new[] { "entities", "membersAdded", "membersRemoved", "attachments" })
        {
            if (root.TryGetProperty(name, out var list) && list.ValueKind != JsonValueKind.Null
                && (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object)))
            {
                return $"{name} is not a list of objects";
            }
        }

        foreach (var name in new[] { "membersAdded", "membersRemoved" })
        {
            if (root.TryGetProperty(name, out var members) && members.ValueKind == JsonValueKind.Array && members.EnumerateArray().Any(m => Id(m, "id") is null))
            {
                return $"a member in {name} has no id";
            }
        }

        // Invokes and events carry an object (or nothing); the SDK turns anything else into an exception.
        if (type is "invoke" or "event" && root.TryGetProperty("value", out var payload) && payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return "value is not an object";
        }

        return null;
    }

    /// <summary>A non-empty string with no control characters (ids end up in URLs and headers), or null.</summary>
    private static string? Id(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text && !text.Any(char.IsControl)
            ? text
            : null;

    private static bool IsStringOrAbsent(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.String or JsonValueKind.Null;

    /// <summary>False when a string or a property name is not valid UTF-16 (a lone surrogate): System.Text.Json refuses to read those, and Teams never sends them.</summary>
    private static bool AllTextDecodes(JsonElement root)
    {
        try
        {
            Read(root);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static void Read(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Read(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Read(item);
                    }

                    break;
            }
        }
    }
}
