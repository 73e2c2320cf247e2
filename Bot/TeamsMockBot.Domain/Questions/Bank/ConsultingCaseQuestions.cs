using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// Consulting case questions. The interviewer plays the client and hands out data on request,
/// so the hints reward a stated structure up front and a clear recommendation at the end.
/// </summary>
internal static class ConsultingCaseQuestions
{
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.ConsultingCase, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("case-01", "A regional bakery chain's profits fell 20% over two years even though revenue grew. What is going on?", 12,
            "Confirms the objective, lays out a profit tree (revenue and costs, fixed and variable), asks for data to narrow down, quantifies the main driver, and closes with a recommendation.",
            ["Ingredient costs rose 30% in that period. What would you recommend?", "How would you present this to the CEO in one minute?"],
            [Structure, ProblemSolving, Communication],
            ["profitability", "framework", "costs", "recommendation"]),

        Q("case-02", "An electric-scooter rental company is considering launching in a new city. Should it?", 15,
            "Structures around market attractiveness, competition, the client's capabilities and unit economics, sizes the market roughly, and gives a clear go or no-go with risks and next steps.",
            ["A competitor halves its prices the week you launch. What now?", "What finding would make you say no?"],
            [Structure, ProblemSolving, RoleKnowledge],
            ["market entry", "strategy", "framework", "recommendation"]),

        Q("case-03", "How many cups of coffee are sold in a large city on a typical day?", 10,
            "Chooses a clear approach (from population or from outlets), segments sensibly, states round assumptions aloud, calculates cleanly, and sanity-checks the result.",
            ["How would you check this answer with a second method?", "Which assumption are you least sure of?"],
            [ProblemSolving, Structure, Communication],
            ["market sizing", "estimation", "math", "assumptions"]),

        Q("case-04", "A software company is launching a new project-management tool. How should it set the price?", 12,
            "Weighs cost-based, competitor-based and value-based pricing, segments customers (small teams versus large companies), and proposes tiers with a rationale and a way to test them.",
            ["How would you know the price is too low?", "Should there be a free tier, and why?"],
            [ProblemSolving, RoleKnowledge, Structure],
            ["pricing", "strategy", "segments"]),

        Q("case-05", "A large sportswear brand is thinking about buying a fast-growing fitness app. Should it go ahead?", 15,
            "Examines strategic fit, the app's standalone value, synergies, the price and integration risks, and gives a recommendation with the conditions under which it holds.",
            ["Which synergies would you try to quantify first?", "What could make this deal destroy value?"],
            [Structure, ProblemSolving, RoleKnowledge],
            ["acquisition", "m&a", "synergies", "strategy"]),

        Q("case-06", "Waiting times in a hospital's emergency department have doubled. How would you bring them down?", 12,
            "Maps the patient flow, finds the bottleneck with data (triage, beds, staff shifts), separates quick wins from structural fixes, and weighs cost against patient impact.",
            ["The bottleneck turns out to be bed availability on the wards. What now?", "How would you measure success after three months?"],
            [ProblemSolving, Structure],
            ["operations", "bottleneck", "process", "healthcare"]),

        Q("case-07", "A gym chain's membership has plateaued. How could it grow revenue by 15% within two years?", 12,
            "Splits revenue into members times revenue per member, explores acquisition, retention and new offerings, prioritizes ideas by impact and feasibility, and checks that they add up to 15%.",
            ["Which idea would you test first, and how?", "What is the risk to existing members?"],
            [Structure, ProblemSolving, Communication],
            ["growth", "revenue", "strategy", "prioritization"]),

        Q("case-08", "An airline must cut operating costs by 10% without hurting safety or customer satisfaction. Where would you look?", 12,
            "Breaks costs into the main buckets (fuel, labour, fleet, airport fees, overhead), focuses on the largest, proposes specific levers with rough savings, and says what is off-limits.",
            ["Fuel is 30% of costs. What levers exist there?", "How might staff and unions react to your labour ideas?"],
            [Structure, ProblemSolving, RoleKnowledge],
            ["cost reduction", "operations", "framework"]),

        Q("case-09", "Sales of a well-known breakfast cereal dropped 15% last year while the overall market grew. Why, and what should the company do?", 12,
            "Checks the market, competitors, customers and the company's own product, price, distribution and promotion, asks for data to isolate the cause, and recommends actions that address it.",
            ["A store-brand cereal has appeared at 40% lower price. How do you respond?", "What data would you ask for first?"],
            [Structure, ProblemSolving, Communication],
            ["declining sales", "market share", "competition", "diagnosis"]),

        Q("case-10", "A tutoring nonprofit wants to double the number of students it serves on the same budget. How would you approach this?", 12,
            "Clarifies what counts as serving a student, breaks capacity into tutors, hours and sessions per student, explores levers such as group sessions or volunteers, and weighs the effect on quality.",
            ["How would you make sure learning outcomes do not drop?", "What would you pilot first?"],
            [ProblemSolving, Structure, Results],
            ["social impact", "operations", "capacity", "nonprofit"]),
    ];
}
