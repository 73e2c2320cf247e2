using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// One mock interview: who, what it practises, the question plan and where it is in its lifecycle.
/// Immutable: every transition returns a new session or throws a <see cref="SessionRuleException"/>
/// whose message is meant for the person who clicked. That keeps the load → apply → save loop
/// safe to repeat after a concurrency conflict.
/// </summary>
public sealed partial record MockSession
{
    public const int MaxNoteLength = 1000;

    public required string Id { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required Participant Interviewer { get; init; }
    public required Participant Candidate { get; init; }
    public required SessionSetup Setup { get; init; }
    public required IReadOnlyList<PlannedQuestion> Questions { get; init; }
    public SessionStage Stage { get; init; } = SessionStage.Ready;
    /// <summary>Index into <see cref="Questions"/> of the question being asked; -1 before the start.</summary>
    public int CurrentIndex { get; init; } = -1;
    public IReadOnlyList<InterviewerNote> Notes { get; init; } = [];
    /// <summary>The interviewer's current feedback; earlier versions are kept in <see cref="EarlierFeedback"/>.</summary>
    public FeedbackReport? Feedback { get; init; }
    /// <summary>Feedback versions replaced by an edit, oldest first. Submitted feedback is never overwritten.</summary>
    public IReadOnlyList<FeedbackReport> EarlierFeedback { get; init; } = [];
    public SelfAssessment? SelfAssessment { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? InterviewEndedAt { get; init; }
    public DateTimeOffset? FeedbackReleasedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }

    public bool IsSolo => Setup.Format == InterviewFormat.SoloPractice;
    public PlannedQuestion? Current => CurrentIndex >= 0 && CurrentIndex < Questions.Count ? Questions[CurrentIndex] : null;
    /// <summary>1-based number of the current question as cards show it; 0 before the start.</summary>
    public int CurrentNumber => CurrentIndex + 1;

    public static MockSession Plan(
        string id, DateTimeOffset now, Participant interviewer, Participant candidate, SessionSetup setup, IReadOnlyList<Question> questions)
    {
        var problems = setup.Validate();
        if (problems.Count > 0)
        {
            throw new SessionRuleException(string.Join(" ", problems.Values));
        }

        if (questions.Count == 0)
        {
            throw new SessionRuleException("There are no questions for this track yet.");
        }

        if (setup.Format != InterviewFormat.SoloPractice && interviewer.Id == candidate.Id)
        {
            throw new SessionRuleException("Pick someone else as the candidate, or choose solo practice.");
        }

        return new MockSession
        {
            Id = id,
            CreatedAt = now,
            Interviewer = interviewer,
            Candidate = candidate,
            Setup = setup,
            Questions = questions.Select(q => new PlannedQuestion { QuestionId = q.Id, Timer = QuestionTimer.For(q.TimeAllowed) }).ToList(),
            Peer = setup.Format == InterviewFormat.Peer ? new PeerHalf(id, PeerHalf.First, PeerHalf.SecondHalfIdOf(id)) : null,
        };
    }

    public bool IsInterviewer(string userId) => Interviewer.Id == userId;

    public bool IsCandidate(string userId) => Candidate.Id == userId;

    public MockSession Start(string actorId, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        if (Stage != SessionStage.Ready)
        {
            throw new StaleActionException("This mock interview has already started.");
        }

        if (Booking is { IsCancelled: true })
        {
            throw new Scheduling.SchedulingRuleException("This mock was cancelled. Type schedule a mock to book another time.");
        }

        return MoveTo(0, now) with { Stage = SessionStage.Interviewing, StartedAt = now };
    }

    /// <summary>Closes the current question as answered and asks the next one (or ends the interview).</summary>
    public MockSession Next(string actorId, DateTimeOffset now, int expectedNumber) =>
        CloseCurrent(actorId, now, expectedNumber, QuestionOutcome.Asked);

    public MockSession Skip(string actorId, DateTimeOffset now, int expectedNumber) =>
        CloseCurrent(actorId, now, expectedNumber, QuestionOutcome.Skipped);

    public MockSession ShowFollowUp(string actorId, int expectedNumber, int followUpsAvailable)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        if (current.FollowUpsShown >= followUpsAvailable)
        {
            throw new SessionRuleException("All follow-ups for this question have been asked.");
        }

        return ReplaceCurrent(current with { FollowUpsShown = current.FollowUpsShown + 1 });
    }

