using System.Net;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// The <c>Teams:</c> settings through the real host: <c>Teams:AllowedServiceHosts</c> replaces the
/// built-in hosts for incoming activities, and a bad setting stops the start naming it.
/// </summary>
public sealed class TeamsOptionsTests
{
    private static Dictionary<string, string> Secured(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task Post_AllowedServiceHostsSet_RefusesABuiltInHostNotListed()
    {
        await using var host = new BotHost(settings: Secured(("Teams:AllowedServiceHosts:0", "smba.trafficmanager.net")));

        using var response = await PostAsync(host, "https://europe.botframework.com/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("'https://europe.botframework.com/' is not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Teams.Calls);
        host.DeleteData();
    }

    [Fact]
    public async Task Post_AllowedServiceHostsSet_LetsAListedHostOnToTheTokenCheck()
    {
        await using var host = new BotHost(settings: Secured(("Teams:AllowedServiceHosts:0", "smba.trafficmanager.net")));

        using var response = await PostAsync(host, "https://smba.trafficmanager.net/amer/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // past the host check, stopped by the token check
        Assert.Empty(host.Teams.Calls);
        host.DeleteData();
    }

    [Fact]
    public async Task Post_AllowedServiceHostsNotSet_AcceptsTheBuiltInHosts()
    {
        await using var host = new BotHost(settings: Secured());

        using var response = await PostAsync(host, "https://europe.botframework.com/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // past the host check, stopped by the token check
        Assert.Empty(host.Teams.Calls);
        host.DeleteData();
    }

    [Theory]
    [InlineData("Teams:AllowedServiceHosts:0", "https://smba.trafficmanager.net/", "Teams:AllowedServiceHosts has 'https://smba.trafficmanager.net/'")]
    [InlineData("Teams:AllowedServiceHosts:0", "smba.trafficmanager.net/amer", "Teams:AllowedServiceHosts")]
    [InlineData("Teams:AllowedTenantIds:0", " ", "Teams:AllowedTenantIds")]
    [InlineData("Teams:MaxRetries", "9", "MaxRetries")]
    [InlineData("Teams:RetryDelay", "00:05:00", "RetryDelay")]
    [InlineData("Teams:MaxRetryDelay", "01:00:00", "MaxRetryDelay")]
    [InlineData("Delivery:ClaimLease", "00:01:00", "Delivery:ClaimLease is 00:01:00, shorter than one send may take")]
    public async Task Start_BadTeamsSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        var error = await BotHost.StartFailureAsync(new Dictionary<string, string> { [key] = value });

        Assert.True(error.ToString().Contains(expected, StringComparison.Ordinal), error.ToString());
    }

    private static async Task<HttpResponseMessage> PostAsync(BotHost host, string serviceUrl)
    {
        var activity = PersonalMessage(Student, "help");
        activity["serviceUrl"] = serviceUrl;
        using var client = host.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        // A well-formed token is there (so the door looks at the serviceUrl) but it is unsigned: no request here gets past the adapter.
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.");
        return await client.PostAsync("/api/messages", content);
    }
}
