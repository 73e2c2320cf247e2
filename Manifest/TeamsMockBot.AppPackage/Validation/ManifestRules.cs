using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsMockBot.AppPackage.Png;

namespace TeamsMockBot.AppPackage.Validation;

/// <summary>
/// Checks that Teams' app validation applies but the JSON schema cannot express. Each problem names
/// the field it is about, in the same path form as the schema errors (e.g. <c>bots[0].botId</c>).
/// </summary>
public static partial class ManifestRules
{
    /// <summary>Teams shows bot command menus with titles up to 32 characters and descriptions up to 128
    /// (the v1.29 schema itself allows 128 / 4000; earlier schemas and the command menu use 32 / 128).</summary>
    public const int BotCommandTitleMax = 32;

    public const int BotCommandDescriptionMax = 128;

    public const int ColorIconSize = 192;

    public const int OutlineIconSize = 32;

    public static IReadOnlyList<ManifestProblem> Check(
        JsonObject manifest,
        IReadOnlyDictionary<string, byte[]> packageFiles,
        string expectedBotId,
        string manifestVersion)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(packageFiles);
        var problems = new List<ManifestProblem>();
        CheckManifestVersion(manifest, manifestVersion, problems);
        CheckAppId(manifest, problems);
        CheckVersion(manifest, problems);
        CheckBotIds(manifest, expectedBotId, problems);
        var validDomains = CheckValidDomains(manifest, problems);
        CheckTabUrls(manifest, validDomains, problems);
        CheckBotCommands(manifest, problems);
        CheckIcons(manifest, packageFiles, problems);
        return problems;
    }

    private static void CheckManifestVersion(JsonObject manifest, string expected, List<ManifestProblem> problems)
    {
        var actual = StringAt(manifest, "manifestVersion");
        if (actual != expected)
        {
            problems.Add(new("manifestVersion", $"must be \"{expected}\" (the schema's const), got {Show(actual)}"));
        }
    }

    private static void CheckAppId(JsonObject manifest, List<ManifestProblem> problems)
    {
        var id = StringAt(manifest, "id");
        if (!Guid.TryParseExact(id, "D", out _))
        {
            problems.Add(new("id", $"must be a GUID like 00000000-0000-0000-0000-000000000000, got {Show(id)}"));
        }
    }

    private static void CheckVersion(JsonObject manifest, List<ManifestProblem> problems)
    {
        var version = StringAt(manifest, "version");
        if (version is null || !SemVer().IsMatch(version))
        {
            problems.Add(new("version", $"must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0, got {Show(version)}"));
        }
    }

    private static void CheckBotIds(JsonObject manifest, string expectedBotId, List<ManifestProblem> problems)
    {
        foreach (var section in new[] { "bots", "composeExtensions" })
        {
            var items = manifest[section] as JsonArray ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                var botId = AsString(items[i]?["botId"]);
                if (botId is null && section == "composeExtensions")
                {
                    continue; // API-based message extensions have no bot
                }

                if (!Guid.TryParse(botId, out var actual) || !Guid.TryParse(expectedBotId, out var expected) || actual != expected)
                {
                    problems.Add(new($"{section}[{i}].botId", $"must equal the configured bot app id {Show(expectedBotId)}, got {Show(botId)}"));
                }
            }
        }
    }

    private static List<string> CheckValidDomains(JsonObject manifest, List<ManifestProblem> problems)
    {
        var domains = new List<string>();
        var items = manifest["validDomains"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var domain = AsString(items[i]);
            if (domain is null || !DomainPattern().IsMatch(domain))
            {
                problems.Add(new($"validDomains[{i}]", $"must be a host name such as bot.contoso.com or *.contoso.com (no scheme, path or spaces), got {Show(domain)}"));
                continue;
            }

            domains.Add(domain);
        }

        return domains;
    }

    private static void CheckTabUrls(JsonObject manifest, List<string> validDomains, List<ManifestProblem> problems)
    {
        var urls = new List<(string Field, string? Url)>();
        var configurable = manifest["configurableTabs"] as JsonArray ?? [];
        for (var i = 0; i < configurable.Count; i++)
        {
            urls.Add(($"configurableTabs[{i}].configurationUrl", AsString(configurable[i]?["configurationUrl"])));
        }

        var statics = manifest["staticTabs"] as JsonArray ?? [];
        for (var i = 0; i < statics.Count; i++)
        {
            foreach (var property in new[] { "contentUrl", "websiteUrl" })
            {
                if (statics[i]?[property] is not null)
                {
                    urls.Add(($"staticTabs[{i}].{property}", AsString(statics[i]![property])));
                }
            }
        }

        foreach (var (field, url) in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add(new(field, $"must be an absolute https URL, got {Show(url)}"));
            }
            else if (!validDomains.Any(domain => HostMatches(uri.Host, domain)))
            {
                problems.Add(new(field, $"host {uri.Host} is not listed in validDomains"));
            }
        }
    }

    private static void CheckBotCommands(JsonObject manifest, List<ManifestProblem> problems)
    {
        var bots = manifest["bots"] as JsonArray ?? [];
        for (var b = 0; b < bots.Count; b++)
        {
            var botScopes = (bots[b]?["scopes"] as JsonArray ?? []).Select(AsString).ToHashSet();
            var lists = bots[b]?["commandLists"] as JsonArray ?? [];
            for (var l = 0; l < lists.Count; l++)
            {
                var listScopes = lists[l]?["scopes"] as JsonArray ?? [];
                for (var s = 0; s < listScopes.Count; s++)
                {
                    var scope = AsString(listScopes[s]);
                    if (!botScopes.Contains(scope))
                    {
                        problems.Add(new($"bots[{b}].commandLists[{l}].scopes[{s}]", $"scope {Show(scope)} is not one of the bot's scopes"));
                    }
                }

                var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var commands = lists[l]?["commands"] as JsonArray ?? [];
                for (var c = 0; c < commands.Count; c++)
                {
                    var field = $"bots[{b}].commandLists[{l}].commands[{c}]";
                    var title = AsString(commands[c]?["title"]);
                    var description = AsString(commands[c]?["description"]);
                    if (string.IsNullOrWhiteSpace(title) || title.Length > BotCommandTitleMax)
                    {
                        problems.Add(new($"{field}.title", $"must be 1 to {BotCommandTitleMax} characters, got {title?.Length ?? 0}"));
                    }
                    else if (!titles.Add(title))
                    {
                        problems.Add(new($"{field}.title", $"duplicates the command \"{title}\" in the same list"));
                    }

                    if (string.IsNullOrWhiteSpace(description) || description.Length > BotCommandDescriptionMax)
                    {
                        problems.Add(new($"{field}.description", $"must be 1 to {BotCommandDescriptionMax} characters, got {description?.Length ?? 0}"));
                    }
                }
            }
        }
    }

    private static void CheckIcons(JsonObject manifest, IReadOnlyDictionary<string, byte[]> files, List<ManifestProblem> problems)
    {
        var color = LoadIcon(manifest, files, "color", problems);
        if (color is not null && (color.Width != ColorIconSize || color.Height != ColorIconSize))
        {
            problems.Add(new("icons.color", $"must be {ColorIconSize}x{ColorIconSize} pixels, got {color.Width}x{color.Height}"));
        }

        var outline = LoadIcon(manifest, files, "outline", problems);
        if (outline is null)
        {
            return;
        }

        if (outline.Width != OutlineIconSize || outline.Height != OutlineIconSize)
        {
            problems.Add(new("icons.outline", $"must be {OutlineIconSize}x{OutlineIconSize} pixels, got {outline.Width}x{outline.Height}"));
        }

        if (!outline.HasAlphaChannel)
        {
            problems.Add(new("icons.outline", "must have a transparent background (the PNG has no alpha channel)"));
            return;
        }

        var visible = 0;
        var offWhite = 0;
        (int X, int Y)? firstOffWhite = null;
        for (var y = 0; y < outline.Height; y++)
        {
            for (var x = 0; x < outline.Width; x++)
            {
                var p = outline[x, y];
                if (p.A == 0)
                {
                    continue;
                }

                visible++;
                if (p.R != 255 || p.G != 255 || p.B != 255)
                {
                    offWhite++;
                    firstOffWhite ??= (x, y);
                }
            }
        }

        if (visible == 0)
        {
            problems.Add(new("icons.outline", "is fully transparent"));
        }
        else if (visible == outline.Width * outline.Height)
        {
            problems.Add(new("icons.outline", "must have a transparent background (no pixel is transparent)"));
        }

        if (offWhite > 0)
        {
            problems.Add(new("icons.outline", $"must be white on transparent: {offWhite} visible pixel(s) are not white, the first at {firstOffWhite}"));
        }
    }

    private static RgbaImage? LoadIcon(JsonObject manifest, IReadOnlyDictionary<string, byte[]> files, string kind, List<ManifestProblem> problems)
    {
        var field = $"icons.{kind}";
        var name = StringAt(manifest["icons"] as JsonObject, kind);
        if (name is null)
        {
            return null; // the schema reports the missing property
        }

        if (!files.TryGetValue(name, out var bytes))
        {
            problems.Add(new(field, $"file \"{name}\" is not in the package root"));
            return null;
        }

        try
        {
            return PngCodec.Decode(bytes);
        }
        catch (PngFormatException ex)
        {
            problems.Add(new(field, $"\"{name}\" is not a readable PNG: {ex.Message}"));
            return null;
        }
    }

    private static bool HostMatches(string host, string domain)
    {
        if (domain.StartsWith("*.", StringComparison.Ordinal))
        {
            return host.EndsWith(domain[1..], StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(host, domain, StringComparison.OrdinalIgnoreCase);
    }

    private static string? StringAt(JsonObject? node, string property) => AsString(node?[property]);

    private static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Show(string? value) => value is null ? "nothing" : $"\"{value}\"";

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$")]
    private static partial Regex DomainPattern();
}
