using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Tests.Privacy;

/// <summary>Staff are recognised by their Teams id or their Entra object id, ignoring case; nobody else is.</summary>
public sealed class StaffDirectoryTests
{
    private static StaffDirectory Directory(params string[] staffIds)
    {
        var options = new PrivacyOptions();
        foreach (var id in staffIds)
        {
            options.StaffIds.Add(id);
        }

        return new StaffDirectory(Options.Create(options));
    }

    private static ChatTurn Turn(string teamsId, string? directoryId = null) =>
        ChatTurn.Of(new Participant(teamsId, "Someone"), ChatKind.Personal) with { DirectoryId = directoryId };

    [Fact]
    public void IsStaff_ByTeamsIdOrDirectoryId_IgnoringCase()
    {
        var staff = Directory("29:Advisor-Ada", "0F1E2D3C-0000-0000-0000-000000000001");

        Assert.True(staff.IsStaff(Turn("29:advisor-ada")));
        Assert.True(staff.IsStaff(Turn("29:someone-else", "0f1e2d3c-0000-0000-0000-000000000001")));
        Assert.False(staff.IsStaff(Turn("29:student-sam", "0f1e2d3c-0000-0000-0000-000000000002")));
    }

    [Fact]
    public void IsStaff_NoStaffConfigured_IsNobody() =>
        Assert.False(Directory().IsStaff(Turn("29:advisor-ada", "anything")));
}
