using System.Text.Json;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Storage;

/// <summary>The body of a timer queue message: which session, and the due timer it was queued for (its version).</summary>
public sealed record TimerMessage(string SessionId, DueTimer Due)
{
    public string ToJson() => JsonSerializer.Serialize(this, StoreJson.Options);

    /// <summary>The message, or null when the body is not one (a stray or damaged message).</summary>
    public static TimerMessage? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<TimerMessage>(body, StoreJson.Options) is { SessionId.Length: > 0, Due: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
