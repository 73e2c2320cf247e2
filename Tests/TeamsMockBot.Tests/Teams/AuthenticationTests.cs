using Microsoft.AspNetCore.Hosting;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>With an App Id configured, every request must carry a valid Bot Framework token.</summary>
public sealed class AuthenticationTests : HostTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.token")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.")]
    public async Task Post_WithAppIdConfiguredAndNoUsableToken_Answers401AndSendsNothing(string? authorization)
    {
        using var secured = Host.WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppType", "SingleTenant");
            b.UseSetting("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");
            b.UseSetting("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002");
            b.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
        });
        using var client = secured.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var activity = PersonalMessage(Student, "help");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Empty(Host.Teams.Calls);
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "conversations")));
    }
}
