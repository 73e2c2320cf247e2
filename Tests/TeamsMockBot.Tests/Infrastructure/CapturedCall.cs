using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>One call the bot made to the Teams connector (the Bot Framework REST API on serviceUrl), the status it was answered with, and when (the host's clock).</summary>
public sealed record CapturedCall(string Method, string Path, JsonNode? Body, int StatusCode = 200, DateTimeOffset At = default)
{
    /// <summary>Teams took it (2xx); a refused call is recorded too, with its status.</summary>
    public bool Accepted => StatusCode is >= 200 and < 300;

    /// <summary>The Adaptive Card in the activity body, if any.</summary>
    public JsonNode? Card => Body?["attachments"]?[0]?["content"];

    public string CardText => Card?.ToJsonString() ?? string.Empty;

    /// <summary>The decoded conversation id in <c>/v3/conversations/{id}/...</c>.</summary>
    public string? ConversationId
    {
        get
        {
            var parts = Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var at = Array.IndexOf(parts, "conversations");
            return at >= 0 && at + 1 < parts.Length ? Uri.UnescapeDataString(parts[at + 1]) : null;
        }
    }
}
