using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Chat;

public sealed class HelpTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Help_TypedInPersonalChat_ShowsCardThatOffersAMock()
    {
        await using var page = await teams.OpenPageAsync(nameof(Help_TypedInPersonalChat_ShowsCardThatOffersAMock));
        await page.OpenChatAsync(page.PersonalChat);
        // Opening the page makes the Playground announce the install and the bot welcomes us (its
        // card also offers a mock): wait for that first, so the card we wait for is the answer to "help".
        await teams.Feed.WaitForAsync(m => m.ConversationId == teams.Cast.PersonalChatId && m.Says("welcome"));
        var before = await page.CardCountAsync();

        await page.SendAsync("help");

        await page.WaitForCardAsync("mock", after: before);
        await page.ScreenshotAsync("help-card");
    }
}
