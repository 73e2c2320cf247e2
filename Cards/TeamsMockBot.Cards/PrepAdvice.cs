namespace TeamsMockBot.Cards;

/// <summary>
/// What a candidate prepares before a mock, in our own words. One text for the prep card and the
/// calendar invitation, so both say the same.
/// </summary>
public static class PrepAdvice
{
    public const string Star =
        "STAR: Situation (one or two sentences of context), Task (what you had to achieve), Action (what you did, say \"I\", not \"we\"), Result (what changed, with a number if you can, and what you learned).";

    public static IReadOnlyList<string> WhatToPrepare { get; } =
    [
        "Two or three stories from your own experience, each told in the STAR shape in about two minutes.",
        "The company and the role: what they make, who for, what the job asks for, and why you want it.",
        "Two or three questions of your own to ask at the end.",
    ];

    public static IReadOnlyList<string> Logistics { get; } =
    [
        "Camera on, in a quiet place, with a charged device.",
        "Recording only if both of you agree first.",
    ];

    /// <summary>The invitation's plain-text body: the goal, what to prepare, the STAR reminder and the logistics.</summary>
    public static string InvitationBody(string goal, Uri? joinUrl) =>
        string.Join("\n", new[]
        {
            "Goal: " + goal,
            string.Empty,
            "What to prepare:",
        }.Concat(WhatToPrepare.Select(p => "- " + p))
         .Concat([string.Empty, Star, string.Empty, "Logistics:"])
         .Concat(Logistics.Select(l => "- " + l))
         .Concat([joinUrl is null ? "- The mock runs in the Teams chat it was booked from." : "- Join: " + joinUrl]));
}
