using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// Turns a session into the cards each person sees. The candidate's view is built without any
/// interviewer material at all, so hints cannot leak into it.
/// </summary>
public sealed class SessionViews(QuestionBank bank, Rubric rubric, TimeProvider time)
{
    /// <summary>The view for whoever is looking: the interviewer gets theirs, everyone else the shared one.</summary>
    public AdaptiveCard InterviewFor(MockSession session, string viewerId) =>
        session.IsSolo ? Interview(session, InterviewViewer.Solo)
        : session.IsInterviewer(viewerId) ? Interview(session, InterviewViewer.Interviewer)
        : Interview(session, InterviewViewer.Everyone);

    /// <summary>The message everyone in the chat sees.</summary>
    public AdaptiveCard Shared(MockSession session) =>
        Interview(session, session.IsSolo ? InterviewViewer.Solo : InterviewViewer.Everyone);

    public AdaptiveCard Interview(MockSession session, InterviewViewer viewer)
    {
        var now = time.GetUtcNow();
        var planned = session.Current;
        var question = planned is null ? null : bank.Get(planned.QuestionId);
        var showsQuestion = session.Stage == SessionStage.Interviewing && question is not null;
        var model = new InterviewCardModel(
            session.Id,
            viewer,
            session.Stage,
            session.Interviewer.Name,
            session.Candidate.Name,
            session.Setup.Track,
            session.Setup.Focus,
            session.Setup.Format,
            session.CurrentNumber,
            session.Questions.Count,
            showsQuestion ? question!.Text : null,
            showsQuestion ? planned!.Timer.Total : null,
            showsQuestion ? planned!.Timer.EndsAt(now) : null,
            showsQuestion ? planned!.Timer.Remaining(now) : null,
            showsQuestion && planned!.Timer.IsPaused,
            showsQuestion ? planned!.Announced : Domain.Timing.TimerMilestone.None,
            SessionSetup.CandidateQuestionsTime,
            session.Feedback is not null,
            session.SelfAssessment is not null,
            viewer == InterviewViewer.Everyone ? [session.Interviewer.Id] : [],
            viewer == InterviewViewer.Everyone ? null : PrivateMaterial(session, showsQuestion ? question : null, showsQuestion ? planned : null))
        {
            OffersLivePanel = true, // each person who clicks gets their own link (Meeting/SendPanelLink)
            PeerHalf = session.Peer?.Number ?? 0,
            FeedbackReleaseAt = session.Peer?.ReleaseAt,
        };
        return InterviewCard.Build(model);
    }

    /// <summary>A new form id for a form shown afresh; a form re-shown with errors keeps the id it had.</summary>
    public static string NewSubmissionId() => Guid.NewGuid().ToString("N");

    /// <param name="advice">The coach's flags per field (<see cref="FeedbackDraft.Advise"/>); with any, the form offers "Submit anyway".</param>
    public AdaptiveCard FeedbackForm(
        MockSession session, FeedbackDraft draft, IReadOnlyDictionary<string, string> errors, string submissionId,
        IReadOnlyDictionary<string, IReadOnlyList<Domain.Feedback.Coaching.CoachAdvice>>? advice = null) =>
        FeedbackFormCard.Build(new FeedbackFormModel(
            session.Id, session.Candidate.Name, session.Setup.Track, session.Setup.Focus, QuestionsAsked(session),
            session.Notes.Select(n => $"Q{n.QuestionNumber}: {n.Text}").ToList(), draft, errors, rubric)
        {
            SubmissionId = submissionId,
            Tags = TaggedQuestions(session),
            IsDoubleBlind = session.HasBothHalves,
            Advice = advice ?? new Dictionary<string, IReadOnlyList<Domain.Feedback.Coaching.CoachAdvice>>(),
            Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        });

    public AdaptiveCard SelfAssessmentForm(MockSession session, SelfAssessmentDraft draft, IReadOnlyDictionary<string, string> errors, string submissionId) =>
        SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(
            session.Id, session.Candidate.Name, session.IsSolo ? null : session.Interviewer.Name, session.Setup.Track,
            QuestionsAsked(session), draft, errors, rubric) { SubmissionId = submissionId, RatesInterviewer = session.HasBothHalves });

    /// <param name="partner">In a peer mock, the other half: its candidate's self-assessment rated this candidate as an interviewer.</param>
    public AdaptiveCard Report(MockSession session, MockSession? partner = null) => FeedbackReportCard.Build(ReportModel(session, partner));

    /// <summary>The feedback card's model, for callers that add to it (sharing, the advisor's copy, other lanes' sections).</summary>
    public FeedbackReportCardModel ReportModel(MockSession session, MockSession? partner = null) =>
        new FeedbackReportCardModel(
            session.Id, session.Candidate.Name, session.IsSolo ? null : session.Interviewer.Name, session.Setup.Track, session.Setup.Focus,
            session.StartedAt ?? session.CreatedAt,
            session.Questions.Count(q => q.Outcome == QuestionOutcome.Asked),
            session.Questions.Count(q => q.Outcome == QuestionOutcome.Skipped),
            session.Feedback,
            session.SelfAssessment,
            rubric)
        {
            RatingOfYou = partner is { SelfAssessment.ForInterviewer: { } rating } && partner.IsInterviewer(session.Candidate.Id)
                ? new PeerRatingOfYou(partner.Candidate.Name, rating.Score, rating.Comment)
                : null,
            Steps = session.ActionSteps(),
            Tags = TaggedQuestions(session),
        };

    private IReadOnlyList<string> QuestionsAsked(MockSession session) =>
        session.Questions.Where(q => q.Outcome == QuestionOutcome.Asked).Select(q => bank.Get(q.QuestionId).Text).ToList();

    private static List<TaggedQuestion> TaggedQuestions(MockSession session) =>
        session.Questions
            .Select((q, index) => new TaggedQuestion(index + 1, q.Tags.Select(t => t.Tag).ToList()))
            .Where(q => q.Tags.Count > 0)
            .ToList();

    private static InterviewerMaterial PrivateMaterial(MockSession session, Question? question, PlannedQuestion? planned) => new(
        question?.WhatGoodLooksLike ?? string.Empty,
        question is null || planned is null ? [] : question.FollowUps.Take(planned.FollowUpsShown).ToList(),
        question is null || planned is null ? 0 : question.FollowUps.Count - planned.FollowUpsShown,
        session.Notes.Select(n => $"Q{n.QuestionNumber}: {n.Text}").ToList())
    {
        Tags = planned?.Tags.Select(t => t.Tag).ToList() ?? [],
    };
}
