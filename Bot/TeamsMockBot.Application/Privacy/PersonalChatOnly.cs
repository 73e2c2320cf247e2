using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Exports and deletions happen in the personal chat only: a link or a count in a group chat could be seen by others.</summary>
internal static class PersonalChatOnly
{
    public static void Require(ChatTurn turn, string message)
    {
        if (turn.Kind != ChatKind.Personal)
        {
            throw new SessionRuleException(message);
        }
    }
}
