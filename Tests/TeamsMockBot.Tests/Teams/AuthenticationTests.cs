using Microsoft.AspNetCore.Hosting;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>With an App Id configured, every request must carry a valid Bot Framework token.</summary>
public sealed class AuthenticationTests : HostTest
{
    [Fact]
    public async Task Post_WithAppIdConfiguredAndNoToken_Answers401AndSendsNothing()
    {
        using var secured = Host.WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppType", "SingleTenant");
            b.UseSetting("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");
            b.UseSetting("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002");
            b.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
        });
        using var client = secured.CreateClient();
        var activity = PersonalMessage(Student, "help");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Empty(Host.Teams.Calls);
    }
}
