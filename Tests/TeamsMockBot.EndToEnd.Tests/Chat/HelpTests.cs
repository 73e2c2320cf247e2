using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Chat;

public sealed class HelpTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Help_TypedInPersonalChat_ShowsCardThatOffersAMock()
    {
        await using var page = await teams.OpenPageAsync(nameof(Help_TypedInPersonalChat_ShowsCardThatOffersAMock));
        await page.OpenChatAsync(page.PersonalChat);
        // Opening the page makes the Playground announce the install, and the bot may welcome us:
        // let that settle so the card we wait for is the answer to "help".
        await teams.Feed.WaitForQuietAsync(TimeSpan.FromSeconds(1.5));
        var before = await page.CardCountAsync();

        await page.SendAsync("help");

        await page.WaitForCardAsync("mock", after: before);
        await page.ScreenshotAsync("help-card");
    }
}
