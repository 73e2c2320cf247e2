using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>Fixed people, times and texts, so golden files never change by themselves.</summary>
internal static class SampleData
{
    public const string SessionId = "ses-20261125-0001";
    public const string SubmissionId = "form-7f3a9c";
    public const string InterviewerId = "29:1interviewer-aad-id";
    public const string InterviewerName = "Maya Patel";
    public const string CandidateId = "29:1candidate-aad-id";
    public const string CandidateName = "Leo Martins";
    public const string Focus = "Leadership stories";
    public const string QuestionText = "Tell me about a time you led a group of people you had no formal authority over.";
    public const string WhatGoodLooksLike = "A clear goal, how they aligned people (shared context, roles, check-ins), one moment of "
        + "resistance they handled, and a quantified result. Uses \"I\" for their own actions and \"we\" for the team's.";
    public const string FirstFollowUp = "Who was hardest to bring along, and what worked with them?";
    public const string SecondFollowUp = "How would the group describe your leadership?";
    public const string FirstNote = "Strong opening; the result lacked a number.";
    public const string SecondNote = "Said \"we\" a lot in the action part.";

    /// <summary>The built-in rubric: the cards under test get it through their view models, as the bot passes it.</summary>
    public static Rubric Rubric { get; } = Rubric.BuiltIn;

    /// <summary>The built-in rubric plus a competency only system design sessions are rated on, as content could add one.</summary>
    public static Rubric RubricWithDesignCompetency { get; } = new(
        Rubric.BuiltIn.General,
        new Dictionary<Track, IReadOnlyList<RubricCompetency>>
        {
            [Track.SystemDesign] =
            [
                new("Scalability", "Scalability and trade-offs", "Grows the design with the load and says what each choice costs.",
                    ["Ignores load", "Names load but no plan", "Scales the hot path", "Scales and weighs costs"]),
            ],
        },
        Rubric.BuiltIn.ReadinessLabels);

    public static DateTimeOffset HeldAt { get; } = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset QuestionEndsAt { get; } = new(2026, 11, 25, 9, 46, 0, TimeSpan.Zero);

    /// <summary>Every text only the interviewer may see; the privacy test looks for each in the candidate's views.</summary>
    public static IReadOnlyList<string> PrivateTexts { get; } = [WhatGoodLooksLike, FirstFollowUp, SecondFollowUp, FirstNote, SecondNote];

    public static IReadOnlyList<string> QuestionsAsked { get; } =
    [
        "Tell me about yourself and what led you to apply for this role.",
        QuestionText,
        "Describe a project or decision that failed. What was your part in it?",
    ];

    /// <summary>Quick tags on questions 1 and 3 (question 2 untagged), as the feedback form summarises them.</summary>
    public static IReadOnlyList<TaggedQuestion> TaggedQuestions { get; } =
    [
        new(1, [QuickTag.StrongStructure, QuickTag.GreatExample]),
        new(3, [QuickTag.NoResultStated, QuickTag.Rambling]),
    ];

    public static IReadOnlyDictionary<string, string> NoErrors { get; } = new Dictionary<string, string>();

    public static InterviewCardModel Interview(
        InterviewViewer viewer,
        SessionStage stage,
        InterviewerMaterial? material = null,
        TimerMilestone milestone = TimerMilestone.None,
        bool paused = false,
        int questionNumber = 2,
        bool feedbackIn = false,
        bool selfIn = false)
    {
        var solo = viewer == InterviewViewer.Solo;
        var running = stage == SessionStage.Interviewing;
        return new InterviewCardModel(
            SessionId,
            viewer,
            stage,
            solo ? "TeamsMockBot" : InterviewerName,
            CandidateName,
            Track.Behavioral,
            Focus,
            solo ? InterviewFormat.SoloPractice : InterviewFormat.MentorLed,
            running ? questionNumber : 0,
            5,
            running ? QuestionText : null,
            running ? TimeSpan.FromMinutes(4) : null,
            running && !paused ? QuestionEndsAt : null,
            running && paused ? TimeSpan.FromSeconds(155) : null,
            paused,
            milestone,
            SessionSetup.CandidateQuestionsTime,
            feedbackIn,
            selfIn,
            viewer == InterviewViewer.Everyone ? [InterviewerId] : [],
            material);
    }

