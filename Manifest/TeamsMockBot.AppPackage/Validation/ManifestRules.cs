using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsMockBot.AppPackage.Validation;

/// <summary>
/// Checks that Teams' app validation applies but the v1.29 JSON schema cannot express: the schema
/// gives <c>version</c> and <c>validDomains</c> only a length, allows http tab URLs and longer bot
/// commands than the Teams command menu, and cannot relate one field to another or to the bot being
/// deployed. Icons: <see cref="IconRules"/>. Each problem names the field it is about, in the same
/// path form as the schema errors (e.g. <c>bots[0].botId</c>).
/// </summary>
public static partial class ManifestRules
{
    /// <summary>Teams shows bot command menus with titles up to 32 characters and descriptions up to 128
    /// (the v1.29 schema itself allows 128 / 4000; earlier schemas and the command menu use 32 / 128).</summary>
    public const int BotCommandTitleMax = 32;

    public const int BotCommandDescriptionMax = 128;

    public static IReadOnlyList<ManifestProblem> Check(JsonObject manifest, string expectedBotId)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = new List<ManifestProblem>();
        CheckVersion(manifest, problems);
        CheckBotIds(manifest, expectedBotId, problems);
        var validDomains = CheckValidDomains(manifest, problems);
        CheckTabUrls(manifest, validDomains, problems);
        CheckBotCommands(manifest, problems);
        return problems;
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
