using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Meeting;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Authorization;

/// <summary>
/// docs/authorization.md is the table this test runs: one test per cell (row × person), the expected
/// outcome read from the cell's first word, so the page and the behaviour cannot drift apart. Every
/// refused or read-only cell is checked for a polite answer, an unchanged store (file by file),
/// nothing sent to Teams beyond the one reply to a typed command, no interviewer material, and a log
/// line with the activity id. A route, command, shared-file route or endpoint with no row, or a row with no scenario here, fails.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    public static readonly (string Id, string Name) Staff = ("29:careers-casey", "Casey Careers");
    public static readonly (string Id, string Name) Stranger = ("29:stranger-sly", "Sly Stranger");
    public const string StrangerTenant = "tenant-elsewhere";
    private const string NoteText = "Strong opening; result missing (private note).";
    private const string StrengthsText = "Clear structure: situation and task were set up in under thirty seconds.";

    private static int cardNumber;

    private BotHost Host => fixture.Host;

    private FakeEntraId Entra => fixture.Entra;

    /// <summary>Every cell of the page: (row id, person, expected outcome).</summary>
    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in AuthorizationTable.Rows())
        {
            foreach (var (who, outcome) in row.Cells)
            {
                data.Add(row.Id, who, outcome);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string action, string who, string expected)
    {
        Assert.True(Scenarios.TryGetValue(action, out var scenario), $"docs/authorization.md has a row '{action}' with no scenario in {nameof(AuthorizationMatrixTests)}.");
        var person = Enum.Parse<Who>(who, ignoreCase: true);
        var context = await scenario.Prepare(this, person);
        var before = StoreSnapshot();
        var callsBefore = Host.Teams.Calls.Count;
        Host.Logs.Clear();

        var answer = await scenario.Act(this, context, person);

        switch (expected)
        {
            case "allowed":
                Assert.True(answer.Status is 200, $"{action} as {who}: expected allowed, got {answer.Status} {answer.Body?.ToJsonString()}");
                Assert.False(IsRefusalNotice(answer), $"{action} as {who}: expected allowed, got the refusal {answer.Text}");
                await scenario.Allowed(this, context, person, answer);
                break;
            case "read-only":
                Assert.Equal(200, answer.Status);
                AssertNoInterviewerMaterial(answer, context);
                AssertNothingChanged(before, callsBefore, answer, action, who);
                break;
            case "refused":
                Assert.True(answer.Status is 200 or 401 or 403 or 404, $"{action} as {who}: a refusal must be a card or a 4xx, got {answer.Status}");
                if (answer.Status == 200)
                {
                    Assert.False(string.IsNullOrWhiteSpace(answer.Text), $"{action} as {who}: the refusal says nothing");
                }
                else
                {
                    Assert.Equal("application/problem+json", answer.MediaType);
                }

                AssertNoInterviewerMaterial(answer, context);
                AssertNothingChanged(before, callsBefore, answer, action, who);
                break;
            default:
                Assert.Fail($"docs/authorization.md: '{expected}' is not allowed, read-only or refused ({action}, {who}).");
                break;
        }
    }

    [Fact]
    public void EveryVerbCommandAndEndpoint_HasARowAndEveryRowAScenario()
    {
        var rows = AuthorizationTable.Rows().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var routes = Host.Services.GetRequiredService<RouteTable>();
        var missing = routes.Verbs.Where(v => !rows.Contains(v)).Select(v => "verb " + v).ToList();
        missing.AddRange(Enum.GetValues<BotCommand>().Select(CommandRow).Where(c => !rows.Contains(c)).Select(c => "command " + c));
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(e => e != "POST /api/messages" && !e.EndsWith(" /healthz", StringComparison.Ordinal) && !e.EndsWith(" /readyz", StringComparison.Ordinal)) // the door (its own tests) and health
            .ToList();
        Assert.NotEmpty(endpoints);
        Assert.NotNull(routes.ForExtensionFetch(RouteTable.StartMockCommand));
        Assert.NotNull(routes.ForSharedFile);
        missing.AddRange(new[] { "file .vtt" }.Where(r => !rows.Contains(r)).Select(r => "shared file " + r));
        missing.AddRange(new[] { "composeExtension/fetchTask startMock", "composeExtension/submitAction startMock" }.Where(r => !rows.Contains(r)).Select(r => "message extension " + r));
        missing.AddRange(endpoints.Where(e => !rows.Contains(e)).Select(e => "endpoint " + e));
        Assert.True(missing.Count == 0, "docs/authorization.md has no row for: " + string.Join(", ", missing));
        Assert.DoesNotContain(rows, r => !Scenarios.ContainsKey(r));
        Assert.All(AuthorizationTable.Rows(), r => Assert.Equal(Enum.GetNames<Who>().Length, r.Cells.Count));
    }

    private static string CommandRow(BotCommand command) => command switch
    {
        BotCommand.Help => "help",
        BotCommand.Mock => "mock",
        BotCommand.History => "history",
        BotCommand.ExportData => "export my data",
        BotCommand.DeleteData => "delete my data",
        BotCommand.Schedule => "schedule a mock",
        BotCommand.Progress => "my progress",
        BotCommand.Quiz => "quiz",
        _ => "command " + command,
    };
}
