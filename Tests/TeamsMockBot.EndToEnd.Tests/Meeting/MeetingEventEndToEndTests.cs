using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Meeting;

/// <summary>
/// Meeting start and end sent through the Playground's "Mock an Activity" into its group chat, as
/// Teams would send them in a meeting chat. The Playground has no meeting APIs, so the organizer
/// cannot be read and the setup offer names the event's sender; everything else is the real path.
/// </summary>
public sealed class MeetingEventEndToEndTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    private const string MeetingId = "MCMxOTptZWV0aW5nX3BsYXlncm91bmRAdGhyZWFkLnYyIzA=";
    private static readonly PlaygroundPerson Morgan = PlaygroundCast.Morgan;

    [Fact]
    public async Task MeetingStartThenEnd_InTheGroupChat_OfferSetupThenCloseTheRunningInterview()
    {
        var group = teams.Cast.GroupChatId;

        // The meeting starts with no session: the setup card arrives in the chat, addressed to Morgan.
        await teams.Api.SendMeetingEventAsync(Morgan, group, "application/vnd.microsoft.meetingStart", MeetingId, new JsonObject
        {
            ["Id"] = MeetingId, ["MeetingType"] = "Scheduled", ["Title"] = "Mock interview", ["StartTime"] = Now(),
        });
        var offer = await teams.Bot.Connector.WaitForAsync(c => c.IsNewMessage && c.ConversationId == group && c.Message.ActionData(CardVerbs.CreateSession) is not null);
        Assert.True(offer.Message.Says(Morgan.Name + ", choose who you're interviewing"), offer.Message.AllText);

        // Morgan creates the session on that card and starts it.
        var ready = await teams.Api.ClickAsync(Morgan, group, offer.MessageId!, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = teams.Cast.CurrentUser.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "2",
        });
        var sessionId = PlaygroundMessage.ActionData(ready, CardVerbs.Start)![CardInputs.SessionId]!.GetValue<string>();
        await teams.Api.ClickAsync(Morgan, group, offer.MessageId!, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId });

        // The meeting ends: the interview goes to feedback and the forms go to both personal chats.
        await teams.Api.SendMeetingEventAsync(Morgan, group, "application/vnd.microsoft.meetingEnd", MeetingId, new JsonObject
        {
            ["Id"] = MeetingId, ["MeetingType"] = "Scheduled", ["Title"] = "Mock interview", ["EndTime"] = Now(),
        });
        await teams.Bot.Connector.WaitForAsync(c => c.IsNewMessage && c.Message.ActionData(CardVerbs.SubmitSelfAssessment) is not null);
        await teams.Bot.Connector.WaitForAsync(c => c.IsNewMessage && c.Message.ActionData(CardVerbs.SubmitFeedback) is not null);
        var session = await teams.Bot.Services.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
        Assert.Equal(SessionStage.AwaitingFeedback, session.Stage);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
}
