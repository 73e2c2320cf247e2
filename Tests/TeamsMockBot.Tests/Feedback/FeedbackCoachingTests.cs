using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Feedback;

/// <summary>
/// The feedback form through /api/messages: the coach's flags come back with the form and
/// "Submit anyway" (nothing stored until then), required fields still block, and tampered or
/// out-of-range input is refused with nothing stored changed.
/// </summary>
public sealed class FeedbackCoachingTests : HostTest
{
    private MockDriver Driver => new(Host);

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SubmitFeedback_VagueAndHarshComments_ComeBackFlaggedWithSubmitAnywayAndNothingIsStored()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Strengths] = "Good job";
        fields[FeedbackInputs.Improvements] = "Your second answer was terrible.";

        var reshown = await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        var text = CardJson.Text(reshown);
        Assert.Contains("Too general", text, StringComparison.Ordinal);
        Assert.Contains("Kinder wording", text, StringComparison.Ordinal);
        Assert.Contains("What next?", text, StringComparison.Ordinal);
        Assert.Equal("Good job", CardJson.Inputs(reshown)[FeedbackInputs.Strengths]);
        Assert.Equal(["Submit feedback", "Submit anyway"], reshown["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Null((await Host.SessionAsync(sessionId))!.Feedback);
    }

    [Fact]
    public async Task SubmitAnyway_FlaggedComments_AreStoredAsWrittenAndTheFeedbackGoesOut()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Strengths] = "Good job";
        var reshown = await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        var anyway = SubmitAnywayData(reshown);
        foreach (var (name, value) in fields)
        {
            anyway[name] = value?.DeepClone();
        }

        var answer = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, anyway, "msg-form", "personal"));

        Assert.Contains("Your feedback is saved", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.Equal("Good job", (await Host.SessionAsync(sessionId))!.Feedback!.Strengths);
    }

    [Fact]
    public async Task SubmitAnyway_RequiredFieldMissing_StillBlocks()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var fields = MockDriver.FeedbackFields();
        fields.Remove(FeedbackInputs.Improvements);
        fields[FeedbackInputs.CoachingSeen] = "1";

        var reshown = await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        Assert.Contains("Name at least one thing to improve.", CardJson.Text(reshown), StringComparison.Ordinal);
        Assert.Null((await Host.SessionAsync(sessionId))!.Feedback);
    }

    [Fact]
    public async Task SubmitFeedback_NotObservedAndDatedStep_AreStoredWithoutAScoreForIt()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Rating("RoleKnowledge")] = FeedbackInputs.NotObserved;
        var due = DateOnly.FromDateTime(Host.Time.GetUtcNow().UtcDateTime).AddDays(7);
        fields[FeedbackInputs.ActionDue(2)] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        var feedback = (await Host.SessionAsync(sessionId))!.Feedback!;
        Assert.Equal(["RoleKnowledge"], feedback.NotObserved);
        Assert.DoesNotContain("RoleKnowledge", feedback.Ratings.Keys);
        Assert.Equal([null, due], feedback.ActionDue);
    }

    [Theory]
    [InlineData("rating", "7", "Choose a rating from 1 to 4, or Not observed.")]
    [InlineData("rating", "-1", "Choose a rating from 1 to 4, or Not observed.")]
    [InlineData("strengths", "long", "Keep it under 2000 characters.")]
    [InlineData("action1", "long", "Keep each step under 500 characters.")]
    [InlineData("actionDue1", "2001-01-01", "Pick a date from today")]
    public async Task SubmitFeedback_OutOfRangeOrTooLong_IsRefusedWithTheReasonAndNothingStored(string field, string value, string reason)
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var before = await StoredAsync(sessionId);
        var fields = MockDriver.FeedbackFields();
        var name = field == "rating" ? FeedbackInputs.Rating("Results") : field;
        fields[name] = value == "long" ? "In Q1 you " + new string('x', 2000) : value;

        var reshown = await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        Assert.Contains(reason, CardJson.Text(reshown), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(sessionId));
    }

    [Fact]
    public async Task SubmitFeedback_RatingForACompetencyTheRubricDoesNotHave_IsRefusedAndNothingStored()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var before = await StoredAsync(sessionId);
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Rating("Charisma")] = "4";

        var refused = await Driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);

        Assert.Contains("'Charisma', which is not on this session's rubric, so nothing was saved.", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.SubmitFeedback, CardJson.Verbs(refused));
        Assert.Equal(before, await StoredAsync(sessionId));
    }

    [Fact]
    public async Task SubmitFeedback_ForAnotherSession_IsRefusedWithoutShowingThatSessionsForm()
    {
        var mine = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup-1");
        var theirs = await Driver.MentorLedToFeedbackAsync(Bystander, Student, "msg-setup-2");
        var before = await StoredAsync(theirs);
        var form = Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(Mentor.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(CardVerbs.SubmitFeedback)).Card!;
        var data = CardJson.Data(form, CardVerbs.SubmitFeedback);
        Assert.Equal(mine, data[CardInputs.SessionId]!.GetValue<string>());
        data[CardInputs.SessionId] = theirs; // the tampered payload: my form's submit, another session's id
        data[FeedbackInputs.Strengths] = "";

        var refused = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, data, "msg-form", "personal"));

        Assert.Contains("Only the interviewer (Pat Peer)", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("Strong opening; result missing.", CardJson.Text(refused), StringComparison.Ordinal); // that session's private notes
        Assert.Equal(before, await StoredAsync(theirs));
    }

    [Fact]
    public async Task SubmitSelfAssessment_ForSomeoneElsesSessionOrWithAnUnknownCompetency_IsRefusedAndNothingStored()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        var before = await StoredAsync(sessionId);
        var form = Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(CardVerbs.SubmitSelfAssessment)).Card!;
        var data = CardJson.Data(form, CardVerbs.SubmitSelfAssessment);
        foreach (var (name, value) in MockDriver.Ratings())
        {
            data[name] = value?.DeepClone();
        }

        var byMentor = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));
        data[FeedbackInputs.Rating("Charisma")] = "4";
        var unknown = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        Assert.Contains("Only the candidate (Sam Student)", CardJson.Text(byMentor), StringComparison.Ordinal);
        Assert.Contains("'Charisma'", CardJson.Text(unknown), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(sessionId));
    }

    [Fact]
    public async Task SelfAssessment_AfterTheFeedbackWasSentEarly_IsRefusedSoSelfRatingsAreNeverGivenAfterSeeingTheMentors()
    {
        var sessionId = await Driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        await Driver.SubmitFeedbackAsync(Mentor, sessionId);
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.ReleaseFeedback, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-notice", "personal"));
        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(sessionId))!.Stage);

        var refused = await Driver.SubmitAsync(Student, CardVerbs.SubmitSelfAssessment, sessionId, MockDriver.Ratings());

        Assert.DoesNotContain("Self-assessment saved", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.Null((await Host.SessionAsync(sessionId))!.SelfAssessment);
    }

    private async Task<string> StoredAsync(string sessionId) => JsonSerializer.Serialize(await Host.SessionAsync(sessionId));

    private static JsonObject SubmitAnywayData(JsonNode card) =>
        card["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Submit anyway")!["data"]!.DeepClone().AsObject();
}
