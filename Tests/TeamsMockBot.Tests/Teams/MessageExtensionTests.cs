using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// The message-extension action "Start a mock interview": the dialog shows the setup card, and its
/// submit posts that card into the chat, where Create makes the session as it does for <c>mock</c>.
/// </summary>
public sealed class MessageExtensionTests : HostTest
{
    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FetchTask_StartMock_ReturnsDialogWithSetupCardThatSubmitsTheDialog()
    {
        var body = await InvokeAsync(MessageExtensionInvoke("composeExtension/fetchTask", RouteTable.StartMockCommand));

        Assert.Equal("continue", body["task"]!["type"]!.GetValue<string>());
        var dialog = body["task"]!["value"]!;
        Assert.Equal("Start a mock interview", dialog["title"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", dialog["card"]!["contentType"]!.GetValue<string>());
        var card = dialog["card"]!["content"]!;
        Assert.Contains("Set up a mock interview", CardJson.Text(card));
        Assert.Equal(Student.Id, CardJson.Inputs(card)[CardInputs.Candidate]);

        // In a dialog only Action.Submit sends the inputs back (as composeExtension/submitAction).
        var button = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", button["type"]!.GetValue<string>());
        Assert.Empty(CardJson.Verbs(card));
        Assert.DoesNotContain(Host.Teams.Calls, c => c.Method == "POST");
    }

    [Fact]
    public async Task SubmitAction_StartMock_PostsPrefilledSetupCardIntoChatAndClosesDialog()
    {
        var chosen = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.SystemDesign),
            [CardInputs.Focus] = "caching",
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "45",
            [CardInputs.QuestionCount] = "2",
        };

        var body = await InvokeAsync(MessageExtensionInvoke("composeExtension/submitAction", RouteTable.StartMockCommand, chosen));

        Assert.Empty(body.AsObject()); // no task and no compose result: Teams closes the dialog
        var posted = Assert.Single(Host.Teams.Calls, c => c.Method == "POST" && c.ConversationId == GroupChatId);
        var card = posted.Card!;
        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(card));
        var inputs = CardJson.Inputs(card);
        Assert.Equal(nameof(Track.SystemDesign), inputs[CardInputs.Track]);
        Assert.Equal("caching", inputs[CardInputs.Focus]);
        Assert.Equal("45", inputs[CardInputs.Length]);
        Assert.Equal("2", inputs[CardInputs.QuestionCount]);
        Assert.Equal(Student.Id, inputs[CardInputs.Candidate]);

        // Create on the posted card is the one way a session is made, with the values from the dialog.
        var create = new JsonObject(); // the button carries no data of its own in a group chat: the inputs are everything
        foreach (var (name, value) in inputs)
        {
            create[name] = value;
        }

        var ready = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, create, "msg-posted-setup"));
        var session = (await Host.SessionAsync(CardJson.Data(ready, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>()))!;
        Assert.Equal(Track.SystemDesign, session.Setup.Track);
        Assert.Equal(Student.Id, session.Candidate.Id);
        Assert.Equal(2, session.Questions.Count);
    }

    [Fact]
    public async Task SubmitAction_OutOfRangeValues_PostsCardThatSaysWhatToFix()
    {
        var chosen = new JsonObject { [CardInputs.Format] = nameof(InterviewFormat.MentorLed), [CardInputs.QuestionCount] = "40" };

        await InvokeAsync(MessageExtensionInvoke("composeExtension/submitAction", RouteTable.StartMockCommand, chosen));

        var card = Assert.Single(Host.Teams.Calls, c => c.Method == "POST" && c.ConversationId == GroupChatId).Card!;
        Assert.Contains($"Pick between 1 and {SessionSetup.MaxQuestionCount} questions.", CardJson.Text(card));
    }

    [Theory]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("composeExtension/submitAction")]
    public async Task UnknownCommand_AnyInvoke_ShowsMessageNamingTheCommand(string invokeName)
    {
        var body = await InvokeAsync(MessageExtensionInvoke(invokeName, "deleteEverything"));

        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        var text = body["task"]!["value"]!.GetValue<string>();
        Assert.Contains("no command 'deleteEverything'", text, StringComparison.Ordinal);
        Assert.Contains("Start a mock interview", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.Teams.Calls, c => c.Method == "POST");
    }

    private async Task<JsonNode> InvokeAsync(JsonNode activity)
    {
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(200, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>
    /// A <c>composeExtension/fetchTask</c> or <c>/submitAction</c> invoke from the group chat's compose
    /// box, shaped as the Teams docs show it: <c>value</c> holds the manifest command id, where it was
    /// started, the theme, and for a submit the dialog's input values in <c>data</c>.
    /// </summary>
    private static JsonNode MessageExtensionInvoke(string name, string commandId, JsonObject? data = null)
    {
        var activity = GroupMessage(Mentor, string.Empty);
        activity.AsObject().Remove("text");
        activity.AsObject().Remove("textFormat");
        activity["type"] = "invoke";
        activity["name"] = name;
        var value = new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "compose",
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        if (data is not null)
        {
            value["data"] = data;
        }

        activity["value"] = value;
        return activity;
    }
}
