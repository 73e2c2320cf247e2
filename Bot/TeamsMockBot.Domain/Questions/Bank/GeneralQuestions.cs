using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// General questions that come up in almost every interview. They need short, prepared answers,
/// so slots are two to three minutes and the hints penalise vague or scripted replies.
/// </summary>
internal static class GeneralQuestions
{
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.General, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("gen-01", "Why do you want to work here?", 2,
            "Links two or three specific things about the organisation (product, mission, team) to the candidate's own experience and goals, with no generic praise.",
            ["What do you know about our competitors?", "What would make you turn down an offer from us?"],
            [RoleKnowledge, Presence, Communication],
            ["motivation", "why this company", "research"]),

        Q("gen-02", "What is your greatest weakness?", 2,
            "Names a real weakness that matters for the job (not a disguised strength), shows its effect with an example, and describes concrete steps and progress made.",
            ["How does that weakness show up when you are under pressure?", "Can you give me a second one?"],
            [Specificity, Presence],
            ["weakness", "self-awareness", "growth"]),

        Q("gen-03", "What would you say are your greatest strengths?", 2,
            "Chooses two or three strengths that match the role and supports each with a brief real example.",
            ["Which of those would your teammates mention first?", "When has one of those strengths caused you a problem?"],
            [Specificity, Communication],
            ["strengths", "self-awareness", "fit"]),

        Q("gen-04", "Where do you see yourself in five years?", 2,
            "Shows ambition that fits the path this role offers, talks about skills and impact rather than job titles, and connects the goal back to this role.",
            ["What skills do you need to build to get there?", "What would make you leave a job?"],
            [Presence, Communication],
            ["career goals", "motivation", "future"]),

        Q("gen-05", "Why are you leaving your current role, or what are you looking for in your first one?", 2,
            "Stays positive and forward-looking, talks about what they want to move toward, and does not criticise a past employer.",
            ["What did you enjoy most about your last role?", "How would your current manager react to your leaving?"],
            [Presence, Communication],
            ["motivation", "career change", "job search"]),

        Q("gen-06", "Why should we hire you rather than another candidate?", 2,
            "Makes a short, confident case: two or three differentiators tied to what the job needs, each backed by evidence.",
            ["Which requirement of this role do you not meet yet?", "What would you accomplish in your first 90 days?"],
            [Presence, RoleKnowledge, Structure],
            ["pitch", "fit", "value", "closing"]),

        Q("gen-07", "We have a few minutes left. What questions do you have for us?", 3,
            "Asks two or three thoughtful questions about the team, what success looks like in the role, or the challenges ahead; avoids anything answered on the website and does not open with pay.",
            ["Why does that matter to you?", "Is there anything about your application you would like to clarify before we finish?"],
            [Presence, RoleKnowledge],
            ["finish strong", "questions for the interviewer", "closing", "curiosity"]),

        Q("gen-08", "Walk me through your resume.", 3,
            "Moves through it briefly and in order, explains the reasons behind each move, gives one result per role, and stays under three minutes.",
            ["Which experience on your resume best prepares you for this job?", "Is there a gap or change of direction you would like to explain?"],
            [Structure, Communication],
            ["resume", "background", "tell me about yourself", "career story"]),

        Q("gen-09", "What are your salary expectations?", 2,
            "Gives a researched range or politely defers until the role is clearer, explains what the range is based on, and stays calm and flexible about the whole package.",
            ["Is that range flexible?", "What matters to you besides base pay?"],
            [Presence, Communication],
            ["salary", "negotiation", "compensation"]),

        Q("gen-10", "How do you handle stress and pressure?", 2,
            "Describes specific habits (planning, breaking work down, asking for help) and backs them with a recent example instead of claiming never to feel stressed.",
            ["Tell me about the last time pressure affected your work.", "How do you recover after a hard week?"],
            [Presence, Specificity],
            ["stress", "pressure", "resilience", "self-awareness"]),
    ];
}
