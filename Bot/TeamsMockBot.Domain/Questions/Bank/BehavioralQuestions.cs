using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// Behavioral questions: the candidate tells one true story per question, so the hints push
/// interviewers to listen for a complete STAR arc and for the candidate's own part in it.
/// </summary>
internal static class BehavioralQuestions
{
    // Three to four minutes is roughly how long a well-told STAR story takes; longer usually means rambling.
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.Behavioral, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("beh-01", "Tell me about yourself and what led you to apply for this role.", 3,
            "About two minutes: where they are now with one headline achievement, the path that got them here, and why this role is the natural next step. Ends by handing back to the interviewer.",
            ["Which part of that story are you proudest of, and why?", "What would your last manager say you should work on?"],
            [Structure, Communication, Presence],
            ["tell me about yourself", "introduction", "pitch", "motivation"]),

        Q("beh-02", "Tell me about a time you disagreed with a teammate or your manager. How did you handle it?", 4,
            "States the other person's view fairly, describes a specific conversation the candidate started, how they found common ground, and what happened to both the work and the relationship.",
            ["Looking back, what would you do differently?", "How is your working relationship with that person today?"],
            [Structure, Specificity, Communication],
            ["conflict", "disagreement", "teamwork", "communication"]),

        Q("beh-03", "Describe a project or decision that failed. What was your part in it?", 4,
            "Owns their share without blaming others, explains the root cause, and names a concrete change in how they work that they have applied since.",
            ["How did you break the news to your manager or stakeholders?", "When did you last put that lesson into practice?"],
            [Specificity, Results, Presence],
            ["failure", "mistake", "learning", "ownership"]),

        Q("beh-04", "Tell me about a time you led a group of people you had no formal authority over.", 4,
            "A clear goal, how they aligned people (shared context, roles, check-ins), one moment of resistance they handled, and a quantified result. Uses \"I\" for their own actions and \"we\" for the team's.",
            ["Who was hardest to bring along, and what worked with them?", "How would the group describe your leadership?"],
            [Specificity, Results, Structure],
            ["leadership", "teamwork", "ownership"]),

        Q("beh-05", "Give an example of when you persuaded someone more senior to change their mind.", 4,
            "Shows preparation: learned what the decision maker cared about, brought data or a prototype, anticipated objections. The outcome is measurable, or, if they lost, they say what they learned.",
            ["Which objection surprised you?", "What would you have done if the answer had stayed no?"],
            [Communication, Specificity, Results],
            ["influence", "persuasion", "stakeholders", "communication"]),

        Q("beh-06", "Tell me about a time you had to make progress while the goal or requirements were unclear.", 4,
            "Explains how they reduced the uncertainty: questions asked, assumptions written down, a small first step to learn quickly, and check-ins as facts changed. The result follows from those steps.",
            ["Which of your assumptions turned out to be wrong?", "How did you decide you knew enough to commit?"],
            [ProblemSolving, Structure, Results],
            ["ambiguity", "uncertainty", "judgment", "problem solving"]),

        Q("beh-07", "Describe a team project you are proud of. What exactly was your contribution?", 3,
            "Separates what the team achieved from what the candidate did, shows how they helped others (handoffs, unblocking, sharing credit), and gives a concrete outcome.",
            ["What did a teammate do better than you did?", "How did the team settle a disagreement along the way?"],
            [Specificity, Communication],
            ["teamwork", "collaboration", "ownership"]),

        Q("beh-08", "Tell me about a time you had more work than you could finish. How did you decide what came first?", 4,
            "Names the criteria used (impact, deadlines, dependencies), what they dropped or handed off and whom they told, and the result, including what the trade-off cost.",
            ["What did you say no to, and how was it received?", "What would you have done if your manager disagreed with your order?"],
            [ProblemSolving, Structure, Results],
            ["prioritization", "time management", "trade-offs", "pressure"]),

        Q("beh-09", "Tell me about a piece of critical feedback you received and what you did with it.", 3,
            "Quotes the feedback specifically, admits an honest first reaction without getting defensive, and gives evidence that their behaviour changed over the following weeks or months.",
            ["How did you check that you had actually improved?", "Tell me about a time you had to give difficult feedback to someone else."],
            [Specificity, Presence],
            ["feedback", "growth", "self-awareness", "learning"]),

        Q("beh-10", "What accomplishment are you proudest of so far, and why?", 3,
            "Chooses an example relevant to the role, explains what made it hard, and quantifies the impact (time saved, revenue, users, grades) while keeping their own actions clear.",
            ["How did you measure that result?", "What would it take to double that impact?"],
            [Results, Specificity, Structure],
            ["achievement", "impact", "results", "metrics"]),

        Q("beh-11", "Tell me about a time you worked with a difficult stakeholder or customer.", 4,
            "Describes the other side's needs with empathy rather than complaint, the specific steps taken to set expectations or rebuild trust, and what changed as a result.",
            ["What did you learn about their goals that you had not known at first?", "Where did you draw the line, and how did you say it?"],
            [Communication, Specificity, Presence],
            ["stakeholders", "conflict", "customer", "communication"]),

        Q("beh-12", "Tell me about a problem nobody asked you to fix that you took on anyway.", 3,
            "Initiative grounded in evidence: how they noticed the problem, got buy-in or permission, carried out the fix, and measured the improvement.",
            ["Why had nobody fixed it before you?", "How did you make sure the fix lasted after you moved on?"],
            [Specificity, Results, ProblemSolving],
            ["initiative", "ownership", "leadership", "impact"]),
    ];
}
