using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// One meeting of the meetings benchmark, over HTTP as Teams would drive it: the interviewer creates a
/// mentor-led mock in the meeting chat and starts it; on each question a burst of pause/resume clicks,
/// then the halfway and time-up milestones are awaited at Teams (their due times taken from the
/// session after the burst), then "Next"; "End interview" after the last one.
/// </summary>
internal sealed class MeetingDriver(MeetingsHost host, HttpClient client, int number)
{
    public const string HalfwayMarker = "Halfway through the time for this answer.";
    public const string TimeUpMarker = "Time is up. Wrap up this answer.";
    private const string CardId = "msg-meeting-card";
    private static readonly TimeSpan MilestoneDeadline = TimeSpan.FromSeconds(60);

    private readonly (string Id, string Name) _mentor = ($"29:mentor-{number}", $"Mentor {number}");
    private readonly string _student = $"29:student-{number}";

    public string ConversationId { get; } = $"19:meeting-{number}@thread.v2";

    /// <summary>Round trips of every click, Stopwatch ticks.</summary>
    public List<long> Turns { get; } = [];

    public int Failures { get; private set; }

    /// <summary>A mock created, started, paused, resumed and ended, so the host is warm before anything is measured.</summary>
    public async Task WarmUpAsync()
    {
        await ClickAsync(CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = _student,
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        });
        var data = new JsonObject { [CardInputs.SessionId] = CreateSession.SessionIdFor($"{ConversationId}|{CardId}"), [CardInputs.QuestionNumber] = 1 };
        foreach (var verb in new[] { CardVerbs.Start, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.EndInterview })
        {
            await ClickAsync(verb, data);
        }
    }

    public async Task RunAsync(int questions, int burst)
    {
        await ClickAsync(CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = _student,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = questions.ToString(CultureInfo.InvariantCulture),
        });
        var sessionId = CreateSession.SessionIdFor($"{ConversationId}|{CardId}");
        await ClickAsync(CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId });
        if (Failures > 0)
        {
            return; // counted: the run is invalid
        }

        for (var q = 1; q <= questions; q++)
        {
            var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = q };
            for (var i = 0; i < burst; i++)
            {
                await ClickAsync(i % 2 == 0 ? CardVerbs.Pause : CardVerbs.Resume, data); // an even burst ends running
            }

            await ExpectMilestonesAsync(sessionId);
            var waited = Stopwatch.StartNew();
            while (host.Teams.IsWaiting(ConversationId) && waited.Elapsed < MilestoneDeadline)
            {
                await Task.Delay(50);
            }

            await ClickAsync(q < questions ? CardVerbs.Next : CardVerbs.EndInterview, data);
        }
    }

    private async Task ExpectMilestonesAsync(string sessionId)
    {
        var session = await host.Services.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
        var timer = session.Current!.Timer;
        var stamp = Stopwatch.GetTimestamp();
        var used = timer.Used(TimeProvider.System.GetUtcNow());
        host.Teams.Expect(ConversationId, HalfwayMarker, stamp + Ticks((timer.Total / 2) - used));
        host.Teams.Expect(ConversationId, TimeUpMarker, stamp + Ticks(timer.Total - used));
    }

    private async Task ClickAsync(string verb, JsonObject data)
    {
        var body = TeamsActivityJson.InvokeInChat(ConversationId, _mentor, verb, data, CardId);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(MessagesEndpoint.Route, content);
        var answer = await response.Content.ReadAsStringAsync();
        Turns.Add(Stopwatch.GetTimestamp() - started);
        if (!response.IsSuccessStatusCode || answer.Contains("went wrong", StringComparison.OrdinalIgnoreCase))
        {
            Failures++;
            if (Failures <= 2)
            {
                var title = System.Text.RegularExpressions.Regex.Match(answer, "\"text\":\\s*\"([^\"]+)\"").Groups[1].Value;
                await Console.Error.WriteLineAsync($"meeting {number} {verb}: {(int)response.StatusCode} \"{title}\"");
            }
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
