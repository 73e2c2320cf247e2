using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>
/// The "export my data" link on both stores (the local folder and blobs on Azurite): it downloads
/// once, expires, and of several simultaneous downloads exactly one gets the file.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ExportLinkTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Stores() => ["folder", "blob"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Download_SimultaneousRequests_ExactlyOneGetsTheFile(string store)
    {
        await using var host = Host(store);
        try
        {
            for (var round = 0; round < 5; round++) // several links, so a race that only sometimes loses is caught
            {
                var path = await ExportLinkAsync(host);
                var clients = Enumerable.Range(0, 8).Select(_ => host.CreateClient()).ToList();
                using var start = new SemaphoreSlim(0);
                var downloads = clients.Select(async c =>
                {
                    await start.WaitAsync();
                    using var response = await c.GetAsync(path);
                    return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
                }).ToList();
                start.Release(clients.Count);
                var results = await Task.WhenAll(downloads);
                clients.ForEach(c => c.Dispose());

                var (status, body) = Assert.Single(results, r => r.Item1 == 200);
                Assert.Contains(Student.Id, body, StringComparison.Ordinal);
                Assert.All(results.Where(r => r.Item1 != 200), r => Assert.Contains(r.Item1, new[] { 404, 410 }));
            }
        }
        finally
        {
            host.DeleteData();
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Download_AfterTheLinkExpired_IsRefusedAndGivesNothing(string store)
    {
        await using var host = Host(store);
        try
        {
            var path = await ExportLinkAsync(host);
            host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

            using var client = host.CreateClient();
            using var late = await client.GetAsync(path);

            Assert.Equal(404, (int)late.StatusCode);
            Assert.DoesNotContain(Student.Id, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            host.DeleteData();
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Download_Twice_SecondIsRefused(string store)
    {
        await using var host = Host(store);
        try
        {
            var path = await ExportLinkAsync(host);
            using var client = host.CreateClient();

            using (var first = await client.GetAsync(path))
            {
                Assert.Equal(200, (int)first.StatusCode);
            }

            using var second = await client.GetAsync(path);
            Assert.Equal(404, (int)second.StatusCode);
        }
        finally
        {
            host.DeleteData();
        }
    }

    private BotHost Host(string store) => store == "blob"
        ? new BotHost(settings: new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:Container"] = "exports-" + Guid.NewGuid().ToString("N"),
        })
        : new BotHost();

    private static async Task<string> ExportLinkAsync(BotHost host)
    {
        host.Teams.Clear();
        using (var response = await host.PostActivityAsync(PersonalMessage(Student, "export my data")))
        {
            Assert.Equal(200, (int)response.StatusCode);
        }

        var card = Assert.Single(host.Teams.Calls).Card!;
        return new Uri(card["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery;
    }
}
