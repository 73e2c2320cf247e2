using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Hosting;

namespace TeamsMockBot.Tests.Hosting;

/// <summary>
/// "Validated at start": the host registers the built-in rubric and bank as instances, so they are
/// read and validated while the host is composed, and bad embedded content stops the start with
/// the InvalidContentException message instead of failing the first feedback form.
/// </summary>
public sealed class BuiltInContentStartupTests
{
    [Theory]
    [InlineData(typeof(Rubric))]
    [InlineData(typeof(QuestionBank))]
    public void AddApplicationServices_BuiltInContent_IsReadWhileComposingNotOnFirstUse(Type content)
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddApplicationServices();

        var registration = Assert.Single(builder.Services, d => d.ServiceType == content);
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Null(registration.ImplementationFactory);
        Assert.Same(content == typeof(Rubric) ? Rubric.BuiltIn : QuestionBank.BuiltIn, registration.ImplementationInstance);
    }
}
