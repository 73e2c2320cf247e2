using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using static TeamsMockBot.Cards.Tests.Catalog.SampleData;

namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>
/// Every builder in every state it can be in. Schema, size, golden, privacy and rendering tests all
/// run over this list, so a new card state is covered everywhere by adding one line here.
/// </summary>
public static class CardCatalog
{
    public static IReadOnlyList<CatalogCard> All { get; } = Build();

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static CatalogCard Get(string name) => All.Single(c => c.Name == name);

    private static List<CatalogCard> Build()
    {
        var cards = new List<CatalogCard>
        {
            new("help", HelpCard.Build(new HelpCardModel(IsWelcome: false)), CardAudience.Everyone),
            new("help-welcome", HelpCard.Build(new HelpCardModel(IsWelcome: true, CandidateName)), CardAudience.Everyone),

            new("notice-info", NoticeCard.Build(new NoticeCardModel("Only the interviewer can do that", $"{InterviewerName} runs the controls for this interview.", NoticeKind.Info)), CardAudience.Everyone),
            new("notice-success-with-session", NoticeCard.Build(new NoticeCardModel("Note saved", "You'll find it on your feedback form.", NoticeKind.Success, SessionId)), CardAudience.Interviewer),
            new("notice-warning-release", NoticeCard.Build(new NoticeCardModel("Still waiting for the self-assessment", $"{CandidateName} hasn't rated themselves yet. You can send your feedback now or wait a little longer.", NoticeKind.Warning, SessionId, CanRelease: true)), CardAudience.Interviewer),
            new("notice-feedback-saved", NoticeCard.Build(new NoticeCardModel("Thanks for your feedback", $"Your feedback is saved. {CandidateName} gets it after their self-assessment, or you can send it now.", NoticeKind.Success, SessionId, CanRelease: true) { CanEditFeedback = true }), CardAudience.Interviewer),
            new("privacy-export", DataExportCard.Build(new DataExportCardModel(CandidateName, 3, 1, new Uri("http://127.0.0.1:3978/privacy/exports/0123456789abcdef"), new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero))), CardAudience.Everyone),
            new("live-panel-interviewer", LivePanelCard.Build(new LivePanelCardModel(SessionId, InterviewerName, AsInterviewer: true, new Uri("http://127.0.0.1:3978/meeting/sidepanel.html#link=v1.c2Vzc2lvbg.c2lnbmF0dXJl"), new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero))), CardAudience.Interviewer),
            new("live-panel-candidate", LivePanelCard.Build(new LivePanelCardModel(SessionId, CandidateName, AsInterviewer: false, new Uri("http://127.0.0.1:3978/meeting/sidepanel.html#link=v1.c2Vzc2lvbg.c2lnbmF0dXJl"), new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero))), CardAudience.Everyone),
            new("privacy-delete-confirm", DeleteDataCard.Build(new DeleteDataCardModel(CandidateName, 3, 1)), CardAudience.Everyone),
            new("notice-error", NoticeCard.Build(new NoticeCardModel("Something went wrong", "I couldn't save that. Please try again in a moment.", NoticeKind.Error)), CardAudience.Everyone),

            new("setup-personal", SetupCard.Build(new SetupCardModel(CandidateName, [], null, Track.Behavioral, "", InterviewFormat.SoloPractice, SessionSetup.DefaultLengthMinutes, SessionSetup.DefaultQuestionCount, NoErrors)), CardAudience.Everyone),
            new("setup-group", SetupCard.Build(new SetupCardModel(InterviewerName, People, CandidateId, Track.Behavioral, "", InterviewFormat.MentorLed, SessionSetup.DefaultLengthMinutes, SessionSetup.DefaultQuestionCount, NoErrors)), CardAudience.Everyone),
            new("setup-group-errors", SetupCard.Build(new SetupCardModel(InterviewerName, People, null, Track.SystemDesign, "Design a URL shortener", InterviewFormat.Peer, 5, 20, new Dictionary<string, string>
            {
                [CardInputs.Candidate] = "Pick the candidate.",
                [CardInputs.Length] = $"Pick a length between {SessionSetup.MinLengthMinutes} and {SessionSetup.MaxLengthMinutes} minutes.",
                [CardInputs.QuestionCount] = $"Pick between 1 and {SessionSetup.MaxQuestionCount} questions.",
            })), CardAudience.Everyone),
        };

        cards.AddRange(SchedulingCards());
        cards.AddRange(InterviewCards());
        cards.AddRange(
        [
            new("feedback-form-empty", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, CandidateName, Track.Behavioral, Focus, QuestionsAsked, [], FeedbackDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId }), CardAudience.Interviewer),
            new("feedback-form-tagged", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, CandidateName, Track.Behavioral, Focus, QuestionsAsked, [FirstNote], FeedbackDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, Tags = TaggedQuestions }), CardAudience.Interviewer),
            new("feedback-form-errors", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, CandidateName, Track.Behavioral, Focus, QuestionsAsked, [FirstNote, SecondNote], PartialFeedbackDraft, FeedbackErrors, SampleData.Rubric) { SubmissionId = SubmissionId }), CardAudience.Interviewer),
            new("self-assessment-empty", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, QuestionsAsked, SelfAssessmentDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId }), CardAudience.Everyone),
            new("self-assessment-errors", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, QuestionsAsked, PartialSelfDraft, SelfErrors, SampleData.Rubric) { SubmissionId = SubmissionId }), CardAudience.Everyone),
            new("self-assessment-peer", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, QuestionsAsked, SelfAssessmentDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, RatesInterviewer = true }), CardAudience.Everyone),
            new("self-assessment-peer-errors", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, QuestionsAsked, PeerSelfDraft, PeerSelfErrors, SampleData.Rubric) { SubmissionId = SubmissionId, RatesInterviewer = true }), CardAudience.Everyone),
            new("feedback-form-peer", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, CandidateName, Track.Behavioral, Focus, QuestionsAsked, [], FeedbackDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, IsDoubleBlind = true }), CardAudience.Interviewer),
            new("report-peer", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 4, 1, MentorReport, SelfReport, SampleData.Rubric) { RatingOfYou = new PeerRatingOfYou(InterviewerName, 3, PeerComment) }), CardAudience.Everyone),
            new("self-assessment-solo", SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SessionId, CandidateName, null, Track.Behavioral, QuestionsAsked, SelfAssessmentDraft.Empty, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId }), CardAudience.Everyone),
            new("report-mentor-and-self", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 4, 1, MentorReport, SelfReport, SampleData.Rubric)), CardAudience.Everyone),
            new("report-mentor-only", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 5, 0, MentorReport, null, SampleData.Rubric)), CardAudience.Everyone),
            new("feedback-form-coached", FeedbackFormCard.Build(new FeedbackFormModel(SessionId, CandidateName, Track.Behavioral, Focus, QuestionsAsked, [FirstNote], CoachedDraft, NoErrors, SampleData.Rubric) { SubmissionId = SubmissionId, Advice = CoachedDraft.Advise(), Today = new DateOnly(2026, 11, 25) }), CardAudience.Interviewer),
            new("report-plan-and-tags", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 4, 1, MentorReport with { NotObserved = ["RoleKnowledge"], Ratings = MentorRatings.Where(r => r.Key != "RoleKnowledge").ToDictionary() }, SelfReport, SampleData.Rubric) { Steps = StepsOneDone, Tags = TaggedQuestions, Sharing = new ReportSharing(2) }), CardAudience.Everyone),
            new("report-shared", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 4, 1, MentorReport, SelfReport, SampleData.Rubric) { Steps = StepsOneDone, Sharing = new ReportSharing(2, HeldAt.AddDays(1)) }), CardAudience.Everyone),
            new("report-advisor-copy", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, InterviewerName, Track.Behavioral, Focus, HeldAt, 4, 1, MentorReport, SelfReport, SampleData.Rubric) { Steps = StepsOneDone, Tags = TaggedQuestions, IsStaffCopy = true }), CardAudience.Everyone),
            new("report-worst-case", FeedbackReportCard.Build(WorstCaseReport()), CardAudience.Everyone),
            new("report-solo", FeedbackReportCard.Build(new FeedbackReportCardModel(SessionId, CandidateName, null, Track.Behavioral, Focus, HeldAt, 5, 0, null, SelfReport, SampleData.Rubric)), CardAudience.Everyone),
            new("history-empty", HistoryCard.Build(new HistoryCardModel(CandidateName, [], SampleData.Rubric)), CardAudience.Everyone),
            new("history-entries", HistoryCard.Build(new HistoryCardModel(CandidateName, History, SampleData.Rubric)), CardAudience.Everyone),
        ]);
        cards.AddRange(
        [
            new("delivery-analytics", DeliveryAnalyticsCard.Build(new DeliveryAnalyticsCardModel(SessionId, HeldAt, Track.Behavioral, AnalyticsSamples.Delivery, "Mock with Maya [final].vtt")), CardAudience.Everyone),
            new("delivery-analytics-guessed", DeliveryAnalyticsCard.Build(new DeliveryAnalyticsCardModel(SessionId, HeldAt, Track.Behavioral, AnalyticsSamples.Guessed, null)), CardAudience.Everyone),
            new("progress", ProgressCard.Build(new ProgressCardModel(AnalyticsSamples.Progress, new QuizScoreEntry(7, 10, HeldAt.AddDays(-3)))), CardAudience.Everyone),
            new("progress-empty", ProgressCard.Build(new ProgressCardModel(AnalyticsSamples.NoProgress, null)), CardAudience.Everyone),
            new("quiz", QuizCard.Build(new QuizCardModel(Domain.Quiz.PracticeQuiz.BuiltIn, "attempt-0001")), CardAudience.Everyone),
            new("quiz-incomplete", QuizCard.Build(new QuizCardModel(Domain.Quiz.PracticeQuiz.BuiltIn, "attempt-0001")
            {
                Chosen = new Dictionary<string, string> { ["focus"] = "a", ["scripts"] = "b" },
                Problem = "Answer every question first (8 left).",
                Unanswered = [.. Domain.Quiz.PracticeQuiz.BuiltIn.Questions.Skip(1).Select(q => q.Id).Where(id => id != "scripts")],
            }), CardAudience.Everyone),
            new("quiz-result", QuizResultCard.Build(new QuizResultCardModel(AnalyticsSamples.QuizResult, 6)), CardAudience.Everyone),
        ]);
        return cards;
    }

    private static IEnumerable<CatalogCard> InterviewCards()
    {
        const InterviewViewer everyone = InterviewViewer.Everyone;
        const InterviewViewer interviewer = InterviewViewer.Interviewer;
        const InterviewViewer solo = InterviewViewer.Solo;
        const SessionStage running = SessionStage.Interviewing;

        yield return Entry("interview-ready-everyone", Interview(everyone, SessionStage.Ready));
        yield return Entry("interview-ready-interviewer", Interview(interviewer, SessionStage.Ready, Material()));
        yield return Entry("interview-ready-solo", Interview(solo, SessionStage.Ready));

        yield return Entry("interview-question-everyone", Interview(everyone, running));
        yield return Entry("interview-question-interviewer", Interview(interviewer, running, Material()));
        yield return Entry("interview-question-solo", Interview(solo, running, Material()));
        yield return Entry("interview-question-live-panel-everyone", Interview(everyone, running) with { OffersLivePanel = true });
        yield return Entry("interview-question-paused-everyone", Interview(everyone, running, paused: true));
        yield return Entry("interview-question-paused-interviewer", Interview(interviewer, running, Material(), paused: true));
        yield return Entry("interview-question-halfway-everyone", Interview(everyone, running, milestone: TimerMilestone.Halfway));
        yield return Entry("interview-question-one-minute-interviewer", Interview(interviewer, running, Material(1), TimerMilestone.OneMinuteLeft));
        yield return Entry("interview-question-time-up-everyone", Interview(everyone, running, milestone: TimerMilestone.TimeUp));
        yield return Entry("interview-question-time-up-solo", Interview(solo, running, Material(1), TimerMilestone.TimeUp));
        yield return Entry("interview-question-follow-ups-interviewer", Interview(interviewer, running, Material(2, withNotes: true), TimerMilestone.Halfway));
        yield return Entry("interview-question-tagged-interviewer", Interview(interviewer, running, Material(withNotes: true) with { Tags = [QuickTag.StrongStructure, QuickTag.NoResultStated] }));
        yield return Entry("interview-question-last-interviewer", Interview(interviewer, running, Material(withNotes: true), questionNumber: 5));

        yield return Entry("interview-candidate-questions-everyone", Interview(everyone, SessionStage.CandidateQuestions));
        yield return Entry("interview-candidate-questions-interviewer", Interview(interviewer, SessionStage.CandidateQuestions, Material(withNotes: true)));
        yield return Entry("interview-candidate-questions-peer-interviewer", Interview(interviewer, SessionStage.CandidateQuestions, Material(withNotes: true)) with { Format = InterviewFormat.Peer, PeerHalf = 1 });
        yield return Entry("interview-candidate-questions-peer-everyone", Interview(everyone, SessionStage.CandidateQuestions) with { Format = InterviewFormat.Peer, PeerHalf = 1 });
        yield return Entry("interview-ready-peer-second-half-everyone", Interview(everyone, SessionStage.Ready) with { Format = InterviewFormat.Peer, PeerHalf = 2, FeedbackReleaseAt = PeerReleaseAt });
        yield return Entry("interview-awaiting-feedback-peer-everyone", Interview(everyone, SessionStage.AwaitingFeedback, feedbackIn: true) with { Format = InterviewFormat.Peer, PeerHalf = 2, FeedbackReleaseAt = PeerReleaseAt });
        yield return Entry("interview-candidate-questions-solo", Interview(solo, SessionStage.CandidateQuestions));

        yield return Entry("interview-awaiting-feedback-everyone", Interview(everyone, SessionStage.AwaitingFeedback, selfIn: true));
        yield return Entry("interview-awaiting-feedback-interviewer", Interview(interviewer, SessionStage.AwaitingFeedback, feedbackIn: true));
        yield return Entry("interview-awaiting-feedback-solo", Interview(solo, SessionStage.AwaitingFeedback));

        yield return Entry("interview-completed-everyone", Interview(everyone, SessionStage.Completed, feedbackIn: true, selfIn: true));
        yield return Entry("interview-completed-solo", Interview(solo, SessionStage.Completed, selfIn: true));
    }

    private static CatalogCard Entry(string name, InterviewCardModel model) =>
        new(name, InterviewCard.Build(model), model.Viewer switch
        {
            InterviewViewer.Interviewer => CardAudience.Interviewer,
            InterviewViewer.Solo => CardAudience.SoloStudent,
            _ => CardAudience.Everyone,
        });

    /// <summary>Scheduling (issue 10): the form, the offer, a booking as each side sees it, the reminders.</summary>
    private static List<CatalogCard> SchedulingCards()
    {
        var start = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        var booked = new BookingCardModel(BookingNotice.Booked, SessionId, InterviewerName, CandidateName, CandidateName, Track.Behavioral, Focus, InterviewFormat.MentorLed, start, start.AddHours(1))
        {
            CalendarLink = new Uri("http://127.0.0.1:3978/calendar/00112233445566778899aabbccddeeff.ics"),
            CanChange = true,
            Prep = [.. PrepAdvice.WhatToPrepare],
        };
        var carry = new Dictionary<string, object> { [CardInputs.Candidate] = CandidateId, [CardInputs.Length] = "60" };
        return
        [
            new("schedule-form", ScheduleFormCard.Build(new ScheduleFormModel(InterviewerName, People, CandidateId, Track.Behavioral, "", 60, 7, NoErrors)), CardAudience.Everyone),
            new("schedule-form-next-mock", ScheduleFormCard.Build(new ScheduleFormModel(CandidateName, [], null, Track.Behavioral, Focus, 60, 7, NoErrors) { FromSessionId = SessionId, PartnerName = InterviewerName }), CardAudience.Everyone),
            new("schedule-slots", SlotsCard.Build(new SlotsCardModel("Pick a time", CandidateName, "Europe/Berlin",
                [new SlotOffer("Mon 30 Nov, 11:00–12:00", start, start.AddHours(1)), new SlotOffer("Mon 30 Nov, 11:30–12:30", start.AddMinutes(30), start.AddMinutes(90))],
                CardVerbs.BookSlot, carry, OfferNow: true)), CardAudience.Everyone),
            new("schedule-slots-none", SlotsCard.Build(new SlotsCardModel("Pick a new time", CandidateName, "UTC", [], CardVerbs.MoveBooking, carry, OfferNow: false)), CardAudience.Everyone),
            new("booking-offline", BookingCard.Build(booked), CardAudience.Everyone),
            new("booking-teams-meeting", BookingCard.Build(booked with
            {
                Notice = BookingNotice.Moved,
                JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"),
                ChatNote = "I couldn't add myself to the meeting's chat: the organizer adds the Mock Interviews app there.",
            }), CardAudience.Everyone),
            new("booking-in-chat", BookingCard.Build(booked with { PartnerName = null }), CardAudience.Everyone),
            new("booking-cancelled", BookingCard.Build(booked with { Notice = BookingNotice.Cancelled, CanChange = false }), CardAudience.Everyone),
            new("booking-meeting-chat", BookingCard.Build(booked with { Notice = BookingNotice.Scheduled, PartnerName = null, CanChange = false, JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_mock%40thread.v2/0") }), CardAudience.Everyone),
            new("prep", PrepCard.Build(new PrepCardModel(SessionId, InterviewerName, Track.Behavioral, Focus, InterviewFormat.MentorLed, start, start.AddHours(1), null) { OpenActionSteps = ["Rewrite two stories so each ends with a number."] }), CardAudience.Everyone),
            new("arrival", ArrivalCard.Build(new ArrivalCardModel(SessionId, InterviewerName, start, new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"))), CardAudience.Everyone),
        ];
    }
}
