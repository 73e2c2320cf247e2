using System.Text.Json.Nodes;

namespace TeamsMockBot.Manifest.Tests.Validation;

public sealed class ManifestRulesTests
{
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
}
