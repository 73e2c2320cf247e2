namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>Starts and stops the <see cref="FakeBotFrameworkChannel"/> for <see cref="SharedBotFrameworkChannel"/>.</summary>
public sealed class BotFrameworkChannelFixture : IAsyncLifetime
{
    public FakeBotFrameworkChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync() => Channel = await FakeBotFrameworkChannel.StartAsync();

    public async Task DisposeAsync() => await Channel.DisposeAsync();
}
