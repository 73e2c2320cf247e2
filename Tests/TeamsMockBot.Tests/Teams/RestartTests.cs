using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>No interview state lives only in memory: a new process on the same data carries on.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_MidInterview_NextClickAndTimerContinue()
    {
        string sessionId;
        var first = new BotHost();
        try
        {
            var data = new JsonObject
            {
                [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
                [CardInputs.Track] = nameof(Track.Behavioral),
                [CardInputs.QuestionCount] = "3",
            };
            var created = await first.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, data, "msg-solo", "personal"));
            sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
            await first.InvokeAsync(Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));
        }
        finally
        {
            await first.DisposeAsync();
        }

        var second = new BotHost(first.DataPath, first.Time);
        try
        {
            // The timer was armed by the first process; the second one announces it.
            var allowed = (await second.SessionAsync(sessionId))!.Current!.Timer.Total;
            second.Time.Advance(allowed);
            Assert.Equal(1, await second.FireDueTimersAsync());
            Assert.Equal(TimerMilestone.TimeUp, (await second.SessionAsync(sessionId))!.Current!.Announced);
            Assert.Contains(second.Teams.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/msg-solo", StringComparison.Ordinal));

            await second.InvokeAsync(Invoke(Student, CardVerbs.Next, new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = 1 }, "msg-solo", "personal"));
            Assert.Equal(2, (await second.SessionAsync(sessionId))!.CurrentNumber);
        }
        finally
        {
            await second.DisposeAsync();
            second.DeleteData();
        }

    }
}
