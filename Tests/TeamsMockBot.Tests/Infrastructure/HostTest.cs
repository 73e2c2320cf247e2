namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Base of host tests: one fresh <see cref="BotHost"/> per test (xUnit makes a new instance per
/// test), stopped and its data folder deleted afterwards.
/// </summary>
public abstract class HostTest : IAsyncLifetime
{
    protected BotHost Host { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
    }
}
