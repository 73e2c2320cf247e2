using System.Collections;

namespace TeamsMockBot.AppPackage;

/// <summary>
/// Reads the values for the template: an optional env file (<c>NAME=value</c> lines, <c>#</c> comments)
/// overlaid by environment variables of the same names.
/// </summary>
public static class AppPackageValues
{
    public static IReadOnlyDictionary<string, string> Load(string? envFile, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (envFile is not null)
        {
            foreach (var (name, value) in ReadEnvFile(envFile))
            {
                values[name] = value;
            }
        }

        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && entry.Value is string value && !string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        return values;
    }

    public static IEnumerable<(string Name, string Value)> ReadEnvFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new AppPackageException($"Env file not found: {Path.GetFullPath(path)}");
        }

        var lineNumber = 0;
        foreach (var rawLine in File.ReadAllLines(path))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new AppPackageException($"{path}:{lineNumber}: expected NAME=value, got '{line}'.");
            }

            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            yield return (line[..equals].Trim(), value);
        }
    }
}