    public MockSession Pause(string actorId, DateTimeOffset now, int expectedNumber)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        return current.Timer.IsRunning ? ReplaceCurrent(current with { Timer = current.Timer.Pause(now) })
            : throw new StaleActionException("The timer is already paused.");
    }

    public MockSession Resume(string actorId, DateTimeOffset now, int expectedNumber)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        return current.Timer.IsPaused ? ReplaceCurrent(current with { Timer = current.Timer.Resume(now) })
            : throw new StaleActionException("The timer is already running.");
    }

    /// <summary>
    /// Adds a minute. Milestones already announced that the extra time moves back into the future
    /// are forgotten, so "1 minute left" and "time is up" are announced again at their new times.
    /// </summary>
    public MockSession AddMinute(string actorId, DateTimeOffset now, int expectedNumber)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        var timer = current.Timer.AddMinute();
        var reached = timer.MilestoneAt(now);
        return ReplaceCurrent(current with { Timer = timer, Announced = reached < current.Announced ? reached : current.Announced });
    }

    /// <summary>Ends the questions early or on time; the candidate now asks their own questions.</summary>
    public MockSession EndInterview(string actorId, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        if (Stage is not (SessionStage.Ready or SessionStage.Interviewing))
        {
            throw new StaleActionException("The interview part has already ended.");
        }

        return FinishQuestions(now);
    }

    /// <summary>The candidate's questions are done: feedback and self-assessment open.</summary>
    public MockSession OpenFeedback(string actorId, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        if (Peer is { Number: PeerHalf.First } && Stage == SessionStage.CandidateQuestions)
        {
            throw new SessionRuleException("In a peer mock you swap roles here; your feedback form comes with the swap.");
        }

        return Stage switch
        {
            SessionStage.CandidateQuestions => this with { Stage = SessionStage.AwaitingFeedback, InterviewEndedAt = InterviewEndedAt ?? now },
            SessionStage.Ready or SessionStage.Interviewing => throw new SessionRuleException("End the interview first; feedback opens after the candidate's own questions."),
            _ => throw new StaleActionException("Feedback is already open for this session."),
        };
    }

    /// <summary>
    /// Closes a running interview without the interviewer's click (the meeting ended, or the session
    /// ran past its planned length): the question being asked counts as asked and feedback opens, as
    /// "End interview" then "Open feedback" would. Only a running interview can be closed this way.
    /// </summary>
    public MockSession CloseForFeedback(DateTimeOffset now) => Stage switch
    {
        SessionStage.Interviewing => FinishQuestions(now) with { Stage = SessionStage.AwaitingFeedback },
        SessionStage.CandidateQuestions => this with { Stage = SessionStage.AwaitingFeedback, InterviewEndedAt = InterviewEndedAt ?? now },
        _ => throw new StaleActionException("This mock interview is not running."),
    };

    public MockSession TakeNote(string actorId, string text, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new SessionRuleException("Type a note first.");
        }

        if (trimmed.Length > MaxNoteLength)
        {
            throw new SessionRuleException($"Keep a note under {MaxNoteLength} characters.");
        }

        return this with { Notes = [.. Notes, new InterviewerNote(Math.Max(CurrentNumber, 1), trimmed, now)] };
    }

    /// <summary>Records that the current question's <paramref name="milestone"/> was posted to the card.</summary>
    public MockSession RecordMilestone(int questionNumber, TimerMilestone milestone)
    {
        if (Current is not { } current || questionNumber != CurrentNumber || milestone <= current.Announced)
        {
            throw new StaleActionException("That milestone is no longer due.");
        }

        return ReplaceCurrent(current with { Announced = milestone });
    }

    /// <summary>The milestone the current question has reached but that is not on the card yet.</summary>
    public TimerMilestone DueMilestone(DateTimeOffset now) =>
        Stage == SessionStage.Interviewing && Current is { } q && q.Timer.MilestoneAt(now) > q.Announced
            ? q.Timer.MilestoneAt(now)
            : TimerMilestone.None;

    /// <summary>When the next milestone update is due, for the timer sweep; null when none is pending.</summary>
    public DateTimeOffset? NextMilestoneDue(DateTimeOffset now) =>
        Stage == SessionStage.Interviewing && Current is { } q ? q.Timer.NextMilestoneDue(now, q.Announced) : null;

    private static bool IsSameSubmit(string? stored, string incoming) => incoming.Length > 0 && stored == incoming;

    private MockSession CloseCurrent(string actorId, DateTimeOffset now, int expectedNumber, QuestionOutcome outcome)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        var closed = ReplaceCurrent(current with { Outcome = outcome, Timer = current.Timer.Pause(now), ClosedAt = now });
        return CurrentIndex + 1 < Questions.Count ? closed.MoveTo(CurrentIndex + 1, now) : closed.FinishQuestions(now);
    }

    private MockSession MoveTo(int index, DateTimeOffset now)
    {
        var next = Questions[index] with { Outcome = QuestionOutcome.Current, Timer = Questions[index].Timer.Start(now), AskedAt = now };
        return (this with { CurrentIndex = index }).ReplaceAt(index, next);
    }

    private MockSession FinishQuestions(DateTimeOffset now)
    {
        var session = this;
        if (Current is { Outcome: QuestionOutcome.Current } current)
        {
            session = ReplaceCurrent(current with { Outcome = QuestionOutcome.Asked, Timer = current.Timer.Pause(now), ClosedAt = now });
        }

        return session with { Stage = SessionStage.CandidateQuestions, InterviewEndedAt = now };
    }

    private PlannedQuestion RequireCurrent(string actorId, int expectedNumber)
    {
        RequireInterviewer(actorId);
        if (Stage != SessionStage.Interviewing || Current is null)
        {
            throw new StaleActionException(Stage == SessionStage.Ready
                ? "Start the interview first."
                : "The questions are over for this session.");
        }

        return expectedNumber == CurrentNumber
            ? Current
            : throw new StaleActionException($"That button was for question {expectedNumber}; the interview is on question {CurrentNumber} now.");
    }

    private void RequireInterviewer(string actorId)
    {
        if (!IsInterviewer(actorId))
        {
            throw new NotInterviewerException(Interviewer.Name);
        }
    }

    private void RequireFeedbackOpen()
    {
        if (Stage != SessionStage.AwaitingFeedback)
        {
            throw new SessionRuleException(Stage == SessionStage.Completed
                ? "This session's feedback has already been delivered."
                : "Feedback opens when the interview has finished.");
        }
    }

    private MockSession ReplaceCurrent(PlannedQuestion question) => ReplaceAt(CurrentIndex, question);

    private MockSession ReplaceAt(int index, PlannedQuestion question)
    {
        var list = Questions.ToList();
        list[index] = question;
        return this with { Questions = list };
    }
}
