using System.IO.Compression;
using System.Text.Json.Nodes;
using SkiaSharp;
using TeamsMockBot.AppPackage;

namespace TeamsMockBot.Manifest.Tests;

public sealed class AppPackageBuilderTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "teamsmockbot-apppackage-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Build_WithAllValues_WritesManifestAndIconsAtTheZipRoot()
    {
        var zipPath = Path.Combine(_output, "appPackage.zip");

        await BuildAsync(TestManifest.Values(), zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var files = zip.Entries.ToDictionary(e => e.FullName, ReadAll);
        var validator = await TestManifest.ValidatorAsync();
        var manifestJson = System.Text.Encoding.UTF8.GetString(files["manifest.json"]);
        var problems = validator.Validate(manifestJson, files, TestManifest.BotId);
        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
        Assert.DoesNotContain("${{", manifestJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_SubstitutesEveryValueWhereTheTemplateAsksForIt()
    {
        var files = await TestManifest.PackageFilesAsync();

        var manifest = JsonNode.Parse(files["manifest.json"])!;
        Assert.Equal("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", (string?)manifest["id"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal(TestManifest.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TestManifest.BotId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal("https://mockbot-abc.azurewebsites.net/meeting/config.html", (string?)manifest["configurableTabs"]![0]!["configurationUrl"]);
        Assert.Equal("mockbot-abc.azurewebsites.net", (string?)manifest["validDomains"]![0]);
        Assert.Equal("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal("api://mockbot-abc.azurewebsites.net/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal("Contoso Career Center", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://careers.contoso.edu/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Theory]
    [InlineData("TEAMS_APP_ID")]
    [InlineData("APP_VERSION")]
    [InlineData("BOT_ID")]
    [InlineData("BOT_DOMAIN")]
    [InlineData("AAD_APP_CLIENT_ID")]
    [InlineData("DEVELOPER_NAME")]
    [InlineData("DEVELOPER_WEBSITE_URL")]
    [InlineData("PRIVACY_URL")]
    [InlineData("TERMS_OF_USE_URL")]
    public async Task Build_WithAValueMissing_FailsNamingItAndWritesNothing(string name)
    {
        var values = TestManifest.Values();
        values.Remove(name);
        var zipPath = Path.Combine(_output, "appPackage.zip");

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(values, zipPath));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"Missing value {name}:", problem, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Build_WithAnEmptyValue_TreatsItAsMissing()
    {
        var values = TestManifest.Values();
        values["BOT_ID"] = "   ";

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(values, Path.Combine(_output, "appPackage.zip")));

        Assert.Contains(error.Problems, p => p.StartsWith("Missing value BOT_ID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_WithBotDomainGivenAsUrl_FailsNamingBotDomain()
    {
        var values = TestManifest.Values();
        values["BOT_DOMAIN"] = "https://mockbot-abc.azurewebsites.net/";

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(values, Path.Combine(_output, "appPackage.zip")));

        Assert.StartsWith("BOT_DOMAIN must be a host name", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAValueThatBreaksTheManifest_FailsNamingTheFieldAndWritesNothing()
    {
        var values = TestManifest.Values();
        values["APP_VERSION"] = "2024.1";
        values["TEAMS_APP_ID"] = "not-a-guid";
        var zipPath = Path.Combine(_output, "appPackage.zip");

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(values, zipPath));

        Assert.Contains(error.Problems, p => p.StartsWith("manifest.json version:", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("manifest.json id:", StringComparison.Ordinal));
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Build_WithAValueContainingQuotes_StillProducesValidJson()
    {
        var values = TestManifest.Values();
        values["DEVELOPER_NAME"] = "The \"Careers\" Office";

        var files = await TestManifest.PackageFilesAsync(values);

        Assert.Equal("The \"Careers\" Office", (string?)JsonNode.Parse(files["manifest.json"])!["developer"]!["name"]);
    }

    [Fact]
    public async Task Build_TwiceWithTheSameValues_GivesTheSameBytes()
    {
        var first = Path.Combine(_output, "a.zip");
        var second = Path.Combine(_output, "b.zip");

        await BuildAsync(TestManifest.Values(), first);
        await BuildAsync(TestManifest.Values(), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public async Task Build_WithTheCommittedIcons_PacksThemUnchanged()
    {
        var zipPath = Path.Combine(_output, "appPackage.zip");

        await BuildAsync(TestManifest.Values(), zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(TestIcons.Committed("color.png"), ReadAll(zip.GetEntry("color.png")!));
        Assert.Equal(TestIcons.Committed("outline.png"), ReadAll(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public async Task Build_WithAColourIconOfTheWrongSize_FailsNamingTheFileAndWritesNothing()
    {
        var manifestDirectory = CopyOfManifestDirectoryWith("color.png", TestIcons.Solid(180, 192, TestIcons.Accent));
        var zipPath = Path.Combine(_output, "appPackage.zip");

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(TestManifest.Values(), zipPath, manifestDirectory));

        Assert.Equal("manifest.json icons.color: \"color.png\" is 180x192 pixels; it must be 192x192", Assert.Single(error.Problems));
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Build_WithAnOutlineIconThatIsNotWhite_FailsNamingTheFile()
    {
        var grey = TestIcons.WithPixel(TestIcons.Committed("outline.png"), 16, 16, new SKColor(128, 128, 128, 255));
        var manifestDirectory = CopyOfManifestDirectoryWith("outline.png", grey);

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(TestManifest.Values(), Path.Combine(_output, "appPackage.zip"), manifestDirectory));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("manifest.json icons.outline: \"outline.png\" must be white on transparent", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAnIconThatIsNotAPng_FailsNamingTheFile()
    {
        var manifestDirectory = CopyOfManifestDirectoryWith("color.png", "not a picture"u8.ToArray());

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(TestManifest.Values(), Path.Combine(_output, "appPackage.zip"), manifestDirectory));

        Assert.StartsWith("manifest.json icons.color: \"color.png\" is not a PNG", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAnIconMissingFromTheManifestFolder_FailsNamingTheFile()
    {
        var manifestDirectory = CopyOfManifestDirectoryWith("outline.png", null);

        var error = await Assert.ThrowsAsync<AppPackageException>(() => BuildAsync(TestManifest.Values(), Path.Combine(_output, "appPackage.zip"), manifestDirectory));

        Assert.StartsWith("manifest.json icons.outline: \"outline.png\" is not in the package", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    private static async Task BuildAsync(IReadOnlyDictionary<string, string> values, string zipPath, string? manifestDirectory = null)
    {
        var builder = new AppPackageBuilder(await TestManifest.ValidatorAsync());
        builder.Build(manifestDirectory ?? TestManifest.Directory, values, zipPath);
    }

    /// <summary>The template and icons copied to a scratch folder, with one icon replaced (or removed when null).</summary>
    private string CopyOfManifestDirectoryWith(string iconFileName, byte[]? bytes)
    {
        var directory = Path.Combine(_output, "manifest");
        Directory.CreateDirectory(directory);
        foreach (var name in new[] { AppPackageBuilder.TemplateFileName, "color.png", "outline.png" })
        {
            File.Copy(Path.Combine(TestManifest.Directory, name), Path.Combine(directory, name));
        }

        var icon = Path.Combine(directory, iconFileName);
        File.Delete(icon);
        if (bytes is not null)
        {
            File.WriteAllBytes(icon, bytes);
        }

        return directory;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
