using System.Text.Json.Nodes;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>Career-center staff read a student's history, privately; nobody else can.</summary>
public sealed class StaffHistoryTests : IAsyncLifetime
{
    private static readonly (string Id, string Name) Staff = ("29:careers-casey", "Casey Careers");
    private const string StaffDirectoryId = "6f1c2d4e-0000-4000-8000-000000000042";
    private readonly BotHost host = new(settings: new Dictionary<string, string> { ["Privacy:StaffIds:0"] = StaffDirectoryId });

    public async Task InitializeAsync()
    {
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        await new MockDriver(host).CompleteSoloAsync(Student, "msg-solo-setup");
        host.Teams.Clear();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task HistoryOfStudent_AskedByStaffInGroupChat_ArrivesInStaffPersonalChatOnly()
    {
        var ask = HistoryAbout(Staff, Student);
        ask["from"]!["aadObjectId"] = StaffDirectoryId;

        await host.PostActivityAsync(ask);

        var inGroup = Assert.Single(host.Teams.Calls, c => c.ConversationId == GroupChatId);
        Assert.Contains("Sent to you privately", CardJson.Text(inGroup.Card!), StringComparison.Ordinal);
        Assert.DoesNotContain("Practice complete", CardJson.Text(inGroup.Card!), StringComparison.Ordinal);
        var privately = Assert.Single(host.Teams.Calls, c => c.ConversationId == PersonalChatId(Staff.Id) && c.Card is not null);
        Assert.Contains(Student.Name, CardJson.Text(privately.Card!), StringComparison.Ordinal);
        Assert.Contains("General", CardJson.Text(privately.Card!), StringComparison.Ordinal); // the solo session's track
    }

    [Fact]
    public async Task HistoryOfStudent_AskedByAnotherStudent_IsRefusedAndShowsNothing()
    {
        await host.PostActivityAsync(HistoryAbout(Mentor, Student));

        var answer = Assert.Single(host.Teams.Calls);
        Assert.Contains("Only career-center staff", CardJson.Text(answer.Card!), StringComparison.Ordinal);
        Assert.DoesNotContain("General", CardJson.Text(answer.Card!), StringComparison.Ordinal);
    }

    private static JsonNode HistoryAbout((string Id, string Name) asker, (string Id, string Name) student)
    {
        var activity = GroupMessage(asker, $"<at>TeamsMockBot</at> history <at>{student.Name}</at>");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>TeamsMockBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMockBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{student.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = student.Id, ["name"] = student.Name } });
        return activity;
    }
}
