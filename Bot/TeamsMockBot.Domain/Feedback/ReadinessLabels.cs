namespace TeamsMockBot.Domain.Feedback;

/// <summary>The wording cards use for each overall readiness call, from the rubric content.</summary>
public sealed record ReadinessLabels(string NotYet, string Almost, string Ready)
{
    public string For(Readiness readiness) => readiness switch
    {
        Readiness.NotYet => NotYet,
        Readiness.Almost => Almost,
        Readiness.Ready => Ready,
        _ => throw new ArgumentOutOfRangeException(nameof(readiness), readiness, "Unknown readiness."),
    };
}
