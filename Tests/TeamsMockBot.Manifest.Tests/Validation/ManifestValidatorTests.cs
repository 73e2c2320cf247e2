using System.Text.Json.Nodes;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.Manifest.Tests.Validation;

public sealed class ManifestValidatorTests
{
    [Fact]
    public async Task Validate_ManifestBuiltFromTemplate_HasNoProblems()
    {
        var problems = await TestManifest.ValidateAsync(await TestManifest.ManifestAsync());

        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
    }

    [Fact]
    public async Task Validate_MissingRequiredProperty_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["developer"]!.AsObject().Remove("privacyUrl");

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("developer.privacyUrl", problem.Field);
        Assert.Contains("required", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_PropertyNotInSchema_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["bots"]![0]!["supportsVoice"] = true;

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "bots[0].supportsVoice" && p.Message.Contains("not a property", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MessageExtensionTitleOver32Characters_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["composeExtensions"]![0]!["commands"]![0]!["title"] = new string('x', 33);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "composeExtensions[0].commands[0].title" && p.Message.Contains("longer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MessageExtensionDescriptionOver128Characters_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["composeExtensions"]![0]!["commands"]![0]!["description"] = new string('x', 129);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "composeExtensions[0].commands[0].description");
    }

    [Fact]
    public async Task Validate_ShortNameOver30Characters_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["name"]!["short"] = new string('x', 31);

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field == "name.short");
    }

    [Fact]
    public async Task Validate_UnknownTabContext_NamesTheField()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["configurableTabs"]![0]!["context"]!.AsArray().Add("meetingLobby");

        var problems = await TestManifest.ValidateAsync(manifest);

        Assert.Contains(problems, p => p.Field.StartsWith("configurableTabs[0].context", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mock-interviews")]
    [InlineData("6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b")]
    [InlineData("{6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b}")]
    public async Task Validate_IdNotAGuid_IsReportedByTheSchema(string id)
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["id"] = id;

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("id", problem.Field);
        Assert.Contains("pattern", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManifestVersionOtherThanTheSchemaConst_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["manifestVersion"] = "1.28";

        var problems = await TestManifest.ValidateAsync(manifest);

        var problem = Assert.Single(problems);
        Assert.Equal("manifestVersion", problem.Field);
        Assert.Contains("\"1.29\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NotJson_SaysSo()
    {
        var validator = await TestManifest.ValidatorAsync();

        var problems = validator.Validate("{ not json", new Dictionary<string, byte[]>(), TestManifest.BotId);

        var problem = Assert.Single(problems);
        Assert.Equal("(manifest.json)", problem.Field);
    }

    [Fact]
    public async Task ManifestVersion_ComesFromTheSchemaConst()
    {
        var validator = await TestManifest.ValidatorAsync();

        Assert.Equal("1.29", validator.ManifestVersion);
    }
}
