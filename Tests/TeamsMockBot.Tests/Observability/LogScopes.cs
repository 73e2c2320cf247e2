using Microsoft.Extensions.Logging.Testing;

namespace TeamsMockBot.Tests.Observability;

/// <summary>Reads the key/value pairs of all scopes a log record was written in (inner scopes win).</summary>
public static class LogScopes
{
    public static IReadOnlyDictionary<string, object?> Of(FakeLogRecord record)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var scope in record.Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>())
        {
            foreach (var (key, value) in scope)
            {
                values[key] = value;
            }
        }

        return values;
    }

    public static string? Text(FakeLogRecord record, string key) => Of(record).TryGetValue(key, out var value) ? value?.ToString() : null;
}
