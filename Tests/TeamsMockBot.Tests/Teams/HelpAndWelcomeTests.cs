using TeamsMockBot.Cards;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

public sealed class HelpAndWelcomeTests : HostTest
{
    [Theory]
    [InlineData("help")]
    [InlineData("what can you do?")]
    [InlineData("<at>TeamsMockBot</at> qwerty")]
    public async Task Message_HelpOrUnknown_RepliesWithHelpCardThatCanStartAMock(string text)
    {
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, text));

        Assert.Equal(200, (int)response.StatusCode);
        var reply = Assert.Single(Host.Teams.Calls);
        Assert.Equal(PersonalChatId(Student.Id), reply.ConversationId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains(CardVerbs.ShowSetup, CardJson.Verbs(reply.Card!));
        Assert.Contains("mock", CardJson.Text(reply.Card!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedToPersonalChat_SendsWelcomeCard()
    {
        using var response = await Host.PostActivityAsync(BotAddedToPersonalChat(Student));

        Assert.Equal(200, (int)response.StatusCode);
        var welcome = Assert.Single(Host.Teams.Calls);
        Assert.Contains(CardVerbs.ShowSetup, CardJson.Verbs(welcome.Card!));
    }

    [Fact]
    public async Task Message_MockInPersonalChat_OffersSoloPracticeOnly()
    {
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "start a mock interview"));

        var setup = Assert.Single(Host.Teams.Calls).Card!;
        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(setup));
        Assert.DoesNotContain(CardInputs.Candidate, CardJson.Inputs(setup).Keys);
    }

    [Fact]
    public async Task Healthz_Answers200()
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(200, (int)response.StatusCode);
    }
}
