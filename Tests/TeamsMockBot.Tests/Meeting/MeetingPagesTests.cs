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
    [InlineData("/meeting/sidepanel.js", "text/javascript", "saveNote")]
    [InlineData("/meeting/stage.html", "text/html", "stage.js")]
    [InlineData("/meeting/stage.js", "text/javascript", "'stage'")]
    [InlineData("/meeting/meeting-client.js", "text/javascript", "/api/meeting/panel")]
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
    public async Task MeetingClient_Authorizes_WithTheTeamsTokenOrTheSignedLinkNeverAQueryToken()
    {
        using var client = Host.CreateClient();
        var script = await client.GetStringAsync("/meeting/meeting-client.js");

        Assert.Contains("authentication.getAuthToken()", script, StringComparison.Ordinal);
        Assert.Contains("'Bearer ' + token", script, StringComparison.Ordinal);
        Assert.Contains("'PanelLink ' + connection.link", script, StringComparison.Ordinal);
        Assert.Contains("window.location.hash", script, StringComparison.Ordinal);
        Assert.DoesNotContain("location.search", script, StringComparison.Ordinal);
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
