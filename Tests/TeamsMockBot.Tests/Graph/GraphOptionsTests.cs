using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Graph;

namespace TeamsMockBot.Tests.Graph;

/// <summary>Graph settings: what turns Graph scheduling on, and the start-up messages for settings that cannot work.</summary>
public sealed class GraphOptionsTests
{
    [Fact]
    public void AddGraphScheduling_NoCredential_RegistersNoCalendarAndSaysSo()
    {
        var services = new ServiceCollection();

        var added = services.AddGraphScheduling(Configuration([]));

        Assert.False(added);
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(IMockCalendar));
    }

    [Fact]
    public void AddGraphScheduling_ManagedIdentity_RegistersTheGraphCalendar()
    {
        var services = new ServiceCollection();

        var added = services.AddGraphScheduling(Configuration(new() { ["Graph:ManagedIdentityClientId"] = FakeManagedIdentity.ClientId }));

        Assert.True(added);
        Assert.Contains(services, s => s.ServiceType == typeof(IMockCalendar) && s.ImplementationType == typeof(GraphMockCalendar));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(Application.Analytics.IMeetingTranscripts)); // transcripts are off by default
    }

    [Theory]
    [InlineData("Graph:ClientId=c", "needs both Graph:TenantId and Graph:ClientId")]
    [InlineData("Graph:TenantId=t;Graph:ClientId=c", "exactly one of Graph:ClientSecret or Graph:CertificatePath")]
    [InlineData("Graph:TenantId=t;Graph:ClientId=c;Graph:CertificatePath=/nowhere/bot.pem", "'/nowhere/bot.pem' does not exist")]
    [InlineData("Graph:ManagedIdentityClientId=m;Graph:ClientId=c;Graph:TenantId=t;Graph:ClientSecret=s", "not both")]
    [InlineData("Graph:TenantId=t", "no Graph credential is")]
    [InlineData("Graph:Transcripts=true", "Graph:Transcripts needs a Graph credential")]
    [InlineData("Graph:ManagedIdentityClientId=m;Graph:BaseUrl=http://graph.example.com/v1.0", "must be an absolute https URL")]
    public void Start_WithSettingsThatCannotWork_StopsWithAMessageNamingTheSetting(string settings, string expected)
    {
        var configuration = Configuration(settings.Split(';').Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]));
        var services = new ServiceCollection();
        services.AddSingleton(configuration); // BindConfiguration reads the host's IConfiguration
        services.AddGraphScheduling(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("=s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithTheAppRegistrationSecret_IsValid()
    {
        var options = new GraphOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" };

        Assert.True(new GraphOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("https://graph.microsoft.com/.default", options.Scope);
        Assert.Equal("https://graph.microsoft.us/.default", new GraphOptions { BaseUrl = new Uri("https://graph.microsoft.us/v1.0") }.Scope);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
