using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Analytics;

/// <summary>
/// <see cref="FetchMeetingTranscript"/>, the use case the meeting end will trigger: with transcripts
/// on (a stand-in for the Graph adapter), the meeting's transcript is analysed, kept and sent to the candidate.
/// </summary>
public sealed class MeetingTranscriptTests : HostTest
{
    private static readonly Uri JoinUrl = new("https://teams.microsoft.com/l/meetup-join/19%3ameeting_mock%40thread.v2/0");

    private sealed class FakeTranscripts(bool enabled, string? vtt) : IMeetingTranscripts
    {
        public List<(string Organizer, Uri JoinUrl)> Asked { get; } = [];

        public bool IsEnabled => enabled;

        public Task<string?> GetLatestVttAsync(string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken)
        {
            Asked.Add((organizerDirectoryId, joinUrl));
            return Task.FromResult(vtt);
        }
    }

    private FetchMeetingTranscript UseCase(IMeetingTranscripts transcripts) =>
        Host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(transcripts))).Services.GetRequiredService<FetchMeetingTranscript>();

    private async Task<string> InterviewedSessionAsync()
    {
        Host.Teams.Roster.Add(Student);
        var setup = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        };
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, setup, "msg-setup"));
        var sessionId = CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-setup"));
        Host.Time.Advance(TimeSpan.FromSeconds(48));
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.EndInterview, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-setup"));
        return sessionId;
    }

    [Fact]
    public async Task TranscriptAvailable_IsAnalysedKeptAndSentToTheCandidate()
    {
        var sessionId = await InterviewedSessionAsync();
        var transcripts = new FakeTranscripts(enabled: true, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", "mock-interview.vtt")));
        var fetch = UseCase(transcripts);
        Host.Teams.Clear();

        var outcome = await fetch.RunAsync(sessionId, "organizer-oid", JoinUrl, CancellationToken.None);

        Assert.Equal(TranscriptFetchOutcome.Analysed, outcome);
        Assert.Equal(("organizer-oid", JoinUrl), Assert.Single(transcripts.Asked));
        var delivery = (await Host.SessionAsync(sessionId))!.Delivery!;
        Assert.Equal(TranscriptSource.Meeting, delivery.Source);
        Assert.Equal(91, delivery.Candidate!.Words);
        var sent = Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null);
        Assert.Contains("From the meeting's Teams transcript.", CardJson.Text(sent.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTranscriptYet_ChangesNothing()
    {
        var sessionId = await InterviewedSessionAsync();

        var outcome = await UseCase(new FakeTranscripts(enabled: true, vtt: null)).RunAsync(sessionId, "organizer-oid", JoinUrl, CancellationToken.None);

        Assert.Equal(TranscriptFetchOutcome.NotYet, outcome);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task UnreadableTranscript_ChangesNothing()
    {
        var sessionId = await InterviewedSessionAsync();

        var outcome = await UseCase(new FakeTranscripts(enabled: true, vtt: "<html>not a transcript</html>")).RunAsync(sessionId, "organizer-oid", JoinUrl, CancellationToken.None);

        Assert.Equal(TranscriptFetchOutcome.Unusable, outcome);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task WithoutAGraphAdapter_TranscriptsAreOff()
    {
        var sessionId = await InterviewedSessionAsync();

        var outcome = await Host.Services.GetRequiredService<FetchMeetingTranscript>().RunAsync(sessionId, "organizer-oid", JoinUrl, CancellationToken.None);

        Assert.Equal(TranscriptFetchOutcome.Disabled, outcome);
    }
}
