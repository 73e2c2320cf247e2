using System.Net;
using System.Security.Cryptography;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>The meeting tab's pages and the vendored Teams JS library are served by the bot's own Host.</summary>
public sealed class MeetingPagesTests : HostTest
{
    [Theory]
    [InlineData("/meeting/config.html", "text/html", "config.js")]
    [InlineData("/meeting/config.js", "text/javascript", "setValidityState(true)")]
    [InlineData("/meeting/sidepanel.html", "text/html", "sidepanel.js")]
    [InlineData("/meeting/sidepanel.js", "text/javascript", "/api/meeting/sessions/current")]
    [InlineData("/meeting/meeting.css", "text/css", ".countdown")]
    public async Task MeetingPage_Get_ServedWithItsContentType(string path, string mediaType, string expectedText)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigPage_SaveHandler_PointsTheTabAtTheSidePanelOverHttps()
    {
        using var client = Host.CreateClient();
        var script = await client.GetStringAsync("/meeting/config.js");

        Assert.Contains("'https://' + window.location.host + '/meeting/sidepanel.html'", script, StringComparison.Ordinal);
        Assert.Contains("suggestedDisplayName: 'Mock interview'", script, StringComparison.Ordinal);
        Assert.Contains("registerOnSaveHandler", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsJsLibrary_Served_MatchesTheHashInProvenance()
    {
        using var client = Host.CreateClient();
        var library = await client.GetByteArrayAsync("/lib/teams-js/MicrosoftTeams.min.js");
        var provenance = await client.GetStringAsync("/lib/PROVENANCE.md");

        var hash = Convert.ToHexString(SHA256.HashData(library)).ToLowerInvariant();
        Assert.Contains("`" + hash + "`", provenance, StringComparison.Ordinal);
        Assert.Contains("@microsoft/teams-js@2.58.0", provenance, StringComparison.Ordinal);
    }
}
