using System.Text.Json.Nodes;

namespace TeamsMockBot.Infra.Tests;

/// <summary>Properties of the compiled ARM template that keep data private and the bot keyless.</summary>
public sealed class InfraSecurityTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    [Fact]
    public void StorageAccount_HasNoPublicBlobAccessNoKeysAndTls12()
    {
        var properties = compiled.Only("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void BlobService_HasSoftDeleteOn()
    {
        var properties = compiled.Only("Microsoft.Storage/storageAccounts/blobServices")["properties"]!;

        Assert.True((bool)properties["deleteRetentionPolicy"]!["enabled"]!);
        Assert.True((bool)properties["containerDeleteRetentionPolicy"]!["enabled"]!);
        Assert.NotNull(properties["deleteRetentionPolicy"]!["days"]);
    }

    [Fact]
    public void ContainerAndQueue_Exist_AndTheContainerIsPrivate()
    {
        var container = compiled.Only("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        compiled.Only("Microsoft.Storage/storageAccounts/queueServices/queues");
    }

    [Fact]
    public void ManagedIdentity_GetsBlobAndQueueDataContributorOnTheStorageAccount()
    {
        var assignments = compiled.OfType("Microsoft.Authorization/roleAssignments").ToArray();

        var roles = assignments.Select(a => compiled.Expand(a, (string?)a["properties"]!["roleDefinitionId"])).ToArray();
        Assert.Equal(2, assignments.Length);
        Assert.Contains(roles, r => r.Contains(StorageBlobDataContributor, StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Contains(StorageQueueDataContributor, StringComparison.Ordinal));
        Assert.All(assignments, a =>
        {
            Assert.Equal("ServicePrincipal", (string?)a["properties"]!["principalType"]);
            Assert.Contains("userAssignedIdentities", (string?)a["properties"]!["principalId"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void WebApp_IsLinuxDotnet10HttpsOnlyWithTheUserAssignedIdentity()
    {
        var site = compiled.Only("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.Contains("linux", (string?)site["kind"], StringComparison.Ordinal);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("dotnet TeamsMockBot.dll", (string?)config["appCommandLine"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)compiled.Only("Microsoft.Web/serverfarms")["properties"]!["reserved"]!);
    }

    [Fact]
    public void AppSettings_AreTheOnesTheHostReads_AndHoldNoSecret()
    {
        var settings = compiled.Only("Microsoft.Web/sites/config")["properties"]!.AsObject();

        Assert.Equal(
            [
                "APPLICATIONINSIGHTS_CONNECTION_STRING",
                "ASPNETCORE_URLS",
                "AZURE_CLIENT_ID",
                "Graph__ManagedIdentityClientId",
                "Graph__TeamsAppCatalogId",
                "Graph__Transcripts",
                "MicrosoftAppId",
                "MicrosoftAppTenantId",
                "MicrosoftAppType",
                "Privacy__PublicBaseUrl",
                "Storage__BlobServiceUri",
                "Storage__Container",
                "Storage__Queue",
                "Storage__QueueServiceUri",
                "Teams__AllowedTenantIds__0",
                "WEBSITES_PORT",
            ],
            settings.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal("UserAssignedMSI", (string?)settings["MicrosoftAppType"]);
        Assert.DoesNotContain(settings, s => s.Key.Contains("Password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings, s => s.Key.Contains("Secret", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("primaryEndpoints.blob", (string?)settings["Storage__BlobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", (string?)settings["Storage__QueueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("storageQueueName", (string?)settings["Storage__Queue"], StringComparison.Ordinal);
        Assert.Equal((string?)settings["MicrosoftAppId"], (string?)settings["Graph__ManagedIdentityClientId"]); // Graph signs in as the bot's identity
    }

    [Fact]
    public void BotService_UsesTheManagedIdentityAndTheWebAppsMessagesEndpoint()
    {
        var properties = compiled.Only("Microsoft.BotService/botServices")["properties"]!;

        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.NotNull(properties["msaAppMSIResourceId"]);
        var endpoint = (string?)properties["endpoint"];
        Assert.StartsWith("[format('https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void BotService_HasTheTeamsChannelEnabled()
    {
        var channel = compiled.Only("Microsoft.BotService/botServices/channels");

        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void ApplicationInsights_SendsToTheLogAnalyticsWorkspace()
    {
        var appInsights = compiled.Only("Microsoft.Insights/components");
        compiled.Only("Microsoft.OperationalInsights/workspaces");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)appInsights["properties"]!["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_CarryNoSecret()
    {
        var outputs = AllOutputs(compiled.Root).ToArray();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, output =>
        {
            var (name, value) = output;
            Assert.NotEqual("securestring", ((string?)value["type"])?.ToLowerInvariant());
            var text = value.ToJsonString();
            foreach (var secret in new[] { "listKeys", "listCredentials", "ConnectionString", "InstrumentationKey", "password", "secret" })
            {
                Assert.False(
                    name.Contains(secret, StringComparison.OrdinalIgnoreCase) || text.Contains(secret, StringComparison.OrdinalIgnoreCase),
                    $"Output {name} looks like a secret ({secret}): {text}");
            }
        });
    }

    [Fact]
    public void Template_NeverReadsAccountKeys()
    {
        Assert.DoesNotContain("listKeys", compiled.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MicrosoftAppPassword", compiled.Json, StringComparison.Ordinal);
    }

    /// <summary>Outputs of the main template and of every nested module deployment.</summary>
    private static IEnumerable<(string Name, JsonObject Value)> AllOutputs(JsonObject template)
    {
        foreach (var (name, value) in template["outputs"] as JsonObject ?? [])
        {
            yield return (name, value!.AsObject());
        }

        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(pair => pair.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var nested in resources.Select(r => r["properties"]?["template"]).OfType<JsonObject>())
        {
            foreach (var output in AllOutputs(nested))
            {
                yield return output;
            }
        }
    }
}
