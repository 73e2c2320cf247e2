using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Routing;

/// <summary>The one route table, as the host composes it: every button our cards carry and every command has exactly one handler.</summary>
public sealed class RouteTableTests : HostTest
{
    private static readonly Participant Someone = new("29:someone", "Someone");

    private RouteTable Routes => Host.Services.GetRequiredService<RouteTable>();

    public static TheoryData<string> CardVerbConstants() =>
        [.. typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(CardVerbConstants))]
    public void ForVerb_EveryVerbOurCardsUse_HasItsOwnRoute(string verb)
    {
        var route = Routes.ForVerb(verb);

        Assert.Equal(verb, route.Name);
        Assert.Contains(verb, Routes.Verbs);
    }

    [Fact]
    public async Task ForVerb_UnknownVerb_AnswersOutOfDate()
    {
        var route = Routes.ForVerb("session.explode");

        Assert.Equal("unknown", route.Name);
        var error = await Assert.ThrowsAsync<BadCardDataException>(() => route.HandleAsync(ChatTurn.Of(Someone, ChatKind.Group), CardData.Empty, CancellationToken.None));
        Assert.Contains("session.explode", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotCommand.Help, false)]
    [InlineData(BotCommand.Mock, true)]
    [InlineData(BotCommand.History, false)]
    [InlineData(BotCommand.ExportData, false)]
    [InlineData(BotCommand.DeleteData, false)]
    [InlineData(BotCommand.Progress, false)]
    [InlineData(BotCommand.Quiz, false)]
    public void ForCommand_EveryCommand_HasARoute_AndOnlySetupAsksForTheRoster(BotCommand command, bool needsMembers)
    {
        var route = Routes.ForCommand(command);

        Assert.Equal(command.ToString().ToLowerInvariant(), route.Name);
        Assert.Equal(needsMembers, route.NeedsMembers);
    }

    [Theory]
    [InlineData(MeetingEventKind.Started, true)]
    [InlineData(MeetingEventKind.Ended, false)]
    [InlineData(MeetingEventKind.ParticipantsJoined, false)]
    [InlineData(MeetingEventKind.ParticipantsLeft, false)]
    public void ForMeetingEvent_EveryKind_HasARoute_AndOnlyTheStartAsksForTheRoster(MeetingEventKind kind, bool needsMembers)
    {
        var route = Routes.ForMeetingEvent(kind);

        Assert.Equal("meeting" + kind, route.Name);
        Assert.Equal(needsMembers, route.NeedsMembers);
        Assert.Equal(4, Enum.GetValues<MeetingEventKind>().Length); // a new kind needs its line above
    }

    [Fact]
    public void ForExtension_StartMock_HasFetchAndSubmitRoutes_AndUnknownCommandsHaveNone()
    {
        Assert.NotNull(Routes.ForExtensionFetch(RouteTable.StartMockCommand));
        Assert.NotNull(Routes.ForExtensionSubmit(RouteTable.StartMockCommand));
        Assert.Null(Routes.ForExtensionFetch("deleteEverything"));
        Assert.Null(Routes.ForExtensionSubmit("deleteEverything"));
    }
}
