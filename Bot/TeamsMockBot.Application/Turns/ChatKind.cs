namespace TeamsMockBot.Application.Turns;

/// <summary>The kind of chat a turn came from; decides which formats the setup card offers.</summary>
public enum ChatKind
{
    Personal,
    Group,
    Channel,
    Meeting,
}
