namespace TeamsMockBot.Storage.Tests.Infrastructure;

/// <summary>Test classes that need blob storage share one Azurite process (started once, ≈ 1.5 s).</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
