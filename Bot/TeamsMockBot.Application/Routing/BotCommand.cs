namespace TeamsMockBot.Application.Routing;

/// <summary>The commands people type, matched on whole words after the bot's @mention is removed.</summary>
public enum BotCommand
{
    Help,
    Mock,
    History,
    ExportData,
    DeleteData,
    Schedule,
    Progress,
    Quiz,
}
