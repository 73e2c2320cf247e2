namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>
/// The word lists behind the coach's rules, kept together so each flag can be explained by the
/// words that raised it. Words are compared whole and lower-cased (see <see cref="CommentTokens"/>).
/// </summary>
internal static class CoachWords
{
    /// <summary>Judgements of the person or the answer that hurt more than they help.</summary>
    public static readonly HashSet<string> Insults = new(StringComparer.Ordinal)
    {
        "stupid", "terrible", "awful", "useless", "pathetic", "horrible", "idiot", "idiotic", "hopeless", "dumb", "worst",
        "incompetent", "lazy", "clueless", "rubbish", "garbage", "embarrassing", "worthless", "lame", "ridiculous",
        "dreadful", "atrocious", "painful", "cringe", "cringeworthy", "disaster", "disastrous", "joke", "laughable", "amateurish",
        "sucked", "sucks", "crap", "crappy", "trash", "moron", "unprofessional", "arrogant", "boring", "annoying",
    };

    /// <summary>Absolutes that, said about the person, turn one observation into a verdict on them.</summary>
    public static readonly HashSet<string> Absolutes = new(StringComparer.Ordinal) { "never", "always", "constantly", "ever" };

    public static readonly HashSet<string> You = new(StringComparer.Ordinal) { "you", "you're", "you’re", "your", "you've", "you’ve", "u" };

