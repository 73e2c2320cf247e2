using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Quick tags and question times, through the card clicks Teams sends and the documents they leave.</summary>
public sealed class QuickTagTests : HostTest
{
    private const string CardId = "msg-tag-setup";

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tag_ByInterviewer_ShowsOnTheirViewOnlyAndOnTheFeedbackForm()
    {
        var sessionId = await StartAsync(questions: 2);
        var view = await ClickAsync(Mentor, CardVerbs.Refresh, sessionId);
        var sharedUpdates = SharedUpdates().Count;

        Host.Time.Advance(TimeSpan.FromSeconds(40));
        view = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, TagButton(view, QuickTag.StrongStructure), CardId));
        Assert.Contains("✓ Strong structure", CardJson.Text(view));
        // The same click again (a double click, a Teams retry) finds the tag set and changes nothing.
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, OnButton(sessionId, 1, QuickTag.StrongStructure), CardId));
        view = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, TagButton(view, QuickTag.NoResultStated), CardId));

        var tags = (await Host.SessionAsync(sessionId))!.Questions[0].Tags;
        Assert.Equal([QuickTag.StrongStructure, QuickTag.NoResultStated], tags.Select(t => t.Tag));
        Assert.Equal(Host.Time.GetUtcNow(), tags[0].At);

        // A mistaken tag comes off with a second click on the refreshed card.
        view = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, TagButton(view, QuickTag.Rambling), CardId));
        view = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, TagButton(view, QuickTag.Rambling), CardId));
        Assert.DoesNotContain("✓ Rambling", CardJson.Text(view));

        // Tags changed only the interviewer's own view: the message everyone sees was not updated.
        Assert.Equal(sharedUpdates, SharedUpdates().Count);

        // Question 2 gets its own tag.
        await ClickAsync(Mentor, CardVerbs.Next, sessionId, questionNumber: 1);
        view = await ClickAsync(Mentor, CardVerbs.Refresh, sessionId);
        Assert.DoesNotContain("✓", CardJson.Text(view));
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, TagButton(view, QuickTag.WeNotI), CardId));

        await ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);
        await ClickAsync(Mentor, CardVerbs.OpenFeedback, sessionId);

        var form = CardJson.Text(CardsIn(PersonalChatId(Mentor.Id)).Single());
        Assert.Contains("Your quick tags", form);
        Assert.Contains("Q1: Strong structure, No result stated", form);
        Assert.Contains("Q2: Said \"we\", not \"I\"", form);

        // Nothing the candidate or the chat ever saw carried a tag.
        var seenByOthers = Host.Teams.Calls.Where(c => c.ConversationId != PersonalChatId(Mentor.Id)).Select(c => c.CardText).ToList();
        Assert.All(seenByOthers, text => Assert.DoesNotContain("Strong structure", text, StringComparison.Ordinal));
        Assert.DoesNotContain(CardVerbs.Tag, CardJson.Verbs(SharedUpdates().Last().Card!));
    }

    [Fact]
    public async Task Tag_ClickedByTheCandidate_IsRefusedAndStoresNothing()
    {
        var sessionId = await StartAsync(questions: 1);
        var before = await Host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);

        var refused = await Host.InvokeAsync(Invoke(Student, CardVerbs.Tag, OnButton(sessionId, 1, QuickTag.Rambling), CardId));

        Assert.Contains("Only the interviewer", CardJson.Text(refused));
        var after = await Host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Empty(after.Value.Questions[0].Tags);
    }

    [Fact]
    public async Task Tag_WithAnUnknownTagOrState_GetsAFriendlyCardAndStoresNothing()
    {
        var sessionId = await StartAsync(questions: 1);
        var before = await Host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        var unknownTag = OnButton(sessionId, 1, QuickTag.Rambling);
        unknownTag[CardInputs.Tag] = "Brilliant";
        var unknownState = OnButton(sessionId, 1, QuickTag.Rambling);
        unknownState[CardInputs.TagState] = "maybe";

        Assert.Contains("out of date", CardJson.Text(await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, unknownTag, CardId))));
        Assert.Contains("out of date", CardJson.Text(await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, unknownState, CardId))));

        var after = await Host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
    }

    [Fact]
    public async Task Questions_RecordWhenTheyWereAskedAndClosed_AndTheExportCarriesItWithTheTags()
    {
        var sessionId = await StartAsync(questions: 2);
        var startedAt = Host.Time.GetUtcNow();
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Tag, OnButton(sessionId, 1, QuickTag.GreatExample), CardId));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await ClickAsync(Mentor, CardVerbs.Pause, sessionId, questionNumber: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(5));
        await ClickAsync(Mentor, CardVerbs.Resume, sessionId, questionNumber: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(2));
        await ClickAsync(Mentor, CardVerbs.Next, sessionId, questionNumber: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(3));
        await ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);

        var questions = (await Host.SessionAsync(sessionId))!.Questions;
        Assert.Equal(startedAt, questions[0].AskedAt);
        Assert.Equal(startedAt.AddMinutes(8), questions[0].ClosedAt); // wall clock: the pause counts
        Assert.Equal(startedAt.AddMinutes(8), questions[1].AskedAt);
        Assert.Equal(startedAt.AddMinutes(11), questions[1].ClosedAt);

        await Host.PostActivityAsync(PersonalMessage(Student, "export my data"));
        var link = new Uri(Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(Student.Id)).Card!["actions"]![0]!["url"]!.GetValue<string>());
        using var client = Host.CreateClient();
        var export = (await client.GetFromJsonAsync<JsonNode>(link.PathAndQuery))!;
        var exported = export["sessionsAsCandidate"]!.AsArray().Single()!["questions"]!.AsArray();
        Assert.Equal(startedAt, exported[0]!["askedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(startedAt.AddMinutes(11), exported[1]!["closedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(nameof(QuickTag.GreatExample), exported[0]!["tags"]![0]!["tag"]!.GetValue<string>());
        Assert.Equal(startedAt, exported[0]!["tags"]![0]!["at"]!.GetValue<DateTimeOffset>());
    }

    private async Task<string> StartAsync(int questions)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = questions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, CardId));
        var sessionId = CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        return sessionId;
    }

    private Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, int? questionNumber = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return Host.InvokeAsync(Invoke(who, verb, data, CardId));
    }

    /// <summary>The data of the tag button for <paramref name="tag"/> on the card the interviewer sees, as Teams posts it back.</summary>
    private static JsonObject TagButton(JsonNode card, QuickTag tag) =>
        Buttons(card).Single(b => b["verb"]?.GetValue<string>() == CardVerbs.Tag && b["data"]![CardInputs.Tag]!.GetValue<string>() == tag.ToString())["data"]!.DeepClone().AsObject();

    private static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() == "Action.Execute" ? [o] : Enumerable.Empty<JsonObject>())
            .Concat(o.Where(p => p.Key != "refresh" && p.Value is not null).SelectMany(p => Buttons(p.Value!))),
        JsonArray a => a.Where(c => c is not null).SelectMany(c => Buttons(c!)),
        _ => [],
    };

    private static JsonObject OnButton(string sessionId, int questionNumber, QuickTag tag) => new()
    {
        [CardInputs.SessionId] = sessionId,
        [CardInputs.QuestionNumber] = questionNumber,
        [CardInputs.Tag] = tag.ToString(),
        [CardInputs.TagState] = CardInputs.TagOn,
    };

    private List<CapturedCall> SharedUpdates() =>
        Host.Teams.Calls.Where(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + CardId, StringComparison.Ordinal)).ToList();

    private List<JsonNode> CardsIn(string conversationId) =>
        Host.Teams.Calls.Where(c => c.Method == "POST" && c.ConversationId == conversationId && c.Card is not null).Select(c => c.Card!).ToList();
}
