using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// The checks <c>/api/messages</c> makes before the adapter sees a request: who may call with
/// authentication off, and how big a body may be. Each refusal stores and sends nothing, and the
/// bot answers normally afterwards.
/// </summary>
public sealed class MessagesDoorTests : HostTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("203.0.113.7")]
    public async Task Post_AuthOffFromAnUnknownOrRemoteAddress_Answers403AndDoesNothing(string? address)
    {
        Host.Caller.Address = address is null ? null : IPAddress.Parse(address);

        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "help"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Teams.Calls);
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "conversations")));
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("unknown address", StringComparison.Ordinal));
        await AnswersNormallyAfterwardsAsync();
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413BeforeReadingIt()
    {
        using var client = Host.CreateClient();
        using var content = new StringContent(HugeFocus(300 * 1024).ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "sessions")));
        await AnswersNormallyAfterwardsAsync();
    }

    [Fact]
    public async Task Post_BodyWithoutALengthThatGrowsPastTheLimit_Answers413()
    {
        using var client = Host.CreateClient();
        var bytes = Encoding.UTF8.GetBytes(HugeFocus(300 * 1024).ToJsonString());
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "sessions")));
        await AnswersNormallyAfterwardsAsync();
    }

    [Fact]
    public async Task Post_BodyJustUnderTheLimit_IsHandled()
    {
        var card = await Host.InvokeAsync(HugeFocus(200 * 1024));

        // Handled by the bot (a friendly answer about the focus), not refused at the door.
        Assert.NotEmpty(CardJson.Text(card));
    }

    private static JsonNode HugeFocus(int characters) =>
        Invoke(Mentor, CardVerbs.CreateSession, new JsonObject { [CardInputs.Focus] = new string('x', characters) }, "msg-setup");

    private async Task AnswersNormallyAfterwardsAsync()
    {
        Host.Caller.Address = IPAddress.Loopback;
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "help"));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(Host.Teams.Calls, c => c.Accepted && c.ConversationId == PersonalChatId(Student.Id));
    }

    /// <summary>A request body whose length is not known up front (sent chunked).</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
