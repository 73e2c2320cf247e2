using TeamsMockBot.Application.Routing;

namespace TeamsMockBot.Application.Tests.Routing;

/// <summary>What people type maps to a command on whole words; anything else is help, never a guess.</summary>
public sealed class BotCommandsTests
{
    [Theory]
    [InlineData("mock", BotCommand.Mock)]
    [InlineData("  Start a mock interview ", BotCommand.Mock)]
    [InlineData("mock Sam", BotCommand.Mock)]
    [InlineData("history", BotCommand.History)]
    [InlineData("My Progress", BotCommand.Progress)]
    [InlineData("progress", BotCommand.Progress)]
    [InlineData("quiz", BotCommand.Quiz)]
    [InlineData(" Practice quiz", BotCommand.Quiz)]
    [InlineData("export my data", BotCommand.ExportData)]
    [InlineData("forget me", BotCommand.DeleteData)]
    [InlineData("delete my data", BotCommand.DeleteData)]
    [InlineData("help", BotCommand.Help)]
    [InlineData("", BotCommand.Help)]
    [InlineData(null, BotCommand.Help)]
    public void Parse_KnownWords_NameTheCommand(string? text, BotCommand expected) =>
        Assert.Equal(expected, BotCommands.Parse(text));

    [Theory]
    [InlineData("mockery")]
    [InlineData("please delete my data now")]
    [InlineData("historyx")]
    [InlineData("quiz me on everything")]
    public void Parse_WordsThatOnlyContainACommand_AreHelp(string text) =>
        Assert.Equal(BotCommand.Help, BotCommands.Parse(text));
}