    public static InterviewerMaterial Material(int followUpsShown = 0, bool withNotes = false) => new(
        WhatGoodLooksLike,
        new[] { FirstFollowUp, SecondFollowUp }.Take(followUpsShown).ToList(),
        2 - followUpsShown,
        withNotes ? [FirstNote, SecondNote] : []);

    public static Dictionary<string, int> MentorRatings { get; } = new()
    {
        ["Structure"] = 3,
        ["Specificity"] = 2,
        ["Results"] = 2,
        ["Communication"] = 3,
        ["ProblemSolving"] = 3,
        ["RoleKnowledge"] = 3,
        ["Presence"] = 4,
    };

    public static Dictionary<string, int> SelfRatings { get; } = new()
    {
        ["Structure"] = 3,
        ["Specificity"] = 4,
        ["Results"] = 3,
        ["Communication"] = 2,
        ["ProblemSolving"] = 3,
        ["RoleKnowledge"] = 3,
        ["Presence"] = 3,
    };

    public static FeedbackReport MentorReport { get; } = new(
        InterviewerId,
        MentorRatings,
        "Your opening story was easy to follow, and you handled the pushback question calmly. The way you described "
            + "setting up weekly check-ins showed real ownership.",
        "Two of your answers ended before the result. Close each story with what changed, ideally with a number, "
            + "and say \"I\" when you describe your own actions.",
        [
            "Rewrite your three main STAR stories so each ends with a measurable result.",
            "Record yourself answering the leadership question and count how often you say \"we\".",
            "Prepare two questions about how the team measures success.",
        ],
        Readiness.Almost,
        HeldAt.AddMinutes(70));

    public static SelfAssessment SelfReport { get; } = new(
        CandidateId,
        SelfRatings,
        "I felt good about my stories but rushed the endings. Next time I'll slow down and finish with the numbers.",
        HeldAt.AddMinutes(65));

    public static FeedbackDraft PartialFeedbackDraft { get; } = new(
        new Dictionary<string, int?> { ["Structure"] = 3, ["Specificity"] = 2, ["Results"] = null },
        "Good job",
        "Your failure story never said what you changed afterwards. Add one sentence on what you do differently now.",
        ["Practise the failure story with a clear lesson at the end.", ""],
        null);

    public static IReadOnlyDictionary<string, string> FeedbackErrors { get; } = PartialFeedbackDraft.Validate(Rubric.BuiltIn.ForTrack(Track.Behavioral));

    public static SelfAssessmentDraft PartialSelfDraft { get; } = new(
        new Dictionary<string, int?> { ["Structure"] = 3, ["Communication"] = 2 },
        "I rushed the endings.");

    public static DateTimeOffset PeerReleaseAt { get; } = new(2026, 11, 26, 10, 30, 0, TimeSpan.Zero);

    public const string PeerComment = "Your follow-up on my failure story made me think harder; give a time warning before the last minute.";

    /// <summary>A peer self-assessment with the interviewer's rating chosen but no comment.</summary>
    public static SelfAssessmentDraft PeerSelfDraft { get; } =
        new(Rubric.BuiltIn.ForTrack(Track.Behavioral).ToDictionary(c => c.Id, _ => (int?)3), "") { InterviewerScore = 3 };

    public static IReadOnlyDictionary<string, string> PeerSelfErrors { get; } = PeerSelfDraft.Validate(Rubric.BuiltIn.ForTrack(Track.Behavioral), ratesInterviewer: true);

    public static IReadOnlyDictionary<string, string> SelfErrors { get; } = PartialSelfDraft.Validate(Rubric.BuiltIn.ForTrack(Track.Behavioral));

