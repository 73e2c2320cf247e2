using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// A whole peer mock in a group chat: Sam interviews Pat on Pat's plan, they swap, Pat interviews
/// Sam on Sam's plan; the feedback is double-blind and each rates the other as an interviewer.
/// </summary>
public sealed class PeerMockTests : HostTest
{
    private const string CardId = "msg-peer-setup";
    private static readonly (string Id, string Name) Sam = Student;
    private static readonly (string Id, string Name) Pat = Bystander;
    private const string SamOnPat = "Pat's follow-ups pushed me to give numbers; warn me before the last minute next time.";
    private const string PatOnSam = "Sam kept perfect time and asked sharp follow-ups about my trade-offs.";

    private MockDriver driver = null!;

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Sam);
        Host.Teams.Roster.Add(Pat);
        driver = new MockDriver(Host);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PeerMock_BothHalvesSwapAndFeedback_CardsWaitUntilBothHaveSubmittedThenBothArrive()
    {
        var (first, second) = await BothHalvesToFeedbackAsync();

        // Half 2 is Pat interviewing Sam, on its own plan, tied to half 1.
        var half1 = (await Host.SessionAsync(first))!;
        var half2 = (await Host.SessionAsync(second))!;
        Assert.Equal((Sam.Id, Pat.Id), (half1.Interviewer.Id, half1.Candidate.Id));
        Assert.Equal((Pat.Id, Sam.Id), (half2.Interviewer.Id, half2.Candidate.Id));
        Assert.Equal(new PeerHalf(first, 2, first) { ReleaseAt = half1.Peer!.ReleaseAt }, half2.Peer);
        Assert.NotNull(half1.Peer.ReleaseAt);
        Assert.Empty(half1.Questions.Select(q => q.QuestionId).Intersect(half2.Questions.Select(q => q.QuestionId)));

        // Each gives feedback for the half they ran, and self-assesses the half they answered, rating their interviewer.
        await driver.SubmitFeedbackAsync(Sam, first);
        var incomplete = await driver.SubmitAsync(Pat, CardVerbs.SubmitSelfAssessment, first, MockDriver.Ratings());
        Assert.Contains("Rate your interviewer from 1 to 4.", CardJson.Text(incomplete));
        Assert.Null((await Host.SessionAsync(first))!.SelfAssessment);
        await driver.SubmitPeerSelfAssessmentAsync(Pat, first, 3, PatOnSam);
        await driver.SubmitFeedbackAsync(Pat, second);

        // Three of the four forms are in: half 1 is complete, but Sam still owes a self-assessment, so nobody sees anything yet.
        Assert.Empty(Reports(Pat));
        Assert.Empty(Reports(Sam));
        Assert.Equal(SessionStage.AwaitingFeedback, (await Host.SessionAsync(first))!.Stage);

        await driver.SubmitPeerSelfAssessmentAsync(Sam, second, 4, SamOnPat);

        // The last form lifts the blind: both cards go, each to its own candidate, once.
        var patsCard = CardJson.Text(Assert.Single(Reports(Pat)));
        var samsCard = CardJson.Text(Assert.Single(Reports(Sam)));
        Assert.Contains("with Sam Student", patsCard);
        Assert.Contains("with Pat Peer", samsCard);
        // Interviewer ratings reach the person rated: Pat sees how Sam rated Pat's interviewing, and the reverse.
        Assert.Contains("You as an interviewer", patsCard);
        Assert.Contains(SamOnPat, patsCard);
        Assert.Contains("4 / 4", patsCard);
        Assert.DoesNotContain(PatOnSam, patsCard);
        Assert.Contains(PatOnSam, samsCard);
        Assert.Contains("3 / 4", samsCard);
        Assert.DoesNotContain(SamOnPat, samsCard);

        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(first))!.Stage);
        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(second))!.Stage);
        Assert.Null(await Host.Store.ReadAsync<HeldFeedbackEntry>(DocumentKeys.HeldFeedback(first), CancellationToken.None));
    }

    [Fact]
    public async Task PeerMock_OneSideNeverSelfAssesses_CardsAreReleasedAtTheDeadlineBySweep()
    {
        var (first, second) = await BothHalvesToFeedbackAsync();
        await driver.SubmitFeedbackAsync(Sam, first);
        await driver.SubmitFeedbackAsync(Pat, second);
        await driver.SubmitPeerSelfAssessmentAsync(Pat, first, 2, PatOnSam);
        var releaseAt = (await Host.SessionAsync(first))!.Peer!.ReleaseAt!.Value;

        // Before the deadline the sweep holds everything back.
        Host.Time.SetUtcNow(releaseAt - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Host.ReleaseHeldFeedbackAsync());
        Assert.Empty(Reports(Pat));
        Assert.Empty(Reports(Sam));

        // Past it, a fresh instance on the same data (a restart: nothing held in memory) finds the hold in the
        // store and sends both cards with whatever is in.
        var restarted = new BotHost(Host.DataPath, Host.Time);
        try
        {
            Host.Time.SetUtcNow(releaseAt + TimeSpan.FromSeconds(1));
            Assert.Equal(1, await restarted.ReleaseHeldFeedbackAsync());
            Assert.Single(Reports(Pat, restarted));
            var samsCard = CardJson.Text(Assert.Single(Reports(Sam, restarted)));
            Assert.Contains(PatOnSam, samsCard);
            Assert.DoesNotContain("You as an interviewer", CardJson.Text(Reports(Pat, restarted).Single())); // Sam never rated Pat
            Assert.Equal(SessionStage.Completed, (await restarted.SessionAsync(first))!.Stage);
            Assert.Equal(SessionStage.Completed, (await restarted.SessionAsync(second))!.Stage);

            // Nothing is sent twice by a later pass, on either instance.
            Assert.Equal(0, await restarted.ReleaseHeldFeedbackAsync());
            Assert.Equal(0, await Host.ReleaseHeldFeedbackAsync());
            Assert.Single(Reports(Sam, restarted));
            Assert.Empty(Reports(Sam));
        }
        finally
        {
            await restarted.DisposeAsync();
        }
    }

    [Fact]
    public async Task PeerMock_ControlsOfAHalf_AreRefusedForAnyoneButThatHalfsInterviewer()
    {
        var first = await CreateAsync();
        await ClickAsync(Sam, CardVerbs.Start, first);

        // Pat is the candidate in half 1: Pat cannot move it on, end it or swap.
        foreach (var verb in new[] { CardVerbs.Next, CardVerbs.Tag, CardVerbs.EndInterview, CardVerbs.SwapRoles })
        {
            var refused = await ClickAsync(Pat, verb, first, questionNumber: 1, tag: QuickTag.Rambling);
            Assert.Contains("Only the interviewer", CardJson.Text(refused));
        }

        // Swap before the interview part ended is refused too, and nothing was created.
        Assert.Contains("End the interview first", CardJson.Text(await ClickAsync(Sam, CardVerbs.SwapRoles, first)));
        Assert.Null(await Host.SessionAsync(PeerHalf.SecondHalfIdOf(first)));
        Assert.Equal(SessionStage.Interviewing, (await Host.SessionAsync(first))!.Stage);

        await ClickAsync(Sam, CardVerbs.EndInterview, first);
        Assert.Contains("swap roles", CardJson.Text(await ClickAsync(Sam, CardVerbs.OpenFeedback, first)));
        await ClickAsync(Sam, CardVerbs.SwapRoles, first);
        var second = PeerHalf.SecondHalfIdOf(first);

        // In half 2 the roles are reversed: Sam's clicks on half 2 are refused, Pat's work.
        var samStarts = await ClickAsync(Sam, CardVerbs.Start, second);
        Assert.Contains("Only the interviewer", CardJson.Text(samStarts));
        Assert.Equal(SessionStage.Ready, (await Host.SessionAsync(second))!.Stage);
        await ClickAsync(Pat, CardVerbs.Start, second);
        Assert.Contains("Only the interviewer", CardJson.Text(await ClickAsync(Sam, CardVerbs.Next, second, questionNumber: 1)));
        Assert.Equal(1, (await Host.SessionAsync(second))!.CurrentNumber);

        // Half 1 is over: its controls do nothing any more.
        var stale = await ClickAsync(Sam, CardVerbs.Next, first, questionNumber: 1);
        Assert.DoesNotContain(CardVerbs.Next, CardJson.Verbs(stale));
    }

    [Fact]
    public async Task PeerMock_MeetingEndsDuringHalfOne_ItClosesAsAPlainMockAndAnOldSwapButtonOnlyReRenders()
    {
        var first = await CreateAsync();
        await ClickAsync(Sam, CardVerbs.Start, first);

        Assert.NotNull(await Host.Services.GetRequiredService<CloseInterview>().CloseAsync(first, "meeting ended", CancellationToken.None));
        var card = await ClickAsync(Sam, CardVerbs.SwapRoles, first);

        Assert.Contains("Feedback time", CardJson.Text(card));
        Assert.Null(await Host.SessionAsync(PeerHalf.SecondHalfIdOf(first)));
        // No second half, so no blind and no interviewer rating: Pat's card comes as in any mock.
        Assert.DoesNotContain(FeedbackInputs.InterviewerScore, CardJson.Inputs(Forms(Pat, CardVerbs.SubmitSelfAssessment).Single()).Keys);
        await driver.SubmitFeedbackAsync(Sam, first);
        await driver.SubmitSelfAssessmentAsync(Pat, first);
        Assert.Single(Reports(Pat));
        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(first))!.Stage);
    }

    /// <summary>Setup, half 1 (with a tag), a double-clicked swap, half 2 (with a tag), both forms open.</summary>
    private async Task<(string First, string Second)> BothHalvesToFeedbackAsync()
    {
        var first = await CreateAsync();
        await ClickAsync(Sam, CardVerbs.Start, first);
        await ClickAsync(Sam, CardVerbs.Tag, first, questionNumber: 1, tag: QuickTag.GreatExample);
        await ClickAsync(Sam, CardVerbs.EndInterview, first);

        var swapped = await ClickAsync(Sam, CardVerbs.SwapRoles, first);
        await ClickAsync(Sam, CardVerbs.SwapRoles, first); // a double click finishes the same swap
        var second = PeerHalf.SecondHalfIdOf(first);
        // Sam is the candidate now: the answer Sam sees has no controls; the chat's card shows half 2 for Pat to run.
        Assert.DoesNotContain(CardVerbs.Start, CardJson.Verbs(swapped));
        var shared = SharedUpdates().Last().Card!;
        Assert.Contains("Pat Peer interviewing Sam Student", CardJson.Text(shared));
        Assert.Contains("half 2 of 2", CardJson.Text(shared));
        Assert.Equal(Pat.Id, shared["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Equal(second, CardJson.Data(shared, CardVerbs.Refresh)[CardInputs.SessionId]!.GetValue<string>());

        // Half 1's forms: Sam's feedback for Pat, and Pat's self-assessment, which rates Sam as an interviewer.
        var samsForm = CardJson.Text(Forms(Sam, CardVerbs.SubmitFeedback).Single());
        Assert.Contains("Q1: Great example", samsForm);
        Assert.Contains("neither of you sees the other's before", samsForm);
        Assert.Contains(FeedbackInputs.InterviewerScore, CardJson.Inputs(Forms(Pat, CardVerbs.SubmitSelfAssessment).Single()).Keys);

        // Half 2, run by Pat with the interviewer's view: hints and quick tags.
        await ClickAsync(Pat, CardVerbs.Start, second);
        var patsView = await ClickAsync(Pat, CardVerbs.Refresh, second);
        Assert.Contains(CardVerbs.Tag, CardJson.Verbs(patsView));
        Assert.Contains("Only you can see this", CardJson.Text(patsView));
        await ClickAsync(Pat, CardVerbs.Tag, second, questionNumber: 1, tag: QuickTag.Rambling);
        await ClickAsync(Pat, CardVerbs.EndInterview, second);
        await ClickAsync(Pat, CardVerbs.OpenFeedback, second);

        Assert.Contains("Q1: Rambling", CardJson.Text(Forms(Pat, CardVerbs.SubmitFeedback).Single()));
        Assert.Single(Forms(Sam, CardVerbs.SubmitSelfAssessment));
        // The timer of half 1 was forgotten when it stopped; half 2's stops with its questions.
        Assert.Null(await Host.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(first), CancellationToken.None));
        return (first, second);
    }

    private async Task<string> CreateAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Pat.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.Peer),
            [CardInputs.Length] = "30",
            [CardInputs.QuestionCount] = "1",
        };
        var card = await Host.InvokeAsync(Invoke(Sam, CardVerbs.CreateSession, data, CardId));
        Assert.Contains("half 1 of 2", CardJson.Text(card));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, int? questionNumber = null, QuickTag? tag = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        if (tag is { } t)
        {
            data[CardInputs.Tag] = t.ToString();
            data[CardInputs.TagState] = CardInputs.TagOn;
        }

        return Host.InvokeAsync(Invoke(who, verb, data, CardId));
    }

    private List<CapturedCall> SharedUpdates() =>
        Host.Teams.Calls.Where(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + CardId, StringComparison.Ordinal)).ToList();

    private List<JsonNode> CardsIn((string Id, string Name) who, BotHost? host = null) =>
        (host ?? Host).Teams.Calls.Where(c => c.Method == "POST" && c.ConversationId == PersonalChatId(who.Id) && c.Card is not null).Select(c => c.Card!).ToList();

    private List<JsonNode> Forms((string Id, string Name) who, string verb) => CardsIn(who).Where(c => CardJson.Verbs(c).Contains(verb)).ToList();

    private List<JsonNode> Reports((string Id, string Name) who, BotHost? host = null) =>
        CardsIn(who, host).Where(c => CardJson.Text(c).Contains("Your mock interview feedback", StringComparison.Ordinal)).ToList();
}
