using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Turns;

/// <summary>
/// Who acted, and where, in our own words: the Teams adapter translates each activity into this.
/// <see cref="Members"/> is filled only for turns whose route needs the roster (setup), since
/// fetching it costs a call to Teams.
/// </summary>
public sealed record ChatTurn(Participant Actor, ChatKind Kind, IReadOnlyList<Participant> Members, IReadOnlyList<Participant> Mentioned)
{
    /// <summary>The actor's directory (Entra ID) object id when the platform gives one; staff lists use it.</summary>
    public string? DirectoryId { get; init; }

    /// <summary>The organisation (Microsoft 365 tenant) the turn came from, when the platform says; sessions are kept to their own.</summary>
    public string? TenantId { get; init; }

    /// <summary>The chat the turn happened in.</summary>
    public string ChatId { get; init; } = string.Empty;

    /// <summary>The platform's id of the incoming activity (unique per turn).</summary>
    public string ActivityId { get; init; } = string.Empty;

    /// <summary>For a card action: the id of the message whose card was clicked.</summary>
    public string? ClickedMessageId { get; init; }

    /// <summary>The time zone the person's Teams client reported (IANA, e.g. <c>Europe/Berlin</c>); null when it sent none.</summary>
    public string? TimeZoneId { get; init; }

    private readonly Lazy<ChatAddress?> _chat = new(() => null);

    /// <summary>Where this chat is, for messages sent to it (or opened from it) later; without the person who acted.</summary>
    public ChatAddress? Chat
    {
        get => _chat.Value;
        init => _chat = new Lazy<ChatAddress?>(() => value);
    }

    /// <summary>
    /// Makes <see cref="Chat"/> only when a use case reads it: the adapter's address is a serialized
    /// reference, and most turns (a click on a running interview) never need it.
    /// </summary>
    public Func<ChatAddress?> ChatOnDemand
    {
        init => _chat = new Lazy<ChatAddress?>(value);
    }

    public static ChatTurn Of(Participant actor, ChatKind kind) => new(actor, kind, [], []);
}
