using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>After the feedback card: the student works through the action plan and may share the card with career-center staff.</summary>
public sealed partial record MockSession
{
    /// <summary>Steps of the action plan the student marked done, in the order they did so. Empty in sessions stored before it existed.</summary>
    public IReadOnlyList<ActionStepDone> StepsDone { get; init; } = [];

    /// <summary>Every time the student shared the feedback card with career-center staff, oldest first.</summary>
    public IReadOnlyList<ReportShare> SharedWithStaff { get; init; } = [];

    /// <summary>The interviewer's action plan with each step's due date and done state; empty without feedback (solo practice).</summary>
    public IReadOnlyList<ActionStep> ActionSteps() =>
        Feedback is not { } feedback
            ? []
            : feedback.ActionPlan.Select((text, index) => new ActionStep(
                index + 1, text, feedback.DueOf(index), StepsDone.FirstOrDefault(d => d.Number == index + 1)?.At)).ToList();

    /// <summary>
    /// The steps still to do, for the next session's prep card and for <c>my progress</c>. Only once
    /// the student has the feedback card: before that the plan is not theirs yet.
    /// </summary>
    public IReadOnlyList<ActionStep> OpenActionSteps() =>
        Stage == SessionStage.Completed ? ActionSteps().Where(s => !s.IsDone).ToList() : [];

    /// <summary>
    /// The student marks step <paramref name="number"/> done. Marking a step that is already done
    /// changes nothing (a double click, a Teams retry) and says so.
    /// </summary>
    public MockSession MarkStepDone(string actorId, int number, DateTimeOffset now)
    {
        RequireCandidateWithCard(actorId, "mark action-plan steps done");
        var steps = ActionSteps();
        if (number < 1 || number > steps.Count)
        {
            throw new SessionRuleException(steps.Count == 0
                ? "This session has no action plan."
                : $"The action plan has steps 1 to {steps.Count}; there is no step {number}.");
        }

        return steps[number - 1].IsDone
            ? throw new StaleActionException($"Step {number} is already marked done.")
            : this with { StepsDone = [.. StepsDone, new ActionStepDone(number, now)] };
    }

    /// <summary>The student shares their feedback card with career-center staff (<paramref name="staffIds"/>, from configuration).</summary>
    public MockSession ShareWithStaff(string actorId, IReadOnlyList<string> staffIds, DateTimeOffset now)
    {
        RequireCandidateWithCard(actorId, "share this feedback");
        if (staffIds.Count == 0)
        {
            throw new SessionRuleException("No career advisor is set up to receive feedback yet; ask your career center.");
        }

        return SharedWithStaff.Any(s => s.StaffIds.SequenceEqual(staffIds, StringComparer.OrdinalIgnoreCase))
            ? throw new StaleActionException("You already shared this feedback with your career center.")
            : this with { SharedWithStaff = [.. SharedWithStaff, new ReportShare([.. staffIds], now)] };
    }

    private void RequireCandidateWithCard(string actorId, string what)
    {
        if (!IsCandidate(actorId))
        {
            throw new SessionRuleException($"Only {Candidate.Name} can {what}.");
        }

        if (Stage != SessionStage.Completed)
        {
            throw new SessionRuleException("This feedback has not been delivered yet.");
        }
    }
}