    /// <summary>Acronyms interviewers write in capitals without shouting.</summary>
    public static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "STAR", "SMART", "API", "APIS", "SQL", "NOSQL", "CEO", "CTO", "CFO", "KPI", "KPIS", "OKR", "OKRS", "SLA", "SLO", "CAP", "CPU",
        "URL", "HTTP", "AWS", "GCP", "UI", "UX", "PM", "QA", "ROI", "B2B", "B2C", "MVP", "CDN", "DNS", "TCP", "REST", "JSON",
        "SaaS", "LRU", "TTL", "ETA", "TL", "DR", "TLDR", "AI", "ML", "IT", "HR", "US", "UK", "EU", "OK", "I", "A", "CV", "GPA",
        "NPS", "DAU", "MAU", "ARR", "MRR", "CAC", "LTV", "P&L", "SWOT", "MECE", "FAANG", "RAM", "SSD", "IO", "OOP", "BFS", "DFS",
        "SELECT", "GROUP", "BY", "JOIN", "WHERE", "ORDER", "INSERT", "UPDATE", "DELETE", "HAVING", "COUNT", "SUM", "NULL", "AND", "OR",
    };

    /// <summary>Words so general they say nothing on their own; a comment of only these is generic.</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "good", "great", "nice", "fine", "ok", "okay", "well", "done", "job", "bad", "poor", "solid", "decent", "awesome", "excellent",
        "amazing", "perfect", "interview", "overall", "answer", "answers", "work", "needs", "need", "more", "better", "improve",
        "improvement", "communication", "confident", "confidence", "clear", "clearer", "unclear", "confusing", "confused", "really",
        "very", "pretty", "quite", "stuff", "things", "thing", "some", "bit", "little", "lot", "lots", "job", "keep", "up", "it",
        "was", "were", "is", "are", "be", "been", "a", "an", "the", "and", "but", "or", "you", "your", "i", "me", "my", "we",
        "of", "on", "in", "at", "to", "for", "with", "so", "too", "that", "this", "all", "general", "generally", "try", "harder",
        "should", "could", "would", "can", "will", "just", "not", "no", "yes", "n/a", "none", "nothing", "thanks", "thank", "liked",
        "like", "enjoyed", "did", "do", "went", "go", "felt", "seemed", "sounded", "strong", "weak", "presentation", "skills",
        "performance", "effort", "areas", "area", "points", "some", "aspects", "parts", "part", "certain", "practice", "practise",
        "prepare", "preparation", "prepared", "be", "am", "had", "has", "have", "there", "here", "again", "overall", "kind", "sort",
        "okay-ish", "alright", "wow", "super", "cool", "lovely", "brilliant", "fantastic", "sometimes", "maybe", "still", "get",
        "got", "better", "best", "most", "next", "time", "times", "less", "much", "many", "mostly", "bits", "content", "delivery", "flow", "style", "way",
    };

    /// <summary>Nouns that point at a part of the interview the student can find again.</summary>
    public static readonly HashSet<string> Moments = new(StringComparer.Ordinal)
    {
        "question", "questions", "story", "stories", "example", "examples", "opening", "opener", "intro", "introduction",
        "closing", "close", "ending", "start", "beginning", "end", "middle", "follow-up", "follow-ups", "followup", "star",
        "situation", "task", "action", "result", "results", "outcome", "conflict", "failure", "project", "launch", "migration",
        "design", "diagram", "whiteboard", "framework", "estimate", "estimation", "sizing", "market-sizing", "metric", "metrics",
        "trade-off", "trade-offs", "tradeoff", "tradeoffs", "requirement", "requirements", "assumption", "assumptions",
        "database", "cache", "caching", "queue", "api", "apis", "schema", "sharding", "load", "latency", "complexity",
        "worst-case", "best-case", "edge", "edge-case", "edge-cases", "bug", "algorithm", "hash", "loop", "recursion", "array",
        "recommendation", "hypothesis", "issue", "tree", "issue-tree", "profitability", "revenue", "costs", "cost", "pricing",
        "customer", "customers", "user", "users", "persona", "prioritisation", "prioritization", "roadmap", "stakeholder",
        "stakeholders", "manager", "team", "teammate", "deadline", "pause", "pauses", "filler", "fillers", "um", "ums", "pace",
        "eye", "camera", "summary", "recap", "pitch", "tell-me-about-yourself", "weakness", "strength", "salary", "role",
        "company", "interviewer", "case", "exhibit", "chart", "data", "numbers", "number", "percentage", "percent", "minute",
        "minutes", "seconds", "second", "hour", "first", "third", "last", "final", "once", "twice", "half", "moment",
        "said", "mentioned", "described", "explained", "told", "q1", "q2", "q3", "q4", "q5", "q6",
        "slide", "resume", "cv", "internship", "hackathon", "capstone", "thesis", "client", "sql", "python", "java", "code",
        "test", "tests", "testing", "scale", "scaling", "throughput", "consistency", "availability", "partition", "index",
        "indexes", "replica", "replicas", "budget", "timeline", "sprint", "okr", "kpi", "mvp", "nps", "retention", "churn",
        "funnel", "segment", "segments", "competitor", "competitors", "volunteer", "club", "shift", "store", "shop", "café",
        "restaurant", "lab", "course", "class", "group", "presentation", "report", "dashboard", "survey", "interview-question",
    };

    public static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "thousand", "million", "dozen", "both", "each", "every",
    };

    /// <summary>Verbs that start a next step when they open a sentence ("Rewrite…", "Try…", "Walk me through…").</summary>
    public static readonly HashSet<string> StepVerbs = new(StringComparer.Ordinal)
    {
        "try", "practise", "practice", "rewrite", "write", "prepare", "prep", "open", "start", "begin", "close", "end", "finish",
        "state", "quantify", "add", "use", "name", "lead", "pause", "slow", "ask", "say", "spend", "cut", "keep", "record",
        "walk", "explain", "structure", "frame", "clarify", "think", "summarise", "summarize", "replace", "drop", "focus",
        "pick", "choose", "rehearse", "list", "draw", "sketch", "check", "mention", "give", "show", "describe", "aim", "limit",
        "signpost", "land", "tie", "link", "cover", "run", "do", "make", "set", "book", "read", "review", "research", "memorise",
        "memorize", "count", "measure", "estimate", "talk", "speak", "breathe", "repeat", "plan", "note", "highlight", "avoid",
        "stop", "swap", "lead", "turn", "build", "draft", "time", "film", "video", "answer", "include", "bring", "move", "split",
        "break", "trim", "shorten", "expand", "quote", "credit", "own", "own", "frame", "test", "validate", "compare", "weigh",
        "sanity-check", "double-check", "look", "learn", "find", "collect", "gather", "finish", "reach", "share", "send",
        "outline", "label", "number", "practise", "remember", "consider", "reframe", "restate", "mirror", "paraphrase",
        "anchor", "lean", "translate", "connect", "prioritise", "prioritize", "identify", "define", "settle", "commit", "go",
        "jot", "close", "introduce", "mock", "schedule", "pair", "prompt", "watch", "listen", "work", "follow", "get", "stay", "be",
        "let", "allow", "leave", "treat", "come", "wait", "hold", "return", "circle", "offer", "drop",
    };

    /// <summary>Phrases that offer a next step anywhere in a sentence.</summary>
    public static readonly string[] StepPhrases =
    [
        "next time", "try to", "try", "you could", "you should", "you can", "i'd suggest", "i would suggest", "i suggest", "suggest",
        "consider", "instead of", "rather than", "it would help", "would help", "would be stronger", "would make", "aim for",
        "aim to", "make sure", "remember to", "let me", "let them", "how about", "what if you", "i'd like to see", "i would like to see",
        "would like to hear", "it's worth", "worth practising", "worth practicing", "before the next", "by the next", "going forward",
        "in future", "in the future", "would land better", "would have been stronger", "would have helped", "could have",
        "should have", "next mock", "recommend", "i recommend", "might", "the fix is", "one fix", "a good habit", "habit of",
    ];

    /// <summary>Words that follow a noun, not an imperative: "Structure was…", "Time ran out".</summary>
    public static readonly HashSet<string> NotImperativeAfter = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "felt", "seemed", "looked", "came", "needs", "needed", "went", "of", "ran", "has", "had",
        "could", "would", "should", "and", "wasn't", "isn't", "management", "itself", "looks", "feels", "didn't", "doesn't",
    };

    /// <summary>Cues that an "always" describes something going wrong ("you always rush the ending").</summary>
    public static readonly HashSet<string> NegativeCues = new(StringComparer.Ordinal)
    {
        "ramble", "rambles", "rambling", "rush", "rushes", "rushing", "forget", "forgets", "interrupt", "interrupts", "miss",
        "misses", "skip", "skips", "avoid", "avoids", "fail", "fails", "struggle", "struggles", "mumble", "mumbles", "drift",
        "drifts", "too", "go", "goes", "lose", "loses", "waffle", "waffles", "um", "uh", "hesitate", "hesitates", "over-explain",
        "overexplain", "dodge", "dodges", "blame", "blames", "talk", "talks", "get", "gets", "sound", "sounds", "look", "looks",
        "seem", "seems", "say", "says", "lack", "lacks", "without", "not", "don't", "do", "hide", "hides", "jump", "jumps",
    };
}
