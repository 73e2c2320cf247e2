using System.Text.Json.Nodes;
using TeamsMockBot.Application.History;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Analytics;

/// <summary>
/// The analytics lane's new fields are additive: a session stored before delivery analytics and a
/// history stored before quiz scores read at the same schema version with none, and round-trip.
/// </summary>
public sealed class StoredAnalyticsCompatibilityTests
{
    private static readonly byte[] StoredSession =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    [Fact]
    public void SessionStoredBeforeAnalytics_ReadsWithNone()
    {
        Assert.Null(JsonNode.Parse(StoredSession)!["delivery"]); // the fixture really predates it

        var session = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredSession);

        Assert.Null(session.Delivery);
    }

    [Fact]
    public void SessionWithAnalytics_RoundTripsAtTheSameSchemaVersion()
    {
        var session = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredSession) with
        {
            Delivery = new DeliveryAnalytics(
                DateTimeOffset.UnixEpoch, TranscriptSource.Upload, TimeSpan.FromMinutes(30), true,
                [new SpeakerDelivery(SpeakerRole.Candidate, 1200, TimeSpan.FromMinutes(9), new Dictionary<string, int> { ["um"] = 4 }, 0.7, TimeSpan.FromMinutes(2))],
                [new AnswerTiming(1, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(2.5))]),
        };

        var bytes = DocumentSerializer.Default.Serialize(DocumentKeys.Session("s-stored-v1"), session);
        var read = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), bytes);

        Assert.Equal(1, JsonNode.Parse(bytes)![DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.Equal(133, read.Delivery!.Candidate!.WordsPerMinute);
        Assert.Equal(4, read.Delivery.Candidate.Fillers["um"]);
        Assert.Equal(TimeSpan.FromMinutes(2.5), Assert.Single(read.Delivery.Answers).Spoken);
    }

    [Fact]
    public void HistoryStoredBeforeQuizScores_ReadsWithNoneAndKeepsItsSessions()
    {
        var stored = """
            { "schemaVersion": 1, "sessions": [ { "sessionId": "s-1", "createdAt": "2026-10-02T14:00:00+00:00", "role": "candidate", "questionIds": [ "beh-01" ] } ] }
            """u8.ToArray();

        var history = DocumentSerializer.Default.Deserialize<StudentHistory>(DocumentKeys.StudentHistory("29:student"), stored);
        var withQuiz = history.WithQuiz(new QuizAttempt("a-1", "mock-practice-v1", DateTimeOffset.UnixEpoch, 8, 10));

        Assert.Empty(history.QuizAttempts);
        Assert.Equal("s-1", Assert.Single(withQuiz.Sessions).SessionId);
        Assert.Single(withQuiz.WithQuiz(withQuiz.QuizAttempts[0]).QuizAttempts); // the same attempt again
        Assert.Single(withQuiz.With(new StudentHistoryItem("s-2", DateTimeOffset.UnixEpoch, StudentHistoryItem.CandidateRole, [])).QuizAttempts); // adding a session keeps the scores
    }
}
