using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// How a readiness call and a rating look. "Not yet" is amber, not red: it is a step on the way,
/// and the card should encourage rather than alarm.
/// </summary>
internal static class ReadinessStyle
{
    public static ContainerStyle Container(Readiness readiness) => readiness switch
    {
        Readiness.Ready => ContainerStyle.Good,
        Readiness.Almost => ContainerStyle.Accent,
        _ => ContainerStyle.Warning,
    };

    public static TextColor Color(Readiness readiness) => readiness switch
    {
        Readiness.Ready => TextColor.Good,
        Readiness.Almost => TextColor.Accent,
        _ => TextColor.Warning,
    };

    public static TextColor Rating(int rating) => rating switch
    {
        >= 4 => TextColor.Good,
        3 => TextColor.Default,
        _ => TextColor.Warning,
    };
}
