using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// Coding talk-through questions. Inside a meeting there is no shared judge, so the candidate is
/// assessed on narrating the approach, complexity and edge cases rather than on compiling code.
/// </summary>
internal static class CodingTalkThroughQuestions
{
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.CodingTalkThrough, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("code-01", "Given an array of integers and a target, return the indices of two numbers that add up to the target. Talk me through it.", 8,
            "Asks about duplicates, negatives and the no-solution case, states the O(n²) brute force, improves it to O(n) with a hash map, and traces an example before writing code.",
            ["What would you do differently if the array were sorted?", "How would you return every matching pair instead of one?"],
            [ProblemSolving, RoleKnowledge, Communication],
            ["arrays", "hashing", "complexity", "think aloud"]),

        Q("code-02", "Check whether a string made of the brackets ( ) [ ] { } is balanced.", 8,
            "Picks a stack and explains why it fits, handles empty input and unmatched closing brackets, states O(n) time and space, and tests a tricky case aloud.",
            ["How would you report the position of the first error?", "Could you do without a stack if there were only one kind of bracket?"],
            [ProblemSolving, RoleKnowledge],
            ["stacks", "strings", "edge cases"]),

        Q("code-03", "Find the length of the longest substring without repeating characters.", 10,
            "Explains a sliding window with a set or a last-seen index map, traces an example, covers the empty string, and states O(n) time.",
            ["What changes if the input can contain any Unicode text?", "How would you return the substring itself?"],
            [ProblemSolving, RoleKnowledge, Communication],
            ["sliding window", "strings", "complexity"]),

        Q("code-04", "Given a list of meeting times, merge the ones that overlap.", 10,
            "Sorts by start time, explains why sorting makes a single pass enough, handles touching and nested intervals, and states O(n log n).",
            ["How would you find the minimum number of meeting rooms needed?", "What if the meetings arrive one at a time as a stream?"],
            [ProblemSolving, RoleKnowledge],
            ["sorting", "intervals", "arrays"]),

        Q("code-05", "Design an LRU cache whose get and put operations run in constant time.", 12,
            "Combines a hash map with a doubly linked list and explains why each is needed, handles updating an existing key and eviction, and discusses thread safety when asked.",
            ["How would you make it safe for concurrent access?", "How would you change it to evict the least frequently used entry?"],
            [RoleKnowledge, ProblemSolving, Communication],
            ["data structures", "caching", "linked lists", "design"]),

        Q("code-06", "Given a grid of land and water cells, count the number of islands.", 10,
            "Treats the grid as a graph, uses depth-first or breadth-first search to mark visited cells, mentions the recursion-depth risk on large grids, and states O(rows × columns).",
            ["How would you find the largest island?", "What if the grid is too big to fit in memory?"],
            [ProblemSolving, RoleKnowledge],
            ["graphs", "bfs", "dfs", "recursion"]),

        Q("code-07", "Reverse a singly linked list, first iteratively and then recursively.", 8,
            "Tracks previous, current and next pointers clearly, narrates a small example, handles the empty and single-node lists, and compares the stack cost of the recursive version.",
            ["How would you reverse only the nodes between positions m and n?", "Which tests would you write for this function?"],
            [RoleKnowledge, Communication],
            ["linked lists", "pointers", "recursion"]),

        Q("code-08", "Return the k most frequent words from a list of words.", 10,
            "Counts with a hash map, compares full sorting with a heap of size k and their complexities, and asks how ties should be broken.",
            ["What if the list is too large for one machine?", "How does your choice change when k is close to the number of distinct words?"],
            [ProblemSolving, RoleKnowledge],
            ["heaps", "hashing", "complexity", "trade-offs"]),

        Q("code-09", "Walk me through a piece of code you wrote that you are proud of. What would you change about it now?", 8,
            "Explains the problem and the design so a newcomer could follow, justifies the key decisions, names a real flaw honestly, and describes how the code was tested.",
            ["How did you test it?", "What would break first if usage grew tenfold?"],
            [Communication, RoleKnowledge, Specificity],
            ["code review", "past project", "design", "testing"]),

        Q("code-10", "Find the shortest chain from one word to another, changing one letter at a time, where every step must be a dictionary word.", 12,
            "Recognises breadth-first search over an implicit graph, explains how neighbours are generated and what that costs, uses a visited set, and mentions bidirectional search as an improvement.",
            ["How would you return the chain itself, not only its length?", "Why does searching from both ends help here?"],
            [ProblemSolving, RoleKnowledge, Communication],
            ["graphs", "bfs", "strings", "optimization"]),
    ];
}
