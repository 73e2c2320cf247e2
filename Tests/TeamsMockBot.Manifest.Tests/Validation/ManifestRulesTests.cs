using System.Text.Json.Nodes;
using TeamsMockBot.AppPackage.Png;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.Manifest.Tests.Validation;

public sealed class ManifestRulesTests
{
    [Fact]
    public async Task ManifestVersion_OtherThanSchemaConst_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["manifestVersion"] = "1.28";

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("manifestVersion", problem.Field);
    }

    [Theory]
    [InlineData("mock-interviews")]
    [InlineData("6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b")]
    [InlineData("{6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b}")]
    public async Task Id_NotAGuid_IsReported(string id)
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["id"] = id;

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "id" && p.Message.Contains("GUID", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.0.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0.0")]
    public async Task Version_NotSemVer_IsReported(string version)
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["version"] = version;

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("version", problem.Field);
    }

    [Fact]
    public async Task BotId_DifferentFromConfiguredAppId_IsReportedForBotAndMessageExtension()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["botId"] = "99999999-2222-4333-8444-555555555555";
        manifest["composeExtensions"]![0]!["botId"] = "99999999-2222-4333-8444-555555555555";

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal(["bots[0].botId", "composeExtensions[0].botId"], problems.Select(p => p.Field));
    }

    [Fact]
    public async Task TabUrl_HostNotInValidDomains_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["configurableTabs"]![0]!["configurationUrl"] = "https://elsewhere.example.com/meeting/config.html";

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("configurableTabs[0].configurationUrl", problem.Field);
        Assert.Contains("elsewhere.example.com", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabUrl_Http_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["configurableTabs"]![0]!["configurationUrl"] = "http://mockbot-abc.azurewebsites.net/meeting/config.html";

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("configurableTabs[0].configurationUrl", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task StaticTabUrl_HostCoveredByWildcardDomain_IsAccepted()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["validDomains"]!.AsArray().Add("*.contoso.edu");
        manifest["staticTabs"] = new JsonArray(new JsonObject
        {
            ["entityId"] = "progress",
            ["name"] = "Progress",
            ["contentUrl"] = "https://careers.contoso.edu/progress",
            ["scopes"] = new JsonArray("personal"),
        });

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
    }

    [Fact]
    public async Task StaticTabUrl_HostNotCovered_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["staticTabs"] = new JsonArray(new JsonObject
        {
            ["entityId"] = "progress",
            ["name"] = "Progress",
            ["contentUrl"] = "https://careers.contoso.edu/progress",
            ["scopes"] = new JsonArray("personal"),
        });

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("staticTabs[0].contentUrl", Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData("https://mockbot-abc.azurewebsites.net")]
    [InlineData("mockbot-abc.azurewebsites.net/meeting")]
    [InlineData("mock bot.example.com")]
    public async Task ValidDomain_NotAHostName_IsReported(string domain)
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["validDomains"]![0] = domain;

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "validDomains[0]");
        Assert.Contains(problems, p => p.Field == "configurableTabs[0].configurationUrl");
    }

    [Fact]
    public async Task BotCommandTitle_Of32Characters_IsAccepted()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('x', 32);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
    }

    [Fact]
    public async Task BotCommandTitle_Over32Characters_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["commandLists"]![0]!["commands"]![2]!["title"] = new string('x', 33);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("bots[0].commandLists[0].commands[2].title", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task BotCommandDescription_Over128Characters_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["commandLists"]![1]!["commands"]![0]!["description"] = new string('x', 129);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("bots[0].commandLists[1].commands[0].description", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task BotCommandTitle_DuplicatedInAList_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["commandLists"]![0]!["commands"]![1]!["title"] = "HELP";

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("bots[0].commandLists[0].commands[1].title", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task CommandListScope_NotABotScope_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupChat");

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Equal("bots[0].commandLists[1].scopes[1]", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task ColorIcon_WrongSize_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        var small = PngCodec.Encode(Solid(96, 96, new Rgba32(79, 70, 229, 255)));

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["color.png"] = small });

        var problem = Assert.Single(problems);
        Assert.Equal("icons.color", problem.Field);
        Assert.Contains("192x192", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_WrongSize_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        var image = Solid(48, 48, Rgba32.Transparent);
        image[10, 10] = Rgba32.White;

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["outline.png"] = PngCodec.Encode(image) });

        Assert.Equal("icons.outline", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task OutlineIcon_WithoutAlphaChannel_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        var opaque = new RgbaImage(32, 32, hasAlphaChannel: false);
        opaque[5, 5] = Rgba32.White;

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["outline.png"] = PngCodec.Encode(opaque) });

        var problem = Assert.Single(problems);
        Assert.Equal("icons.outline", problem.Field);
        Assert.Contains("alpha", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_WithAColouredPixel_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        var image = PngCodec.Decode(File.ReadAllBytes(Path.Combine(TestManifest.Directory, "outline.png")));
        image[0, 0] = new Rgba32(255, 0, 0, 40);

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["outline.png"] = PngCodec.Encode(image) });

        var problem = Assert.Single(problems);
        Assert.Equal("icons.outline", problem.Field);
        Assert.Contains("not white", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_WithNoTransparentPixel_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["outline.png"] = PngCodec.Encode(Solid(32, 32, Rgba32.White)) });

        Assert.Contains("transparent", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icon_NotInPackage_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["icons"]!["color"] = "colour.png";

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("icons.color", problem.Field);
        Assert.Contains("colour.png", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icon_NotAPng_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();

        var problems = await TestManifest.ValidateAsync(manifest, new Dictionary<string, byte[]> { ["color.png"] = "GIF89a"u8.ToArray() });

        Assert.Contains("not a readable PNG", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    private static RgbaImage Solid(int width, int height, Rgba32 colour)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = colour;
            }
        }

        return image;
    }
}
