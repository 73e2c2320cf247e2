namespace TeamsMockBot.Application.Routing;

/// <summary>Reads what people type, on whole words, after the bot's @mention is removed.</summary>
public static class BotCommands
{
    public static BotCommand Parse(string? text)
    {
        var words = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (words is "mock" or "mock interview" or "start a mock interview" or "start mock" or "start a mock" ||
            words.StartsWith("mock ", StringComparison.Ordinal) || words.StartsWith("start a mock interview ", StringComparison.Ordinal))
        {
            return BotCommand.Mock;
        }

        if (words is "schedule" or "schedule a mock" or "schedule mock" or "schedule a mock interview" or "book a mock" ||
            words.StartsWith("schedule ", StringComparison.Ordinal))
        {
            return BotCommand.Schedule;
        }

        if (words is "export my data" or "export data" or "download my data")
        {
            return BotCommand.ExportData;
        }

        if (words is "delete my data" or "delete data" or "forget me")
        {
            return BotCommand.DeleteData;
        }

        if (words is "my progress" or "progress")
        {
            return BotCommand.Progress;
        }

        if (words is "quiz" or "practice quiz" or "take the quiz")
        {
            return BotCommand.Quiz;
        }

        return words is "history" or "my history" ? BotCommand.History : BotCommand.Help;
    }
}
