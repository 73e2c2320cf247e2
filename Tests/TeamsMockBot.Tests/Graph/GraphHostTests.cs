using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Graph;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Graph;

/// <summary>The real host's composition: Graph settings turn the Graph calendar on, and a half-given credential stops the start.</summary>
[Collection(GraphTestGroup.Name)]
public sealed class GraphHostTests(ManagedIdentityEnvironment environment)
{
    [Fact]
    public async Task Host_WithTheManagedIdentityConfigured_BooksThroughGraph()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.AddUser(GraphHarness.StudentId, GraphHarness.StudentMail, "Sam Student");
        await using var host = new BotHost(settings: new Dictionary<string, string>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.AbsoluteUri,
            ["Graph:ManagedIdentityClientId"] = FakeManagedIdentity.ClientId,
        });

        var calendar = host.Services.GetRequiredService<IMockCalendar>();
        var sam = await calendar.FindPersonAsync(GraphHarness.StudentMail, default);

        Assert.IsType<GraphMockCalendar>(calendar);
        Assert.True(calendar.BooksTeamsMeetings);
        Assert.Equal(GraphHarness.StudentId, sam?.DirectoryId);
        Assert.Single(graph.Requests);
        Assert.Empty(graph.Violations);
        Assert.Empty(environment.Identity.Refusals);
    }

    [Fact]
    public void Host_WithAHalfGivenAppRegistration_DoesNotStart()
    {
        using var host = new BotHost(settings: new Dictionary<string, string> { ["Graph:TenantId"] = "t", ["Graph:ClientId"] = "c" });

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException { InnerExceptions: [var inner] } ? inner : error);
        Assert.Contains("exactly one of Graph:ClientSecret or Graph:CertificatePath", validation.Message, StringComparison.Ordinal);
    }
}
