using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using static TeamsMockBot.Cards.Tests.Catalog.SampleData;

namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>
/// Every card this lane owns, built with hostile text in every field a person typed (names, focus,
/// notes). The Chromium test and the JSON placement test run over this list: a new card, or a new
/// person-typed field, is covered by adding one line here.
/// </summary>
public static class HostileCards
{
    /// <summary>Tags every hostile value so a test can find where it ended up.</summary>
    public const string Marker = "ZQ7";

    /// <summary>What people could type that Teams might read as markdown, a mention, HTML or a link.</summary>
    public static IReadOnlyList<string> Payloads { get; } =
    [
        "# heading", "[Claim your prize](https://evil.example)", "**bold**", "<at>Sam</at>", "<script>alert(1)</script>", "_x_",
        "![img](https://evil.example/x.png)", "https://evil.example", "\u200Bzero-width", "\u202Eright-to-left",
    ];

    public static IReadOnlyList<(string Name, AdaptiveCard Card)> All { get; } =
    [
        ("help-welcome", HelpCard.Build(new HelpCardModel(IsWelcome: true, Typed("name")))),
        ("notice-names-a-person", NoticeCard.Build(new NoticeCardModel("Only the interviewer can do that", $"Only the interviewer ({Typed("interviewer")}) can use these controls.", NoticeKind.Info))),
        ("notice-title-names-a-person", NoticeCard.Build(new NoticeCardModel($"Sent to {Typed("name")}", "It is in your personal chat.", NoticeKind.Success, SessionId))),
        ("privacy-export", DataExportCard.Build(new DataExportCardModel(Typed("name"), 3, 1, new Uri("http://127.0.0.1:3978/privacy/exports/0123456789abcdef"), HeldAt))),
        ("privacy-delete-confirm", DeleteDataCard.Build(new DeleteDataCardModel(Typed("name"), 3, 1))),
        ("live-panel-interviewer", LivePanelCard.Build(new LivePanelCardModel(SessionId, Typed("name"), AsInterviewer: true, new Uri("http://127.0.0.1:3978/meeting/sidepanel.html#link=x"), HeldAt))),
        ("setup-group", SetupCard.Build(new SetupCardModel(Typed("interviewer"), [new PersonChoice(CandidateId, Typed("candidate"))], CandidateId, Track.Behavioral, Typed("focus"), InterviewFormat.MentorLed, 60, 5, new Dictionary<string, string>()))),
        ("setup-group-errors", SetupCard.Build(new SetupCardModel(Typed("interviewer"), [new PersonChoice(CandidateId, Typed("candidate"))], null, Track.Behavioral, Typed("focus"), InterviewFormat.Peer, 5, 5, new Dictionary<string, string> { [CardInputs.Candidate] = "Pick the candidate." }))),
        Interview("interview-ready-everyone", InterviewViewer.Everyone, SessionStage.Ready),
        Interview("interview-ready-interviewer", InterviewViewer.Interviewer, SessionStage.Ready),
        Interview("interview-question-everyone", InterviewViewer.Everyone, SessionStage.Interviewing),
        Interview("interview-question-interviewer", InterviewViewer.Interviewer, SessionStage.Interviewing, withNotes: true),
        Interview("interview-question-solo", InterviewViewer.Solo, SessionStage.Interviewing, withNotes: true),
        Interview("interview-candidate-questions-everyone", InterviewViewer.Everyone, SessionStage.CandidateQuestions),
        Interview("interview-candidate-questions-interviewer", InterviewViewer.Interviewer, SessionStage.CandidateQuestions, withNotes: true),
        Interview("interview-candidate-questions-peer-interviewer", InterviewViewer.Interviewer, SessionStage.CandidateQuestions, withNotes: true, peerHalf: 1),
        Interview("interview-candidate-questions-peer-everyone", InterviewViewer.Everyone, SessionStage.CandidateQuestions, peerHalf: 1),
        Interview("interview-awaiting-feedback-everyone", InterviewViewer.Everyone, SessionStage.AwaitingFeedback),
        Interview("interview-completed-everyone", InterviewViewer.Everyone, SessionStage.Completed),
    ];

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static AdaptiveCard Get(string name) => All.Single(c => c.Name == name).Card;

    /// <summary>A hostile value for one field: every payload, tagged with the marker and the field.</summary>
    public static string Typed(string field) => $"# heading {Marker}-{field} " + string.Join(" ", Payloads.Skip(1));

    private static (string, AdaptiveCard) Interview(string name, InterviewViewer viewer, SessionStage stage, bool withNotes = false, int peerHalf = 0)
    {
        var material = withNotes || viewer == InterviewViewer.Interviewer ? Material() with { Notes = withNotes ? [Typed("note")] : [] } : null;
        var model = SampleData.Interview(viewer, stage, material) with
        {
            InterviewerName = viewer == InterviewViewer.Solo ? "TeamsMockBot" : Typed("interviewer"),
            CandidateName = Typed("candidate"),
            Focus = Typed("focus"),
            Format = viewer == InterviewViewer.Solo ? InterviewFormat.SoloPractice : peerHalf > 0 ? InterviewFormat.Peer : InterviewFormat.MentorLed,
            PeerHalf = peerHalf,
        };
        return (name, InterviewCard.Build(model));
    }
}
