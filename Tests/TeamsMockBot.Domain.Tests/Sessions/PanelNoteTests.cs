using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>The side panel's note: one per question, rewritten by each save, beside the card's notes.</summary>
public sealed class PanelNoteTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private static MockSession Started()
    {
        Question[] questions =
        [
            new("q-1", Track.Behavioral, "One?", TimeSpan.FromMinutes(4), "Good.", ["F?"], ["Structure"], ["conflict"]),
            new("q-2", Track.Behavioral, "Two?", TimeSpan.FromMinutes(4), "Good.", ["F?"], ["Structure"], ["conflict"]),
        ];
        return MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "conflict", InterviewFormat.MentorLed, 60, 2), questions)
            .Start(Mentor.Id, T0);
    }

    [Fact]
    public void WritePanelNote_RepeatedSaves_LeaveOneNoteWithTheLatestTextAndTime()
    {
        var session = Started().TakeNote(Mentor.Id, "card note", T0);

        session = session.WritePanelNote(Mentor.Id, 1, "Cl", T0.AddSeconds(1));
        session = session.WritePanelNote(Mentor.Id, 1, "Clear STAR ", T0.AddSeconds(2));

        Assert.Equal(["card note", "Clear STAR"], session.Notes.Select(n => n.Text));
        var panel = session.PanelNoteFor(1)!;
        Assert.True(panel.FromPanel);
        Assert.Equal(T0.AddSeconds(2), panel.At);
        Assert.False(session.Notes[0].FromPanel);
    }

    [Fact]
    public void WritePanelNote_Empty_RemovesOnlyThePanelsNote()
    {
        var session = Started().TakeNote(Mentor.Id, "card note", T0).WritePanelNote(Mentor.Id, 1, "draft", T0);

        session = session.WritePanelNote(Mentor.Id, 1, "   ", T0);

        Assert.Equal(["card note"], session.Notes.Select(n => n.Text));
        Assert.Null(session.PanelNoteFor(1));
    }

    [Fact]
    public void WritePanelNote_AfterNext_StillWritesTheEarlierQuestionsNote()
    {
        var session = Started().WritePanelNote(Mentor.Id, 1, "first", T0).Next(Mentor.Id, T0, 1);

        session = session.WritePanelNote(Mentor.Id, 1, "first, finished", T0).WritePanelNote(Mentor.Id, 2, "second", T0);

        Assert.Equal("first, finished", session.PanelNoteFor(1)!.Text);
        Assert.Equal("second", session.PanelNoteFor(2)!.Text);
    }

    [Fact]
    public void WritePanelNote_SameText_IsStaleAndChangesNothing() =>
        Assert.Throws<StaleActionException>(() => Started().WritePanelNote(Mentor.Id, 1, "x", T0).WritePanelNote(Mentor.Id, 1, " x", T0));

    [Fact]
    public void WritePanelNote_ByTheCandidate_Refused() =>
        Assert.Throws<NotInterviewerException>(() => Started().WritePanelNote(Student.Id, 1, "x", T0));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void WritePanelNote_QuestionNotAskedYet_Refused(int questionNumber) =>
        Assert.Throws<SessionRuleException>(() => Started().WritePanelNote(Mentor.Id, questionNumber, "x", T0));

    [Fact]
    public void WritePanelNote_TooLong_Refused() =>
        Assert.Throws<SessionRuleException>(() => Started().WritePanelNote(Mentor.Id, 1, new string('x', MockSession.MaxNoteLength + 1), T0));

    [Fact]
    public void Participant_DirectoryId_MatchesIgnoringCaseAndNeverMatchesAMissingId()
    {
        var withId = new Participant("29:1", "A") { DirectoryId = "6F1C2D4E-0000-4000-8000-000000000042" };

        Assert.True(withId.HasDirectoryId("6f1c2d4e-0000-4000-8000-000000000042"));
        Assert.False(withId.HasDirectoryId(null));
        Assert.False(new Participant("29:1", "A").HasDirectoryId(null));
        Assert.False(new Participant("29:1", "A").HasDirectoryId(string.Empty));
    }
}
