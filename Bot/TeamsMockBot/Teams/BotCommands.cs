namespace TeamsMockBot.Teams;

/// <summary>The commands people type, matched on whole words after the bot's @mention is removed.</summary>
internal enum BotCommand
{
    Help,
    Mock,
    History,
}

internal static class BotCommands
{
    public static BotCommand Parse(string? text)
    {
        var words = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (words is "mock" or "mock interview" or "start a mock interview" or "start mock" or "start a mock" ||
            words.StartsWith("mock ", StringComparison.Ordinal) || words.StartsWith("start a mock interview ", StringComparison.Ordinal))
        {
            return BotCommand.Mock;
        }

        return words is "history" or "my history" or "my progress" or "progress" ? BotCommand.History : BotCommand.Help;
    }
}
