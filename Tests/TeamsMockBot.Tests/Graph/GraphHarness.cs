using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Graph;

namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// A fake Graph and the bot's Graph adapters registered exactly as the host registers them
/// (<see cref="GraphServiceCollectionExtensions.AddGraphScheduling"/> with the managed identity's client id),
/// pointed at the fake through <c>Graph:BaseUrl</c>.
/// </summary>
public sealed class GraphHarness : IAsyncDisposable
{
    public const string MentorId = "0f1e2d3c-4b5a-4969-8877-665544332211";
    public const string StudentId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    public const string MentorMail = "morgan.mentor@contoso.edu";
    public const string StudentMail = "sam.student@contoso.edu";

    private readonly ServiceProvider _services;

    private GraphHarness(FakeGraph graph, ServiceProvider services)
    {
        Graph = graph;
        _services = services;
    }

    public FakeGraph Graph { get; }

    public IMockCalendar Calendar => _services.GetRequiredService<IMockCalendar>();

    public IMeetingTranscripts Transcripts => _services.GetRequiredService<IMeetingTranscripts>();

    public static CalendarPerson Mentor => new(MentorId, MentorMail, "Morgan Mentor");

    public static CalendarPerson Student => new(StudentId, StudentMail, "Sam Student");

    public static async Task<GraphHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraph.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.AbsoluteUri,
            ["Graph:ManagedIdentityClientId"] = FakeManagedIdentity.ClientId,
            ["Graph:TeamsAppCatalogId"] = FakeGraph.CatalogAppId,
            ["Graph:Transcripts"] = "true",
            ["Graph:RequestTimeout"] = "00:00:20",
        }.Concat(settings ?? []).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        Assert.True(services.AddGraphScheduling(configuration));
        return new GraphHarness(graph, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public static MeetingBookingBuilder Booking(DateTimeOffset start, string timeZoneId = "America/Los_Angeles", string key = "session-7f3a") => new(start, timeZoneId, key);

    /// <summary>Nothing the bot sent broke the contract, and the managed identity endpoint refused nothing.</summary>
    public void AssertContractKept(ManagedIdentityEnvironment environment)
    {
        Assert.Empty(Graph.Violations);
        Assert.Empty(environment.Identity.Refusals);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}

/// <summary>A one-hour mock of Morgan (organizer) with Sam, starting at a given instant, in a given zone.</summary>
public sealed record MeetingBookingBuilder(DateTimeOffset Start, string TimeZoneId, string Key)
{
    public MeetingBooking Build() => new(
        Key, GraphHarness.Mentor, [GraphHarness.Student], "Mock interview: Software engineering",
        "Goal: a behavioural mock.\nPrepare two STAR stories (Situation, Task, Action, Result).",
        new Domain.Scheduling.MeetingSlot(Start, Start.AddHours(1)), TimeZoneId);
}
