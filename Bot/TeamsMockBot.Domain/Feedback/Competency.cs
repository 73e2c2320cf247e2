namespace TeamsMockBot.Domain.Feedback;

/// <summary>The seven competencies of the default rubric, in the order cards show them.</summary>
public enum Competency
{
    Structure,
    Specificity,
    Results,
    Communication,
    ProblemSolving,
    RoleKnowledge,
    Presence,
}
