using System.Text.Json.Nodes;
using TeamsMockBot.AppPackage;

namespace TeamsMockBot.Manifest.Tests;

/// <summary>What the product needs from the manifest: scopes, commands, the action, the meeting tab, RSC.</summary>
public sealed class ManifestTemplateContentTests
{
    [Fact]
    public async Task Bot_IsInPersonalGroupChatAndTeamScopes()
    {
        var manifest = await TestManifest.ManifestAsync();

        Assert.Equal(["groupChat", "personal", "team"], Strings(manifest["bots"]![0]!["scopes"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PersonalCommandList_HasEveryChatCommand()
    {
        var manifest = await TestManifest.ManifestAsync();
        var personal = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => Strings(list!["scopes"]).Contains("personal"));

        var titles = personal!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToArray();

        Assert.Equal(["help", "mock", "schedule", "my progress", "history", "quiz", "export my data", "delete my data"], titles);
    }

    [Fact]
    public async Task Bot_SupportsFiles_SoStudentsCanSendTranscripts()
    {
        // "Send and receive files through the bot" (Teams docs): without supportsFiles the personal
        // chat offers no attach button and no file reaches the bot.
        var manifest = await TestManifest.ManifestAsync();

        Assert.True((bool)manifest["bots"]![0]!["supportsFiles"]!);
    }

    [Fact]
    public async Task GroupCommandList_KeepsPersonalDataCommandsOutOfSharedChats()
    {
        var manifest = await TestManifest.ManifestAsync();
        var group = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => Strings(list!["scopes"]).Contains("groupChat"));

        var titles = group!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToArray();

        Assert.Equal(["help", "mock", "schedule"], titles);
    }

    [Fact]
    public async Task MessageExtension_StartMock_IsAnActionWithATaskModuleInEveryContext()
    {
        var manifest = await TestManifest.ManifestAsync();

        var command = Assert.Single(manifest["composeExtensions"]![0]!["commands"]!.AsArray())!;

        Assert.Equal("startMock", (string?)command["id"]);
        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal("Start a mock interview", (string?)command["title"]);
        Assert.True((bool)command["fetchTask"]!);
        Assert.Equal(["commandBox", "compose", "message"], Strings(command["context"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MeetingTab_CoversSidePanelStageAndMeetingChatOnTheBotsHost()
    {
        var manifest = await TestManifest.ManifestAsync();

        var tab = Assert.Single(manifest["configurableTabs"]!.AsArray())!;

        Assert.Equal(["meetingChatTab", "meetingSidePanel", "meetingStage"], Strings(tab["context"]).Order(StringComparer.Ordinal));
        Assert.Equal(["sidePanel", "stage"], Strings(tab["meetingSurfaces"]).Order(StringComparer.Ordinal));
        var url = new Uri((string)tab["configurationUrl"]!);
        Assert.Equal("mockbot-abc.azurewebsites.net", url.Host);
        Assert.StartsWith("/meeting/", url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourceSpecificConsent_AsksOnlyForTheMeetingPermissionsTheCodeUses()
    {
        var manifest = await TestManifest.ManifestAsync();

        var permissions = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => $"{(string?)p!["name"]}/{(string?)p["type"]}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "MeetingStage.Write.Chat/Delegated",
                "OnlineMeeting.ReadBasic.Chat/Application",
                "OnlineMeetingNotification.Send.Chat/Application",
                "OnlineMeetingParticipant.Read.Chat/Application",
            ],
            permissions);
    }

    [Fact]
    public async Task Strings_AreInTheDefaultLanguageDeclaredForLocalization()
    {
        var manifest = await TestManifest.ManifestAsync();

        Assert.Equal("en-us", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
    }

    [Fact]
    public async Task AccentColor_IsTheColourIconsBackground()
    {
        var manifest = await TestManifest.ManifestAsync();

        var corner = TestIcons.PixelAt(TestIcons.Committed("color.png"), 2, 2);

        Assert.Equal((string?)manifest["accentColor"], $"#{corner.Red:X2}{corner.Green:X2}{corner.Blue:X2}");
        Assert.Equal(TestIcons.Accent, corner);
    }

    [Fact]
    public void EnvExample_ListsExactlyTheTemplatesPlaceholders()
    {
        var template = new ManifestTemplate(File.ReadAllText(Path.Combine(TestManifest.Directory, AppPackageBuilder.TemplateFileName)));

        var documented = AppPackageValues.ReadEnvFile(Path.Combine(TestManifest.Directory, "app.env.example")).Select(v => v.Name);

        Assert.Equal(template.Placeholders.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!);
}
