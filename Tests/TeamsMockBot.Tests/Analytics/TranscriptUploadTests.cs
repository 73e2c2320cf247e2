using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Analytics;

/// <summary>A student sends a .vtt transcript in their personal chat: analysed against their newest session, kept on it, answered with the analytics card.</summary>
public sealed class TranscriptUploadTests : HostTest
{
    private const string FileUrl = "https://contoso-my.sharepoint.com/personal/sam_contoso_com/Documents/Microsoft%20Teams%20Chat%20Files/mock-interview.vtt";

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", name));

    /// <summary>A mentor-led mock, one question put at the start and closed 48 s later (as the fixture's first answer ends).</summary>
    private async Task<string> InterviewedSessionAsync()
    {
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
        Host.Teams.Clear();
        return sessionId;
    }

    /// <summary>The session's stored document as the folder store keeps it, to compare before and after.</summary>
    private string StoredSession(string sessionId) =>
        File.ReadAllText(Path.Combine(Host.DataPath, DocumentKeys.Session(sessionId).Replace('/', Path.DirectorySeparatorChar) + ".json"));

    private void Serve(string url, string text) => Host.Teams.Files[url] = (HttpStatusCode.OK, Encoding.UTF8.GetBytes(text));

    private async Task<JsonNode> SendFileAsync(string name, string url)
    {
        using var response = await Host.PostActivityAsync(PersonalFile(Student, name, url));
        Assert.True(response.IsSuccessStatusCode);
        return Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).Card!;
    }

    public override async Task InitializeAsync() => Host.Teams.Roster.Add(Student);

    [Fact]
    public async Task VttFile_IsAnalysedAgainstTheNewestSessionAndKeptOnIt()
    {
        var sessionId = await InterviewedSessionAsync();
        Serve(FileUrl, Fixture("mock-interview.vtt"));

        var card = await SendFileAsync("mock-interview.vtt", FileUrl);

        var text = CardJson.Text(card);
        Assert.Contains("Delivery analytics", text, StringComparison.Ordinal);
        Assert.Contains("91 words per minute · slower than the 120–160 wpm conversational range", text, StringComparison.Ordinal);
        Assert.Contains("7.0 per minute · 7.7 per 100 words · high", text, StringComparison.Ordinal);
        Assert.Contains("You 82% · interviewer 18%", text, StringComparison.Ordinal);
        Assert.Contains("0:40 of", text, StringComparison.Ordinal); // question 1: 0:00–0:48, the candidate spoke 40 s of it
        Assert.Contains(CardVerbs.ShowProgress, CardJson.Verbs(card));
        Assert.Single(Host.Teams.FileDownloads);

        var delivery = (await Host.SessionAsync(sessionId))!.Delivery!;
        Assert.Equal(91, delivery.Candidate!.Words);
        Assert.Equal(TimeSpan.FromSeconds(40), Assert.Single(delivery.Answers).Spoken);
        Assert.True(delivery.CandidateFoundByName);
    }

    [Fact]
    public async Task VttFile_KeepsFiguresNotTheTranscript()
    {
        var sessionId = await InterviewedSessionAsync();
        Serve(FileUrl, Fixture("mock-interview.vtt"));

        await SendFileAsync("mock-interview.vtt", FileUrl);

        var stored = StoredSession(sessionId);
        Assert.Contains("\"delivery\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("capstone", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatIsNotVtt_IsRefusedWithoutDownloading()
    {
        var sessionId = await InterviewedSessionAsync();

        var card = await SendFileAsync("cv.docx", "https://contoso-my.sharepoint.com/personal/sam/cv.docx");

        Assert.Contains("Send a .vtt transcript", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Empty(Host.Teams.FileDownloads);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task VttThatIsNotATranscript_IsRefusedAndNothingChanges()
    {
        var sessionId = await InterviewedSessionAsync();
        var before = StoredSession(sessionId);
        Serve(FileUrl, Fixture("not-a-transcript.vtt"));

        var card = await SendFileAsync("notes.vtt", FileUrl);

        Assert.Contains("That isn't a transcript I can read", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Contains("WEBVTT", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(before, StoredSession(sessionId));
        Assert.Contains(Host.Logs.GetSnapshot(), l => l.Message.Contains("Transcript refused: NotWebVtt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HugeFile_IsRefusedAndNothingChanges()
    {
        var sessionId = await InterviewedSessionAsync();
        var before = StoredSession(sessionId);
        Host.Teams.Files[FileUrl] = (HttpStatusCode.OK, Encoding.UTF8.GetBytes("WEBVTT\n\n" + new string('x', 6 * 1024 * 1024)));

        var card = await SendFileAsync("huge.vtt", FileUrl);

        Assert.Contains("That file is too large", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(before, StoredSession(sessionId));
    }

    [Fact]
    public async Task LinkOutsideTheFileHosts_IsNeverFollowed()
    {
        var sessionId = await InterviewedSessionAsync();
        const string elsewhere = "https://files.example.com/mock-interview.vtt";
        Serve(elsewhere, Fixture("mock-interview.vtt"));

        var card = await SendFileAsync("mock-interview.vtt", elsewhere);

        Assert.Contains("I couldn't open that file", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Empty(Host.Teams.FileDownloads);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task FileHostRefuses_SaysTryAgainAndNothingChanges()
    {
        var sessionId = await InterviewedSessionAsync();
        Host.Teams.Files[FileUrl] = (HttpStatusCode.Forbidden, []);

        var card = await SendFileAsync("mock-interview.vtt", FileUrl);

        Assert.Contains("I couldn't download that file", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task FileHostNeverAnswers_TimesOutOnTheAppsClock()
    {
        var sessionId = await InterviewedSessionAsync();
        Host.Teams.Files[FileUrl] = (0, []);

        var sending = Host.PostActivityAsync(PersonalFile(Student, "mock-interview.vtt", FileUrl));
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (Host.Teams.FileDownloads.IsEmpty) // until the download has started and is waiting
        {
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "the download never started");
            await Task.Delay(5);
        }

        Host.Time.Advance(TimeSpan.FromSeconds(21)); // Transcripts:Timeout is 20 s
        using (await sending)
        {
        }

        var card = Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).Card!;
        Assert.Contains("I couldn't download that file", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);
    }

    [Fact]
    public async Task StudentWithoutSessions_IsToldToStartOne()
    {
        Serve(FileUrl, Fixture("mock-interview.vtt"));

        var card = await SendFileAsync("mock-interview.vtt", FileUrl);

        Assert.Contains("No mock interview to match it to", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Empty(Host.Teams.FileDownloads);
    }
}
