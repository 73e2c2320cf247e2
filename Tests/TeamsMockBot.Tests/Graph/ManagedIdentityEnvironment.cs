namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// Sets <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> to a <see cref="FakeManagedIdentity"/> for the Graph
/// tests, as App Service does for the bot. Environment variables are process-wide, so the collection that uses
/// this runs alone (<see cref="GraphTestGroup"/>), and the old values come back afterwards.
/// </summary>
public sealed class ManagedIdentityEnvironment : IAsyncLifetime
{
    private string? _endpoint;
    private string? _header;

    public FakeManagedIdentity Identity { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await FakeManagedIdentity.StartAsync();
        _endpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        _header = Environment.GetEnvironmentVariable("IDENTITY_HEADER");
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", Identity.Endpoint.AbsoluteUri);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", Identity.Header);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", _header);
        await Identity.DisposeAsync();
    }
}

/// <summary>Graph tests share the managed identity environment and never run beside other tests, which might read it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GraphTestGroup : ICollectionFixture<ManagedIdentityEnvironment>
{
    public const string Name = "Graph (managed identity environment)";
}
