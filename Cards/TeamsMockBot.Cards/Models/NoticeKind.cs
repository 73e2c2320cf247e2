namespace TeamsMockBot.Cards.Models;

public enum NoticeKind
{
    Info,
    Success,
    Warning,
    Error,
}
