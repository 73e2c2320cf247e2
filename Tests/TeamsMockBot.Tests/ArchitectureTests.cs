using System.Reflection;
using NetArchTest.Rules;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Tests;

/// <summary>
/// The layering of docs/architecture.md, enforced: the domain references nothing, the application
/// layer only the domain and our card builders, and each platform SDK stays in its one adapter
/// folder of the host, so swapping an SDK rewrites that folder only.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly Assembly Application = typeof(TeamsMockBot.Application.Routing.RouteTable).Assembly;
    private static readonly Assembly Domain = typeof(TeamsMockBot.Domain.Sessions.MockSession).Assembly;
    private static readonly Assembly Cards = typeof(TeamsMockBot.Cards.CardVerbs).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        Assert.All(References(Domain), r => Assert.True(IsBaseLibrary(r), $"The domain references {r}."));
    }

    [Fact]
    public void Application_ReferencesOnlyDomainCardsAndLoggingAbstractions()
    {
        string[] allowed = ["TeamsMockBot.Domain", "TeamsMockBot.Cards", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options"];
        Assert.All(References(Application), r => Assert.True(IsBaseLibrary(r) || allowed.Contains(r), $"The application layer references {r}."));
    }

    [Fact]
    public void Cards_ReferenceOnlyTheDomain()
    {
        Assert.All(References(Cards), r => Assert.True(IsBaseLibrary(r) || r == "TeamsMockBot.Domain", $"The card builders reference {r}."));
    }

    [Theory]
    [InlineData("Microsoft.Bot", "TeamsMockBot.Teams")]
    [InlineData("Azure.Storage", "TeamsMockBot.Storage")]
    [InlineData("Microsoft.Graph", "TeamsMockBot.Graph")]
    [InlineData("Microsoft.Kiota", "TeamsMockBot.Graph")]
    [InlineData("Ical.Net", "TeamsMockBot.Calendar")]
    public void HostTypes_OutsideTheirAdapterFolder_DoNotUseThePlatformSdk(string sdk, string adapterNamespace)
    {
        var result = Types.InAssembly(Host)
            .That().DoNotResideInNamespace(adapterNamespace)
            .ShouldNot().HaveDependencyOn(sdk)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{sdk} used outside {adapterNamespace}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void AzureIdentity_IsUsedOnlyByTheAdaptersThatSignIn()
    {
        // Storage and Graph sign in with the managed identity; nothing else may hold a credential.
        var result = Types.InAssembly(Host)
            .That().DoNotResideInNamespace("TeamsMockBot.Storage").And().DoNotResideInNamespace("TeamsMockBot.Graph")
            .ShouldNot().HaveDependencyOn("Azure.Identity")
            .GetResult();

        Assert.True(result.IsSuccessful, "Azure.Identity used outside Storage/ and Graph/: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void DocumentKeys_AreKnownOnlyInsideStorage()
    {
        var result = Types.InAssemblies([Host, Application])
            .That().DoNotResideInNamespace("TeamsMockBot.Storage")
            .ShouldNot().HaveDependencyOn("TeamsMockBot.Storage.DocumentKeys")
            .GetResult();

        Assert.True(result.IsSuccessful, "The key layout is used outside Storage/: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TeamsBot_GetsItsCollaboratorsByConstructor_NotFromTheServiceProvider()
    {
        var result = Types.InAssembly(Host)
            .That().HaveName(nameof(MockInterviewBot))
            .ShouldNot().HaveDependencyOn("System.IServiceProvider")
            .GetResult();

        Assert.True(result.IsSuccessful);
        Assert.DoesNotContain(typeof(MockInterviewBot).GetConstructors().Single().GetParameters(), p => p.ParameterType == typeof(IServiceProvider));
    }

    [Fact]
    public void ArchitectureRule_CanFail_WhenTeamsTypesAreIncluded()
    {
        // Guards the guard: the same rule over the Teams folder must find Bot Framework there.
        var result = Types.InAssembly(Host)
            .That().ResideInNamespace("TeamsMockBot.Teams")
            .ShouldNot().HaveDependencyOn("Microsoft.Bot")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    private static bool IsBaseLibrary(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal);
}