    public static IReadOnlyList<PersonChoice> People { get; } =
    [
        new(CandidateId, CandidateName),
        new("29:1third-person-aad-id", "Aisha Okafor"),
    ];

    public static IReadOnlyList<HistoryEntry> History { get; } =
    [
        new("ses-20261002-0001", new DateTimeOffset(2026, 10, 2, 14, 0, 0, TimeSpan.Zero), Track.Behavioral, "Tell me about yourself", InterviewerName, SessionStage.Completed, Readiness.NotYet, 2.1),
        new(SessionId, HeldAt, Track.Behavioral, Focus, InterviewerName, SessionStage.Completed, Readiness.Almost, 2.9),
        new("ses-20261118-0001", new DateTimeOffset(2026, 11, 18, 16, 30, 0, TimeSpan.Zero), Track.ProductManagement, "Product sense case", "TeamsMockBot", SessionStage.Completed, null, 3.0),
        new("ses-20261201-0001", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), Track.SystemDesign, "", "Aisha Okafor", SessionStage.AwaitingFeedback, null, null),
    ];

    /// <summary>A draft whose comments the coach flags (vague strength, improvement without a step, harsh step).</summary>
    public static FeedbackDraft CoachedDraft { get; } = new(
        Rubric.BuiltIn.ForTrack(Track.Behavioral).ToDictionary(c => c.Id, _ => (int?)3),
        "Good job",
        "The result of the leadership story was missing.",
        ["Rewrite two STAR stories so each ends with a number.", "Stop being so lazy and prepare the stories."],
        Readiness.Almost)
    { ActionDue = ["2026-12-09", ""] };

    public static IReadOnlyList<ActionStep> StepsOneDone { get; } =
    [
        new(1, MentorReport.ActionPlan[0], new DateOnly(2026, 12, 9), HeldAt.AddDays(3)),
        new(2, MentorReport.ActionPlan[1], null, null),
        new(3, MentorReport.ActionPlan[2], new DateOnly(2026, 12, 16), null),
    ];

    /// <summary>Every comment at its limit, every step at its limit and dated, all tags, a peer rating: the largest report card.</summary>
    public static FeedbackReportCardModel WorstCaseReport()
    {
        var rubric = Rubric.BuiltIn;
        string Long(int length, string word) => string.Concat(Enumerable.Repeat(word + " ", length)).Substring(0, length);
        var mentor = MentorReport with
        {
            Strengths = Long(FeedbackDraft.MaxCommentLength, "strength\""),
            Improvements = Long(FeedbackDraft.MaxCommentLength, "improve<&>"),
            ActionPlan = Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(n => Long(FeedbackDraft.MaxActionStepLength, "step" + n)).ToList(),
            NotObserved = [],
        };
        var self = SelfReport with { Reflection = Long(SelfAssessmentDraft.MaxReflectionLength, "reflect") };
        return new FeedbackReportCardModel(SessionId, Long(100, "Name"), Long(100, "Mentor"), Track.SystemDesign, Long(200, "focus"), HeldAt, 12, 0, mentor, self, rubric)
        {
            RatingOfYou = new PeerRatingOfYou(Long(100, "Peer"), 3, Long(InterviewerRating.MaxCommentLength, "peer")),
            Steps = mentor.ActionPlan.Select((t, i) => new ActionStep(i + 1, t, new DateOnly(2026, 12, 9 + i), null)).ToList(),
            Tags = Enumerable.Range(1, 12).Select(q => new TaggedQuestion(q, Enum.GetValues<QuickTag>())).ToList(),
            Sharing = new ReportSharing(3),
            Delivery = AnalyticsSamples.Delivery,
            BookNextMock = new ReportAction("Book the next mock", CardVerbs.ShowSchedule, new Dictionary<string, object> { [CardInputs.FromSession] = SessionId }),
        };
    }
}
