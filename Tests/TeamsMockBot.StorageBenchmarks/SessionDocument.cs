using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.StorageBenchmarks;

/// <summary>A realistic session document: a mentor-led mock in progress, six questions, a dozen notes.</summary>
internal static class SessionDocument
{
    public static MockSession Build()
    {
        var now = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
        var interviewer = new Participant("29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA", "Morgan Mentor");
        var candidate = new Participant("29:1KOxGvbQwPcM2Jr1Xq3dRrKZkxaY9m7dD1KpQm0Vh2HUNmT6mNnJzYt5Lp_8tQW3dGvN0bKxA", "Sam Student");
        var setup = new SessionSetup(Track.Behavioral, "leadership and conflict", InterviewFormat.MentorLed, 60, 6);
        var session = MockSession.Plan("s3d5870927920655ae190", now, interviewer, candidate, setup, QuestionBank.BuiltIn.ForTrack(Track.Behavioral).Take(6).ToList())
            .Start(interviewer.Id, now);
        for (var i = 1; i <= 12; i++)
        {
            session = session.TakeNote(interviewer.Id, $"Note {i}: clear situation and task; the result lacked a number. Ask for the measurable outcome next time.", now.AddMinutes(i));
        }

        return session;
    }
}
