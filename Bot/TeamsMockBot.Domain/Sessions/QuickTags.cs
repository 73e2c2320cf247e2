namespace TeamsMockBot.Domain.Sessions;

/// <summary>The quick tags in the two groups the interviewer's card shows them in.</summary>
public static class QuickTags
{
    public static IReadOnlyList<QuickTag> Strengths { get; } = [QuickTag.StrongStructure, QuickTag.GreatExample, QuickTag.ClearResult];

    public static IReadOnlyList<QuickTag> ToWorkOn { get; } = [QuickTag.NoResultStated, QuickTag.Rambling, QuickTag.WeNotI];

    public static bool IsStrength(QuickTag tag) => Strengths.Contains(tag);
}
