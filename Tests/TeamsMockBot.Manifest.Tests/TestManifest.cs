using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.AppPackage;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.Manifest.Tests;

/// <summary>Shared inputs: the real Manifest/ folder, a full set of values, one parsed schema.</summary>
internal static class TestManifest
{
    public const string BotId = "11111111-2222-4333-8444-555555555555";

    private static readonly Lazy<Task<ManifestValidator>> SharedValidator = new(() => ManifestValidator.CreateAsync());

    public static string Directory { get; } =
        typeof(TestManifest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ManifestDirectory").Value!;

    public static Task<ManifestValidator> ValidatorAsync() => SharedValidator.Value;

    public static Dictionary<string, string> Values() => new(StringComparer.Ordinal)
    {
        ["TEAMS_APP_ID"] = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
        ["APP_VERSION"] = "1.2.3",
        ["BOT_ID"] = BotId,
        ["BOT_DOMAIN"] = "mockbot-abc.azurewebsites.net",
        ["AAD_APP_CLIENT_ID"] = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
        ["DEVELOPER_NAME"] = "Contoso Career Center",
        ["DEVELOPER_WEBSITE_URL"] = "https://careers.contoso.edu",
        ["PRIVACY_URL"] = "https://careers.contoso.edu/privacy",
        ["TERMS_OF_USE_URL"] = "https://careers.contoso.edu/terms",
    };

    /// <summary>The package files built from the real template, icons and <see cref="Values"/>.</summary>
    public static async Task<Dictionary<string, byte[]>> PackageFilesAsync(IReadOnlyDictionary<string, string>? values = null)
    {
        var builder = new AppPackageBuilder(await ValidatorAsync());
        return new Dictionary<string, byte[]>(builder.Prepare(Directory, values ?? Values()), StringComparer.Ordinal);
    }

    public static async Task<JsonObject> ManifestAsync() =>
        (JsonObject)JsonNode.Parse((await PackageFilesAsync())["manifest.json"])!;

    /// <summary>Validates a (mutated) manifest together with the real icons, or the given files.</summary>
    public static async Task<IReadOnlyList<ManifestProblem>> ValidateAsync(JsonNode manifest, IDictionary<string, byte[]>? replaceFiles = null)
    {
        var files = await PackageFilesAsync();
        foreach (var (name, bytes) in replaceFiles ?? new Dictionary<string, byte[]>())
        {
            files[name] = bytes;
        }

        var json = manifest.ToJsonString();
        files["manifest.json"] = Encoding.UTF8.GetBytes(json);
        return (await ValidatorAsync()).Validate(json, files, BotId);
    }

    public static string Describe(IEnumerable<ManifestProblem> problems) => string.Join(Environment.NewLine, problems);
}
