using System.Text.Json.Nodes;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>A deployment serves the tenants it is configured for and no other.</summary>
public sealed class TenantTests : IAsyncLifetime
{
    private readonly BotHost host = new(settings: new Dictionary<string, string> { ["Teams:AllowedTenantIds:0"] = TenantId });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task Message_FromConfiguredTenant_IsAnswered()
    {
        using var response = await host.PostActivityAsync(PersonalMessage(Student, "help"));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Single(host.Teams.Calls);
    }

    [Fact]
    public async Task Message_FromAnotherTenant_Answers403AndSendsNothing()
    {
        var activity = PersonalMessage(Student, "help");
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = "another-university" };
        activity["conversation"]!["tenantId"] = "another-university";

        using var response = await host.PostActivityAsync(activity);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Teams.Calls);
    }
}
