using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Storage failing at the moment of a submit: the form comes back with every answer kept.</summary>
public sealed class FormSaveFailureTests : HostTest
{
    [Fact]
    public async Task SelfAssessmentSubmit_StorageDown_ReshowsFormWithAnswersAndStoresNothing()
    {
        var store = new WriteFailingStore(new FileDocumentStore(Host.DataPath));
        using var flaky = Host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IDocumentStore>(store);
        }));
        var sessionId = await StartSoloToFeedbackAsync(flaky);
        var form = CardsToStudent().Last(c => CardJson.Verbs(c).Contains(CardVerbs.SubmitSelfAssessment));
        var data = CardJson.Data(form, CardVerbs.SubmitSelfAssessment);
        data[FeedbackInputs.Reflection] = "I want to keep this sentence even if the save fails.";
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[FeedbackInputs.Rating(competency)] = "3";
        }

        store.FailingPrefix = "sessions/";
        var reshown = await InvokeAsync(flaky, Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));

        Assert.Contains(CardVerbs.SubmitSelfAssessment, CardJson.Verbs(reshown));
        Assert.Contains("answers are kept", CardJson.Text(reshown), StringComparison.Ordinal);
        Assert.Equal("I want to keep this sentence even if the save fails.", CardJson.Inputs(reshown)[FeedbackInputs.Reflection]);
        Assert.Equal("3", CardJson.Inputs(reshown)[FeedbackInputs.Rating("Presence")]);
        Assert.Null((await Host.SessionAsync(sessionId))!.SelfAssessment);
        Assert.Contains(flaky.Services.GetRequiredService<Microsoft.Extensions.Logging.Testing.FakeLogCollector>().GetSnapshot(), r => r.Message.Contains(sessionId, StringComparison.Ordinal) && r.Message.Contains("Could not save", StringComparison.Ordinal));

        store.FailingPrefix = null;
        await InvokeAsync(flaky, Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));
        Assert.NotNull((await Host.SessionAsync(sessionId))!.SelfAssessment);
    }

    private List<JsonNode> CardsToStudent() =>
        Host.Teams.Calls.Where(c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).Select(c => c.Card!).ToList();

    private static async Task<string> StartSoloToFeedbackAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var created = await InvokeAsync(factory, Invoke(Student, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Format] = "SoloPractice",
            [CardInputs.Track] = "General",
            [CardInputs.QuestionCount] = "1",
        }, "msg-solo", "personal"));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        foreach (var verb in new[] { CardVerbs.Start, CardVerbs.EndInterview, CardVerbs.OpenFeedback })
        {
            await InvokeAsync(factory, Invoke(Student, verb, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));
        }

        return sessionId;
    }

    private static async Task<JsonNode> InvokeAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, JsonNode activity)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        Assert.Equal(200, (int)response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]!;
    }
}
