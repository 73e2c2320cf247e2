using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Testing;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Observability;

/// <summary>/healthz says the process is alive; /readyz says whether the store answers.</summary>
public sealed class HealthEndpointTests : HostTest
{
    [Fact]
    public async Task Healthz_Answers200()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonNode>())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_StoreAnswers_Answers200WithTheStoreCheck()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(200, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("ready", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_StoreUnreachable_Answers503ProblemDetails_WhileHealthzStays200()
    {
        await using var broken = WithUnreachableStore();
        using var client = broken.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        var problem = (await ready.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Contains("store", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Unhealthy", problem["checks"]!["store"]!["status"]!.GetValue<string>());
        // The reason names the failure's type only: an exception message could name an account or a path.
        Assert.DoesNotContain("No route", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)live.StatusCode);
    }

    [Fact]
    public async Task Turn_StoreUnreachable_AdapterErrorLineCarriesTheTurnIds()
    {
        await using var broken = WithUnreachableStore();
        var message = PersonalMessage(Student, "help");
        var activityId = message["id"]!.GetValue<string>();
        using var client = broken.CreateClient();
        using var content = new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        // Remembering the personal chat fails before the bot's own error handling, so the adapter's handler logs it.
        var logs = broken.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        var unhandled = Assert.Single(logs, r => r.Message.StartsWith("Unhandled error in turn", StringComparison.Ordinal));
        Assert.Equal(activityId, LogScopes.Text(unhandled, "ActivityId"));
        Assert.Equal(PersonalChatId(Student.Id), LogScopes.Text(unhandled, "ConversationId"));
    }

    private WebApplicationFactory<Program> WithUnreachableStore() =>
        Host.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.RemoveAll<IDocumentStore>();
            services.AddSingleton<IDocumentStore, UnreachableStore>();
        }));
}
