using System.Net;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Storage;
using TeamsMockBot.Teams;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Delivery;

/// <summary>
/// Two bot instances on one blob container (a real Azurite), both sweeping the outbox at the same
/// moments: every message Teams refused at first is delivered, and by exactly one of them, once.
/// Counted from what each instance's Teams connector accepted, and from the container itself.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class TwoHostsDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Messages = 8;
    private const int SweepsPerHost = 10;

    private readonly string _container = "delivery-" + Guid.NewGuid().ToString("N");
    private BotHost _hostA = null!;
    private BotHost _hostB = null!;

    private IEnumerable<BotHost> Hosts => [_hostA, _hostB];

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:Container"] = _container,
        };
        _hostA = new BotHost(settings: settings);
        _hostB = new BotHost(settings: settings); // same start time as A: leases mean the same on both clocks
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
        await ContainerClient().DeleteIfExistsAsync();
        _hostA.DeleteData();
        _hostB.DeleteData();
    }

    [Fact]
    public async Task DeliverySweeps_TwoHostsSweepingTogetherAfterRefusals_EveryMessageIsAcceptedExactlyOnce()
    {
        var messages = Enumerable.Range(0, Messages).Select(i => Message($"two-hosts/{i:D2}", $"29:person-{i % 4}")).ToList();

        // Half are queued on each host; Teams refuses each one's first attempt.
        foreach (var (host, mine) in new[] { (_hostA, messages.Where((_, i) => i % 2 == 0)), (_hostB, messages.Where((_, i) => i % 2 == 1)) })
        {
            foreach (var message in mine)
            {
                host.Teams.Failures.Enqueue(HttpStatusCode.InternalServerError);
                Assert.False(await Delivery(host).SendAsync([message], CancellationToken.None));
            }
        }

        Assert.DoesNotContain(Hosts.SelectMany(h => h.Teams.Calls), IsMessage);

        // A few more refusals land somewhere in the first round of sweeps; their messages wait for the next round.
        foreach (var host in Hosts)
        {
            for (var i = 0; i < 3; i++)
            {
                host.Teams.Failures.Enqueue(HttpStatusCode.InternalServerError);
            }
        }

        for (var round = 0; round < 4 && await PendingCountAsync() > 0; round++)
        {
            foreach (var host in Hosts)
            {
                host.Time.Advance(TimeSpan.FromMinutes(10)); // past any retry delay (at most 5 min)
            }

            await AllAtOnceAsync(Hosts.SelectMany(h => Enumerable.Repeat(h, SweepsPerHost)).Select(h => (Func<Task>)(() => h.DeliverWaitingAsync())));
        }

        Assert.Equal(0, await PendingCountAsync());
        AssertEachAcceptedOnce(messages);
        Assert.Equal(Messages, await BlobCountAsync("outbox/sent/"));
        Assert.Equal(0, await BlobCountAsync("outbox/failed/"));
    }

    [Fact]
    public async Task SendAsync_SameKeyQueuedOnBothHostsAtOnce_IsDeliveredOnce()
    {
        var messages = Enumerable.Range(0, Messages).Select(i => Message($"raced/{i:D2}", $"29:person-{i % 4}")).ToList();

        // Like one submit retried by Teams and landing on both instances: each key is sent from A and B at the same moment.
        await AllAtOnceAsync(messages.SelectMany(m => Hosts.Select(h => (Func<Task>)(() => Delivery(h).SendAsync([m], CancellationToken.None)))));
        foreach (var host in Hosts)
        {
            host.Time.Advance(TimeSpan.FromMinutes(10));
        }

        await AllAtOnceAsync(Hosts.Select(h => (Func<Task>)(() => h.DeliverWaitingAsync())));

        Assert.Equal(0, await PendingCountAsync());
        AssertEachAcceptedOnce(messages);
    }

    private static OutboundDelivery Delivery(BotHost host) => host.Services.GetRequiredService<OutboundDelivery>();

    /// <summary>A card for a person the bot has not talked to alone yet, opened from the group chat as the bot stores it.</summary>
    private static OutboundMessage Message(string key, string personId)
    {
        var activity = JsonConvert.DeserializeObject<Activity>(GroupMessage(Mentor, "mock").ToJsonString())!;
        var card = $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{key}}"}]}""";
        return new OutboundMessage(key, OutboundTarget.PersonalChat, personId, null, card, ChatAddresses.Of(activity));
    }

    private static bool IsMessage(CapturedCall call) => call.Accepted && call.Method == "POST" && call.Card is not null;

    private void AssertEachAcceptedOnce(IEnumerable<OutboundMessage> messages)
    {
        var accepted = Hosts.SelectMany(h => h.Teams.Calls).Where(IsMessage).ToList();
        var counts = messages.ToDictionary(m => m.Key, m => accepted.Count(c => c.CardText.Contains($"\"{m.Key}\"", StringComparison.Ordinal)));
        Assert.All(counts, c => Assert.True(c.Value == 1, $"{c.Key} was accepted {c.Value} times"));
        Assert.Equal(counts.Count, accepted.Count);
    }

    /// <summary>Starts every action behind one gate, then lets them all go at once.</summary>
    private static async Task AllAtOnceAsync(IEnumerable<Func<Task>> actions)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = actions.Select(action => Task.Run(async () =>
        {
            await go.Task;
            await action();
        })).ToList();
        go.SetResult();
        await Task.WhenAll(running);
    }

    private Task<int> PendingCountAsync() => BlobCountAsync(DocumentKeys.OutboxPendingPrefix);

    private async Task<int> BlobCountAsync(string prefix)
    {
        var count = 0;
        await foreach (var _ in ContainerClient().GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }))
        {
            count++;
        }

        return count;
    }

    private BlobContainerClient ContainerClient() => new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(_container);
}
