namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// A one-click observation the interviewer records on the question being answered, so the
/// feedback form can remind them what happened where. A small fixed set, named the way mentors
/// talk about answers; <see cref="QuickTags"/> says which ones are strengths.
/// </summary>
public enum QuickTag
{
    StrongStructure,
    GreatExample,
    ClearResult,
    NoResultStated,
    Rambling,
    WeNotI,
}
