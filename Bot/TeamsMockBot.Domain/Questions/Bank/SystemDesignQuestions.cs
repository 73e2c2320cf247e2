using TeamsMockBot.Domain.Feedback;
using static TeamsMockBot.Domain.Feedback.Competency;

namespace TeamsMockBot.Domain.Questions.Bank;

/// <summary>
/// System design questions. There is no single right design, so the hints describe a sound
/// process (requirements, estimates, a simple design, then trade-offs) rather than an answer key.
/// </summary>
internal static class SystemDesignQuestions
{
    private static Question Q(string id, string text, double minutes, string good, string[] followUps, Competency[] probes, string[] focus) =>
        new(id, Track.SystemDesign, text, TimeSpan.FromMinutes(minutes), good, followUps, probes, focus);

    internal static IReadOnlyList<Question> All { get; } =
    [
        Q("sd-01", "Design a URL-shortening service.", 12,
            "Clarifies scale and the read/write ratio, sketches the API and data model, explains key generation and collisions, and adds caching for the read-heavy path, naming the trade-offs.",
            ["How would you support custom aliases and expiry dates?", "What changes at a hundred times today's traffic?"],
            [ProblemSolving, RoleKnowledge, Communication],
            ["scalability", "caching", "data model", "api"]),

        Q("sd-02", "Design a chat system that supports one-to-one and group conversations.", 15,
            "Pins down delivery guarantees, ordering and presence, chooses a connection model such as WebSockets, explains message storage and fan-out for groups, and handles offline users.",
            ["How do you guarantee message order within a group?", "How would you add read receipts?"],
            [ProblemSolving, RoleKnowledge],
            ["real-time", "messaging", "scalability", "consistency"]),

        Q("sd-03", "Design the home feed for a social network.", 15,
            "Compares fan-out on write with fan-out on read and picks a hybrid for accounts with huge followings, covers ranking at a high level, pagination and caching, and estimates storage.",
            ["How do you handle an account with fifty million followers?", "How would you keep the feed fresh without rebuilding it on every visit?"],
            [ProblemSolving, RoleKnowledge, Structure],
            ["scalability", "feed", "caching", "trade-offs"]),

        Q("sd-04", "Design a rate limiter for a public API.", 12,
            "Clarifies whether limits apply per user, key or IP, compares token bucket with sliding window, decides where it runs (gateway or service), and keeps counters consistent across servers.",
            ["What happens when the counter store goes down?", "How do clients find out that they are being throttled?"],
            [RoleKnowledge, ProblemSolving],
            ["rate limiting", "api", "reliability", "distributed systems"]),

        Q("sd-05", "Design a service where users upload videos and others stream them.", 15,
            "Separates the upload, transcoding and playback paths, uses object storage and a CDN, explains adaptive bitrate streaming, and estimates storage and bandwidth.",
            ["How would you cope with a video that suddenly goes viral?", "How do you resume an upload that was interrupted?"],
            [RoleKnowledge, ProblemSolving, Structure],
            ["storage", "cdn", "scalability", "estimation"]),

        Q("sd-06", "Design a ticket-booking system for concerts where the best seats sell out in minutes.", 15,
            "Identifies the core concurrency problem (two buyers, one seat), uses expiring holds or transactions, adds a queue for traffic spikes, and discusses fairness and failed payments.",
            ["What happens when payment fails after a seat is held?", "How would you stop bots from buying every ticket?"],
            [ProblemSolving, RoleKnowledge],
            ["concurrency", "consistency", "transactions", "scalability"]),

        Q("sd-07", "Design a notification service that sends email, SMS and push messages.", 12,
            "Decouples producers from senders with a queue, retries safely using idempotency keys, respects user preferences and per-channel limits, and monitors delivery failures.",
            ["How do you avoid sending the same notification twice?", "How would a password-reset message jump ahead of marketing messages?"],
            [RoleKnowledge, ProblemSolving],
            ["queues", "reliability", "idempotency", "messaging"]),

        Q("sd-08", "Design a key-value store that is spread across many machines.", 15,
            "Explains partitioning (for example consistent hashing), replication and quorum reads and writes, relates the consistency versus availability trade-off to the stated needs, and covers node failure.",
            ["How does a node catch up when it comes back after an outage?", "How would you offer strongly consistent reads for some keys only?"],
            [RoleKnowledge, ProblemSolving, Communication],
            ["distributed systems", "consistency", "replication", "partitioning"]),

        Q("sd-09", "Design the autocomplete suggestions for a search box.", 12,
            "Clarifies the latency target and data source, proposes a trie or precomputed top suggestions per prefix, explains how suggestions are refreshed from search logs, and caches close to users.",
            ["How would you personalise the suggestions?", "How do you keep offensive suggestions out?"],
            [ProblemSolving, RoleKnowledge],
            ["search", "latency", "caching", "data structures"]),

        Q("sd-10", "Design a web crawler that can fetch and index a billion pages.", 15,
            "Covers the URL frontier, politeness per domain, de-duplication of URLs and content, distributed workers and storage estimates, and explains how to recover from a crash.",
            ["How do you avoid getting stuck in crawler traps?", "How would you decide which pages to re-crawl first?"],
            [ProblemSolving, RoleKnowledge, Structure],
            ["distributed systems", "scalability", "estimation", "queues"]),
    ];
}
