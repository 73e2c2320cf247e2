namespace TeamsMockBot.Testing;

/// <summary>
/// Test classes that need blob storage share one Azurite process per test assembly (started once,
/// ≈ 1.5 s). A linked source file: xUnit wants the definition in the assembly that uses it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
