using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Observability;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>
/// Export, delete and retention read a per-person and a per-day index, never every session: among
/// 2,000 stored sessions, "delete my data" reads in proportion to the person's own sessions.
/// </summary>
public sealed class PersonIndexTests(ITestOutputHelper output) : HostTest
{
    private const int OtherSessions = 2_000;
    private static readonly (string Id, string Name) Busy = ("29:busy-student", "Bea Busy");
    private static readonly DateTimeOffset LongAgo = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteMyData_AmongTwoThousandSessions_ReadsInProportionToThePersonsOwnSessions()
    {
        await SeedAsync(OtherSessions, i => (($"29:mentor-{i % 50}", "Mentor"), ($"29:student-{i % 400}", "Student")));
        await SeedAsync(4, i => (Mentor, Student));
        await SeedAsync(16, i => (Mentor, Busy));

        var few = await StoreReadsWhileDeletingAsync(Student);
        var many = await StoreReadsWhileDeletingAsync(Busy);
        output.WriteLine($"store reads for 'delete my data' among {OtherSessions + 20} sessions: 4 sessions → {few}, 16 sessions → {many}");

        // A bounded number of reads per own session plus a small constant, nowhere near the 2,020 stored.
        Assert.InRange(few, 4, (10 * 4) + 20);
        Assert.InRange(many, few + 1, (10 * 16) + 20);
        Assert.Empty(await Sessions.FindByPersonAsync(Student.Id, CancellationToken.None));
        Assert.Empty(await Sessions.FindByPersonAsync(Mentor.Id, CancellationToken.None)); // both candidates' sessions went with them
        Assert.Equal(OtherSessions / 50, (await Sessions.FindByPersonAsync("29:mentor-0", CancellationToken.None)).Count); // nobody else's
    }

    [Fact]
    public async Task RetentionSweep_ListsOnlyOldDays_AndDeletesJustTheOldSessions()
    {
        await SeedAsync(3, i => (Mentor, Student), createdAt: LongAgo);
        await SeedAsync(2, i => (Mentor, Busy));

        var deleted = await Host.Services.GetRequiredService<RetentionSweep>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(3, deleted);
        Assert.Empty(await Sessions.FindByPersonAsync(Student.Id, CancellationToken.None));
        Assert.Equal(2, (await Sessions.FindByPersonAsync(Busy.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Start_SessionsStoredBeforeTheIndexesExisted_AreIndexedOnce()
    {
        var questions = QuestionBank.BuiltIn.ForTrack(Track.Behavioral).Take(2).ToList();
        var old = MockSession.Plan("s-before-indexes", LongAgo, new Participant(Mentor.Id, Mentor.Name), new Participant(Student.Id, Student.Name),
            new SessionSetup(Track.Behavioral, "teamwork", InterviewFormat.MentorLed, 60, 2), questions);
        await Host.Store.CreateAsync(DocumentKeys.Session(old.Id), old, CancellationToken.None); // as an older version stored it: no index entries
        await Host.Store.DeleteAsync(DocumentKeys.SessionIndexesBuilt, etag: null, CancellationToken.None);
        Assert.Empty(await Sessions.FindByPersonAsync(Student.Id, CancellationToken.None));

        await using var restarted = new BotHost(Host.DataPath, Host.Time);
        _ = restarted.Services; // starts it

        var found = await restarted.Services.GetRequiredService<ISessionStore>().FindByPersonAsync(Student.Id, CancellationToken.None);
        Assert.Equal("s-before-indexes", Assert.Single(found).Id);
        Assert.NotNull(await Host.Store.ReadAsync<IndexEntry>(DocumentKeys.SessionIndexesBuilt, CancellationToken.None));
    }

    private ISessionStore Sessions => Host.Services.GetRequiredService<ISessionStore>();

    private async Task<int> StoreReadsWhileDeletingAsync((string Id, string Name) person)
    {
        using var operations = new MetricCollector<long>(Host.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.StoreOperationsCounter);
        await Host.PostActivityAsync(PersonalMessage(person, "delete my data"));
        await Host.InvokeAsync(Invoke(person, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-delete-" + person.Id, "personal"));
        return operations.GetMeasurementSnapshot().Count(m => m.Tags["teamsmockbot.store.operation"] is "read" or "list");
    }

    private async Task SeedAsync(int count, Func<int, ((string Id, string Name) Interviewer, (string Id, string Name) Candidate)> people, DateTimeOffset? createdAt = null)
    {
        var questions = QuestionBank.BuiltIn.ForTrack(Track.Behavioral).Take(2).ToList();
        var setup = new SessionSetup(Track.Behavioral, "teamwork", InterviewFormat.MentorLed, 60, 2);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (interviewer, candidate) = people(i);
            var session = MockSession.Plan($"s{prefix}{i:D5}", createdAt ?? Host.Time.GetUtcNow(), new Participant(interviewer.Id, interviewer.Name), new Participant(candidate.Id, candidate.Name), setup, questions);
            await Sessions.CreateAsync(session, ct);
        });
    }
}
