using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
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

        ("feedback-form-errors", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, Typed("candidate"), Track.Behavioral, Typed("focus"), QuestionsAsked, [Typed("note")], HostileDraft, FeedbackErrors, SampleData.Rubric) { SubmissionId = SubmissionId, Tags = TaggedQuestions })),
        ("feedback-form-coached", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, Typed("candidate"), Track.Behavioral, Typed("focus"), QuestionsAsked, [Typed("note")], HostileDraft, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, Advice = HostileDraft.Advise(), Today = new DateOnly(2026, 11, 25) })),
        ("feedback-form-peer", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, Typed("candidate"), Track.Behavioral, Typed("focus"), QuestionsAsked, [Typed("note")], FeedbackDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, IsDoubleBlind = true })),
        ("self-assessment-errors", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, Typed("candidate"), Typed("interviewer"), Track.Behavioral, QuestionsAsked, PartialSelfDraft with { Reflection = Typed("reflection") }, SelfErrors, SampleData.Rubric) { SubmissionId = SubmissionId })),
        ("self-assessment-peer", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, Typed("candidate"), Typed("interviewer"), Track.Behavioral, QuestionsAsked, PeerSelfDraft with { Reflection = Typed("reflection"), InterviewerComment = Typed("peer-comment") }, PeerSelfErrors, SampleData.Rubric) { SubmissionId = SubmissionId, RatesInterviewer = true })),
        ("self-assessment-solo", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, Typed("candidate"), null, Track.Behavioral, QuestionsAsked, SelfAssessmentDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId })),
        ("report-full", FeedbackReportCard.Build(HostileReport())),
        ("report-advisor-copy", FeedbackReportCard.Build(HostileReport() with { IsStaffCopy = true })),
        ("report-solo", FeedbackReportCard.Build(HostileReport() with { InterviewerName = null, Mentor = null, RatingOfYou = null, Steps = [] })),
        ("history-entries", HistoryCard.Build(new HistoryCardModel(Typed("student"), [.. History.Select(h => h with { Focus = Typed("focus"), InterviewerName = Typed("interviewer") })], SampleData.Rubric))),
        ("progress", ProgressCard.Build(new ProgressCardModel(AnalyticsSamples.Progress with { OpenActionSteps = [Typed("step-1"), Typed("step-2")] }, null))),
        ("delivery-analytics", DeliveryAnalyticsCard.Build(new DeliveryAnalyticsCardModel(SessionId, HeldAt, Track.Behavioral, AnalyticsSamples.Delivery, Typed("file") + ".vtt"))),
        ("schedule-form", ScheduleFormCard.Build(new ScheduleFormModel(Typed("organizer"), [new PersonChoice(CandidateId, Typed("candidate"))], CandidateId, Track.Behavioral, Typed("focus"), 60, 7, NoErrors))),
        ("schedule-form-next-mock", ScheduleFormCard.Build(new ScheduleFormModel(Typed("candidate"), [], null, Track.Behavioral, Typed("focus"), 60, 7, NoErrors) { FromSessionId = SessionId, PartnerName = Typed("interviewer") })),
        ("schedule-slots", SlotsCard.Build(new SlotsCardModel("Pick a time", Typed("partner"), "Europe/Berlin", [new SlotOffer("Mon 30 Nov, 11:00–12:00", Start, Start.AddHours(1))], CardVerbs.BookSlot, new Dictionary<string, object>(), OfferNow: true))),
        ("schedule-slots-none", SlotsCard.Build(new SlotsCardModel("Pick a new time", Typed("partner"), "UTC", [], CardVerbs.MoveBooking, new Dictionary<string, object>(), OfferNow: false))),
        ("booking-offline", BookingCard.Build(Booked)),
        ("booking-teams-meeting", BookingCard.Build(Booked with { Notice = BookingNotice.Moved, JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"), ChatNote = "I couldn't add myself to the meeting's chat." })),
        ("booking-in-chat", BookingCard.Build(Booked with { PartnerName = null })),
        ("booking-cancelled", BookingCard.Build(Booked with { Notice = BookingNotice.Cancelled, CanChange = false })),
        ("booking-meeting-chat", BookingCard.Build(Booked with { Notice = BookingNotice.Scheduled, PartnerName = null, CanChange = false, JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0") })),
        ("prep", PrepCard.Build(new PrepCardModel(SessionId, Typed("interviewer"), Track.Behavioral, Typed("focus"), InterviewFormat.MentorLed, Start, Start.AddHours(1), null) { OpenActionSteps = [Typed("step")] })),
        ("arrival", ArrivalCard.Build(new ArrivalCardModel(SessionId, Typed("interviewer"), Start, new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0")))),
    ];

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static AdaptiveCard Get(string name) => All.Single(c => c.Name == name).Card;

    /// <summary>A hostile value for one field: every payload, tagged with the marker and the field.</summary>
    public static string Typed(string field) => $"# heading {Marker}-{field} " + string.Join(" ", Payloads.Skip(1));

    private static DateTimeOffset Start { get; } = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static FeedbackDraft HostileDraft => new(
        SampleData.Rubric.ForTrack(Track.Behavioral).ToDictionary(c => c.Id, _ => (int?)3), Typed("strengths"), Typed("improvements"), [Typed("step-1"), Typed("step-2")], Readiness.Almost);

    private static BookingCardModel Booked => new(BookingNotice.Booked, SessionId, Typed("interviewer"), Typed("candidate"), Typed("partner"), Track.Behavioral, Typed("focus"), InterviewFormat.MentorLed, Start, Start.AddHours(1))
    {
        CalendarLink = new Uri("http://127.0.0.1:3978/calendar/00112233445566778899aabbccddeeff.ics"),
        CanChange = true,
        Prep = [.. PrepAdvice.WhatToPrepare],
    };

    /// <summary>A report with every typed field hostile: names, focus, comments, steps, reflection, peer comment.</summary>
    private static FeedbackReportCardModel HostileReport()
    {
        var mentor = MentorReport with { Strengths = Typed("strengths"), Improvements = Typed("improvements"), ActionPlan = [Typed("step-1"), Typed("step-2")] };
        return new FeedbackReportCardModel(SessionId, Typed("candidate"), Typed("interviewer"), Track.Behavioral, Typed("focus"), HeldAt, 4, 1, mentor, SelfReport with { Reflection = Typed("reflection") }, SampleData.Rubric)
        {
            RatingOfYou = new PeerRatingOfYou(Typed("peer"), 3, Typed("peer-comment")),
            Steps = [new ActionStep(1, Typed("step-1"), new DateOnly(2026, 12, 9), HeldAt.AddDays(3)), new ActionStep(2, Typed("step-2"), null, null)],
            Tags = TaggedQuestions,
            Sharing = new ReportSharing(2),
            Delivery = AnalyticsSamples.Delivery,
        };
    }

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
