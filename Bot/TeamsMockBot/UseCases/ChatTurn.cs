using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.UseCases;

/// <summary>
/// Who acted, and where, in our own words: the Teams adapter translates each activity into this.
/// <see cref="Members"/> is filled only for turns that need the roster (setup), since fetching it
/// costs a call to Teams.
/// </summary>
public sealed record ChatTurn(Participant Actor, ChatKind Kind, IReadOnlyList<Participant> Members, IReadOnlyList<Participant> Mentioned)
{
    /// <summary>The actor's directory (Entra ID) object id when the platform gives one; staff lists use it.</summary>
    public string? DirectoryId { get; init; }

    public static ChatTurn Of(Participant actor, ChatKind kind) => new(actor, kind, [], []);
}
