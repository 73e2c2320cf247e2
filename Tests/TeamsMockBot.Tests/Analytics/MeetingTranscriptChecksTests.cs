using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Analytics;

/// <summary>
/// After a booked Teams meeting's interview ends, the durable timers look for its transcript 5, 20 and
/// 60 minutes later (Teams publishes it late): the first transcript found is analysed and sent to the
/// candidate once, and the looking stops; with transcripts off the bot looks once and stops.
/// </summary>
public sealed class MeetingTranscriptChecksTests : HostTest
{
    /// <summary>Thursday 26 November, 10:00 UTC: the booked slot.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly TeamsMeetingCalendar _calendar = new(MeetingChatId);
    private readonly Transcripts _transcripts = new();

    private sealed class Transcripts : IMeetingTranscripts
    {
        public bool IsEnabled { get; set; } = true;

        /// <summary>What each look answers, in order; null = not published yet.</summary>
        public Queue<string?> Answers { get; } = new();

        public int Looks { get; private set; }

        public Task<string?> GetLatestVttAsync(string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken)
        {
            Looks++;
            return Task.FromResult(Answers.Count > 0 ? Answers.Dequeue() : null);
        }
    }

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.TestServices = s =>
        {
            s.RemoveAll<IMockCalendar>();
            s.AddSingleton<IMockCalendar>(_calendar);
            s.RemoveAll<IMeetingTranscripts>();
            s.AddSingleton<IMeetingTranscripts>(_transcripts);
        };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TranscriptPublishedLate_FoundOnTheSecondLook_AnalysedAndSentOnce()
    {
        _transcripts.Answers.Enqueue(null);
        _transcripts.Answers.Enqueue(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", "mock-interview.vtt")));
        var (sessionId, ended) = await InterviewEndedAsync();

        Host.Time.Advance(ended.AddMinutes(5) - Host.Time.GetUtcNow());
        await Host.FireDueTimersAsync();
        Assert.Equal(1, _transcripts.Looks);
        Assert.Null((await Host.SessionAsync(sessionId))!.Delivery);

        Host.Time.Advance(TimeSpan.FromMinutes(15));
        await Host.FireDueTimersAsync();
        Assert.Equal(2, _transcripts.Looks);
        Assert.Equal(TranscriptSource.Meeting, (await Host.SessionAsync(sessionId))!.Delivery!.Source);
        Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is { } card && CardJson.Text(card).Contains("From the meeting's Teams transcript.", StringComparison.Ordinal));

        Host.Time.Advance(TimeSpan.FromHours(2));
        await Host.FireDueTimersAsync();
        Assert.Equal(2, _transcripts.Looks); // found: no more looks
    }

    [Fact]
    public async Task TranscriptsOff_LooksOnceAndStops()
    {
        _transcripts.IsEnabled = false;
        var (sessionId, ended) = await InterviewEndedAsync();

        for (var i = 0; i < 3; i++)
        {
            Host.Time.Advance(TimeSpan.FromMinutes(30));
            await Host.FireDueTimersAsync();
        }

        Assert.Equal(0, _transcripts.Looks); // off: the adapter is never asked
        Assert.Equal(3, (await Host.SessionAsync(sessionId))!.TranscriptChecks); // and the looking is over
        Assert.True(Host.Time.GetUtcNow() > ended);
    }

    /// <summary>Books a Teams meeting on Thursday, runs the interview in it, ends it and opens feedback; returns the session and when it ended.</summary>
    private async Task<(string SessionId, DateTimeOffset Ended)> InterviewEndedAsync()
    {
        var form = SchedulingDriver.Form(Student.Id);
        var slots = await Host.InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.FindSlots, form, SchedulingDriver.FormCardId));
        var booked = await Host.InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));
        var sessionId = CardJson.Data(booked, CardVerbs.CancelBooking)[CardInputs.SessionId]!.GetValue<string>();

        Host.Time.Advance(Thursday - Host.Time.GetUtcNow());
        var session = new JsonObject { [CardInputs.SessionId] = sessionId };
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, session, SchedulingDriver.SlotsCardId));
        Host.Time.Advance(TimeSpan.FromSeconds(48));
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.EndInterview, session.DeepClone().AsObject(), SchedulingDriver.SlotsCardId));
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.OpenFeedback, session.DeepClone().AsObject(), SchedulingDriver.SlotsCardId));
        var stored = (await Host.SessionAsync(sessionId))!;
        var ended = stored.InterviewEndedAt;
        Assert.True(ended is not null, $"stage {stored.Stage}, booking {stored.Booking?.JoinUrl}, started {stored.StartedAt}");
        return (sessionId, ended.Value);
    }
}
