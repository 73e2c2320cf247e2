using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// Product management questions: product sense, metrics, prioritization, estimation and execution.
/// Open design prompts get long slots because the framing is what is being assessed.
/// </summary>
internal static class ProductManagementQuestions
{
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.ProductManagement, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("pm-01", "Design a product that helps first-year university students find study partners.", 12,
            "Clarifies the goal and constraints, segments users and picks one segment with a reason, lists their pain points, compares a few solutions, scopes one MVP, and names a success metric.",
            ["How would you know the MVP is working after one month?", "What is the biggest risk, and how would you test it cheaply?"],
            [ProblemSolving, Structure, RoleKnowledge],
            ["product design", "product sense", "users", "prioritization"]),

        Q("pm-02", "What is a product you use often, and how would you improve it?", 6,
            "Explains whom the product serves and why it works today, picks one improvement tied to a real user problem, and says how they would measure whether it helped.",
            ["Why do you think the company hasn't built that already?", "Which metric might get worse if you shipped it?"],
            [RoleKnowledge, Communication, ProblemSolving],
            ["product sense", "favorite product", "users", "improvement"]),

        Q("pm-03", "Daily active users of a messaging app dropped 10% week over week. How would you investigate?", 10,
            "Rules out data or definition changes first, segments by platform, region, app version and cohort, separates internal from external causes, and says which data would confirm each hypothesis.",
            ["The drop is only on Android in one country. What do you look at next?", "What do you tell leadership before you know the cause?"],
            [ProblemSolving, Structure, RoleKnowledge],
            ["metrics", "analytics", "root cause", "debugging"]),

        Q("pm-04", "How would you measure the success of a new saved-searches feature in a job-listings app?", 8,
            "Ties metrics to the feature's goal, picks one primary metric plus supporting and guardrail metrics, and explains how to attribute a change to the feature, for example with an A/B test.",
            ["If you could keep only one metric, which would it be?", "How long would you run the experiment, and why?"],
            [RoleKnowledge, ProblemSolving],
            ["metrics", "success", "experimentation", "a/b testing"]),

        Q("pm-05", "You have one quarter and five feature requests from sales, support and engineering. How do you decide what to build?", 8,
            "Asks what the company's goal is this quarter, scores requests with an explicit method (impact versus effort, RICE or strategic fit), and explains how they would communicate what is not being built.",
            ["Sales says a large deal depends on the request you ranked last. What now?", "How would you revisit the plan halfway through the quarter?"],
            [ProblemSolving, Communication, RoleKnowledge],
            ["prioritization", "roadmap", "stakeholders", "trade-offs"]),

        Q("pm-06", "Roughly how many people in your country would pay for a language-learning app? Walk me through your estimate.", 8,
            "Lays out the approach before calculating, uses round numbers with stated assumptions, sanity-checks the answer against something known, and says which assumption matters most.",
            ["Which assumption would change the answer the most?", "How could you validate that number within a week?"],
            [ProblemSolving, Structure, Communication],
            ["estimation", "market sizing", "assumptions"]),

        Q("pm-07", "Should a popular music-streaming service launch a tool for creating podcasts? Make the case.", 10,
            "Frames the company's goal, considers users, competitors and the company's strengths, weighs risks and costs, and lands on a clear recommendation with a first step.",
            ["What would make you reverse your recommendation?", "How would you launch it to limit the downside?"],
            [ProblemSolving, RoleKnowledge, Structure],
            ["strategy", "market", "competition", "recommendation"]),

        Q("pm-08", "Engineering tells you a feature you promised customers will take three times longer than estimated. What do you do?", 5,
            "Finds out why before reacting, works with the team on scope cuts or phased delivery, and updates customers and stakeholders early with a realistic plan.",
            ["How would you prevent the same surprise next time?", "Which customers do you contact first, and what do you tell them?"],
            [Communication, ProblemSolving, RoleKnowledge],
            ["stakeholders", "engineering", "execution", "trade-offs"]),

        Q("pm-09", "How would you find out why users abandon sign-up halfway through?", 8,
            "Uses funnel data to locate the drop, then qualitative methods (session recordings, interviews, short surveys) to learn why, and proposes small experiments to test fixes.",
            ["You can talk to only five users. Whom do you pick?", "What would you change first, and how would you test it?"],
            [ProblemSolving, RoleKnowledge],
            ["user research", "funnel", "experimentation", "users"]),

        Q("pm-10", "Tell me about a product or feature you took from idea to launch. What was your role?", 5,
            "Covers the problem and the evidence for it, the decisions the candidate personally drove, how they worked across functions, and the measured outcome after launch.",
            ["Which decision would you make differently now?", "How did you decide it was ready to ship?"],
            [Specificity, Results, RoleKnowledge],
            ["execution", "launch", "ownership", "results"]),
    ];
}
