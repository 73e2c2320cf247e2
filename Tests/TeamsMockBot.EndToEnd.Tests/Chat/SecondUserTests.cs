using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Chat;

/// <summary>The page acts as Sam; Morgan acts through the Playground's API in the same group chat.</summary>
public sealed class SecondUserTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Mock_SentByMentorInGroupChat_PostsSetupCardThatTheStudentSees()
    {
        await using var page = await teams.OpenPageAsync(nameof(Mock_SentByMentorInGroupChat_PostsSetupCardThatTheStudentSees));
        await page.OpenChatAsync(page.GroupChat);
        await teams.Feed.WaitForQuietAsync(TimeSpan.FromSeconds(1.5));
        var before = await page.CardCountAsync();
        var seen = teams.Feed.Events.Count;

        await teams.Api.SendAsAsync(PlaygroundCast.Morgan, teams.Cast.GroupChatId, "mock");

        var posted = await teams.Feed.WaitForAsync(m => m.ConversationId == teams.Cast.GroupChatId && m.Says(PlaygroundCast.Morgan.Name), seen);
        Assert.NotEmpty(posted.Cards);
        await page.WaitForCardAsync(PlaygroundCast.Morgan.Name, after: before);
        await page.ScreenshotAsync("setup-card");
    }
}
