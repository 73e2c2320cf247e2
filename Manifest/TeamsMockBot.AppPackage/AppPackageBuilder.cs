using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.AppPackage;

/// <summary>
/// Template + values → validated manifest.json → appPackage.zip with manifest.json and the two
/// icons at the zip root. Nothing is written unless the manifest passes every check.
/// </summary>
public sealed class AppPackageBuilder(ManifestValidator validator)
{
    public const string TemplateFileName = "manifest.template.json";

    /// <summary>Zip entry times are fixed so the same inputs give the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ManifestValidator _validator = validator ?? throw new ArgumentNullException(nameof(validator));

    /// <summary>Renders and validates the manifest; returns the package files by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Prepare(string manifestDirectory, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(manifestDirectory);
        ArgumentNullException.ThrowIfNull(values);
        var templatePath = Path.Combine(manifestDirectory, TemplateFileName);
        if (!File.Exists(templatePath))
        {
            throw new AppPackageException($"Manifest template not found: {Path.GetFullPath(templatePath)}");
        }

        var manifestJson = new ManifestTemplate(File.ReadAllText(templatePath)).Render(values);
        CheckBotDomain(values);

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = Encoding.UTF8.GetBytes(manifestJson),
        };
        foreach (var icon in IconFileNames(manifestJson))
        {
            var path = Path.Combine(manifestDirectory, icon);
            if (File.Exists(path) && !files.ContainsKey(icon))
            {
                files[icon] = File.ReadAllBytes(path);
            }
        }

        var problems = _validator.Validate(manifestJson, files, values.GetValueOrDefault("BOT_ID", string.Empty));
        if (problems.Count > 0)
        {
            throw new AppPackageException(problems.Select(p => $"manifest.json {p}").ToArray());
        }

        return files;
    }

    public void Build(string manifestDirectory, IReadOnlyDictionary<string, string> values, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        var files = Prepare(manifestDirectory, values);
        var fullOutput = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);
        var temp = fullOutput + ".tmp";
        using (var stream = File.Create(temp))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var entryStream = entry.Open();
                entryStream.Write(bytes);
            }
        }

        File.Move(temp, fullOutput, overwrite: true);
    }

    private static void CheckBotDomain(IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue("BOT_DOMAIN", out var domain) && Uri.CheckHostName(domain.Trim()) != UriHostNameType.Dns)
        {
            throw new AppPackageException($"BOT_DOMAIN must be a host name such as mockbot.azurewebsites.net (no https://, port or path), got \"{domain}\".");
        }
    }

    private static IEnumerable<string> IconFileNames(string manifestJson)
    {
        JsonNode? icons;
        try
        {
            icons = JsonNode.Parse(manifestJson)?["icons"];
        }
        catch (System.Text.Json.JsonException)
        {
            yield break; // the validator reports invalid JSON
        }

        foreach (var kind in new[] { "color", "outline", "color32x32" })
        {
            if (icons?[kind] is JsonValue v && v.TryGetValue<string>(out var name) && IsPlainFileName(name))
            {
                yield return name;
            }
        }
    }

    private static bool IsPlainFileName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name != "." && name != "..";
}
