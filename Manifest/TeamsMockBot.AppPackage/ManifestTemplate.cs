using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamsMockBot.AppPackage;

/// <summary>
/// The manifest template: JSON text with <c>${{NAME}}</c> placeholders inside string values.
/// The placeholders are whatever the template contains; every one of them must get a value.
/// </summary>
public sealed partial class ManifestTemplate
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _text;

    public ManifestTemplate(string text)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        Placeholders = PlaceholderPattern().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Names used in the template, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Substitutes every placeholder; throws naming each value that is missing or empty.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var missing = Placeholders.Where(name => !values.TryGetValue(name, out var v) || string.IsNullOrWhiteSpace(v)).ToArray();
        if (missing.Length > 0)
        {
            throw new AppPackageException(missing
                .Select(name => $"Missing value {name}: set the environment variable {name} or add {name}=... to the env file (see Manifest/app.env.example).")
                .ToArray());
        }

        var rendered = PlaceholderPattern().Replace(_text, m => JsonEscape(values[m.Groups["name"].Value].Trim()));
        var leftover = LeftoverPattern().Match(rendered);
        if (leftover.Success)
        {
            throw new AppPackageException($"Malformed placeholder near '{leftover.Value}': write placeholders as ${{{{UPPER_CASE_NAME}}}}.");
        }

        return rendered;
    }

    private static string JsonEscape(string value)
    {
        var quoted = JsonSerializer.Serialize(value, JsonOptions);
        return quoted[1..^1];
    }

    [GeneratedRegex(@"\$\{\{(?<name>[A-Z][A-Z0-9_]*)\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\$\{\{[^\r\n""]{0,40}")]
    private static partial Regex LeftoverPattern();
}
