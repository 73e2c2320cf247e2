using System.Reflection;
using NetArchTest.Rules;

namespace TeamsMockBot.Tests;

/// <summary>Bot Framework stays in the Teams/ adapter folder, so a later SDK swap rewrites that folder only.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Host = typeof(Program).Assembly;

    [Fact]
    public void HostTypes_OutsideTeamsFolder_DoNotUseBotFramework()
    {
        var result = Types.InAssembly(Host)
            .That().DoNotResideInNamespace("TeamsMockBot.Teams")
            .ShouldNot().HaveDependencyOn("Microsoft.Bot")
            .GetResult();

        Assert.True(result.IsSuccessful, "Microsoft.Bot.* used outside Teams/: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData(typeof(TeamsMockBot.Domain.Sessions.MockSession))]
    [InlineData(typeof(TeamsMockBot.Cards.CardVerbs))]
    public void DomainAndCards_ReferenceNoPlatformAssembly(Type anyTypeInAssembly)
    {
        var references = anyTypeInAssembly.Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Bot", StringComparison.Ordinal)
            || r.StartsWith("Azure", StringComparison.Ordinal) || r.StartsWith("Microsoft.Graph", StringComparison.Ordinal)
            || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
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
}
