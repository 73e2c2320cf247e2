namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Makes Teams ask the bot for a fresh card for each listed user (at most 60) when they view it:
/// how one message shows the interviewer a different view from everyone else.
/// </summary>
public sealed class CardRefresh
{
    public const int MaxUserIds = 60;

    public CardRefresh(ExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count > MaxUserIds)
        {
            throw new ArgumentException($"Teams refreshes a card for at most {MaxUserIds} users.", nameof(userIds));
        }

        Action = action;
        UserIds = userIds;
    }

    // Typed as the base so the serializer writes "type": "Action.Execute".
    public CardAction Action { get; }

    public IReadOnlyList<string> UserIds { get; }
}
