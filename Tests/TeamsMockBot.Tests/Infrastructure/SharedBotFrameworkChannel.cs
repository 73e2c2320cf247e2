namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Test classes that need the fake Bot Framework channel (https metadata + JWKS) share one per test
/// assembly: one certificate trusted once, before any of them makes a TLS connection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBotFrameworkChannel : ICollectionFixture<BotFrameworkChannelFixture>
{
    public const string Name = "Bot Framework channel";
}
