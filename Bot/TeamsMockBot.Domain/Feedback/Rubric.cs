namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// The default rubric. Level texts describe what an interviewer can observe, not how good the
/// candidate is in general, so two interviewers watching the same answer land on the same rating.
/// </summary>
public static class Rubric
{
    /// <summary>The seven competencies in <see cref="Competency"/> order, which is the order cards show them.</summary>
    public static IReadOnlyList<RubricCompetency> Default { get; } =
    [
        new(Competency.Structure, "Structure (STAR)",
            "Answers follow a clear shape: situation, task, action and result, or a stated framework.",
            [
                "Rambles; no clear situation, action or result",
                "Some STAR parts present but out of order, or the result is missing",
                "Clear STAR shape; one part (often task or result) is thin",
                "Crisp STAR; signposts the structure and spends most time on actions",
            ]),
        new(Competency.Specificity, "Specificity and ownership",
            "Uses one concrete example and makes the candidate's own part unmistakable.",
            [
                "Speaks in generalities or hypotheticals; no real example",
                "Real example, but vague on details or hides behind \"we\"",
                "Specific example with clear personal actions; a few details missing",
                "Vivid, specific example; \"I\" for own actions, credits others fairly",
            ]),
        new(Competency.Results, "Results and impact",
            "Shows what changed because of the candidate, in numbers where possible.",
            [
                "No outcome stated, or the story stops before the result",
                "Outcome given only in vague terms (\"it went well\")",
                "Clear outcome with at least one number or concrete measure",
                "Quantified impact tied to the goal, plus what was learned",
            ]),
        new(Competency.Communication, "Communication",
            "Clear, concise and well paced, with few filler words, and answers the question asked.",
            [
                "Hard to follow; frequent fillers; drifts away from the question",
                "Understandable but long-winded or rushed; noticeable fillers",
                "Clear and mostly concise; steady pace with occasional fillers",
                "Concise, well paced and easy to follow; checks in with the listener",
            ]),
        new(Competency.ProblemSolving, "Problem-solving process",
            "Clarifies, frames the problem, thinks aloud and weighs trade-offs before concluding.",
            [
                "Jumps to an answer with no clarifying questions or visible reasoning",
                "Asks a few questions, but the reasoning is unstructured or hard to follow",
                "Clarifies and frames the problem; thinks aloud; names some trade-offs",
                "Frames crisply, tests assumptions, weighs options and commits with reasons",
            ]),
        new(Competency.RoleKnowledge, "Role knowledge",
            "Shows the domain or technical depth the role needs and uses its vocabulary correctly.",
            [
                "Misuses basic concepts of the role, or cannot go beyond them",
                "Knows the basics but struggles when probed further",
                "Solid working knowledge; handles most follow-ups with confidence",
                "Deep, accurate knowledge; connects ideas and raises edge cases unprompted",
            ]),
        new(Competency.Presence, "Presence and finishing strong",
            "Stays composed and engaged, and closes with thoughtful questions of their own.",
            [
                "Visibly flustered; asks no questions at the end",
                "Nervous at times; asks one or two generic questions at the end",
                "Mostly composed; recovers from stumbles; asks relevant questions",
                "Calm and engaged throughout; closes with sharp, tailored questions",
            ]),
    ];

    /// <summary>The rubric entry for one competency.</summary>
    public static RubricCompetency For(Competency competency)
    {
        // Default is in enum order, but a lookup by value stays correct if that ever changes.
        foreach (var entry in Default)
        {
            if (entry.Competency == competency)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(competency), competency, "Not a competency of the default rubric.");
    }

    /// <summary>The wording cards use for an overall readiness call.</summary>
    public static string ReadinessLabel(Readiness readiness) => readiness switch
    {
        Readiness.NotYet => "Not yet",
        Readiness.Almost => "Almost",
        Readiness.Ready => "Ready",
        _ => throw new ArgumentOutOfRangeException(nameof(readiness), readiness, "Unknown readiness."),
    };
}
