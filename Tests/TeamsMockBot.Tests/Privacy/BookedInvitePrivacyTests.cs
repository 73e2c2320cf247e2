using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Cards;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>
/// A mock booked through the offline calendar leaves an invite (<c>calendar/invites/*</c>) and its
/// link (<c>calendar/links/*</c>) that name both people in the subject and the attendee list: the
/// export lists it, and deleting the session — by "delete my data" or the retention sweep — deletes both.
/// </summary>
public sealed class BookedInvitePrivacyTests : HostTest
{
    private string sessionId = string.Empty;
    private Uri calendarLink = null!;

    private SchedulingDriver Driver => new(Host);

    public override async Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        (sessionId, var card) = await Driver.FindAndBookAsync();
        calendarLink = SchedulingDriver.CalendarLink(card);
        Assert.Equal(200, (await Driver.GetAsync(calendarLink)).Status);
        Assert.Equal(2, CalendarFiles().Count); // the invite and its link: so the tests below can fail
        Host.Teams.Clear();
    }

    [Fact]
    public async Task ExportMyData_WithABookedMock_ListsTheInviteWithItsSubjectAndPeople()
    {
        var data = await ExportAsync(Student);

        var invite = Assert.Single(data["calendarInvites"]!.AsArray())!;
        Assert.Equal(sessionId, invite["eventId"]!.GetValue<string>());
        Assert.Equal($"Mock interview: {Student.Name} with {Mentor.Name}", invite["subject"]!.GetValue<string>());
        Assert.Equal(Mentor.Name, invite["organizer"]!["name"]!.GetValue<string>());
        Assert.Equal(Student.Name, Assert.Single(invite["attendees"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(sessionId, Assert.Single((await ExportAsync(Mentor))["calendarInvites"]!.AsArray())!["eventId"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteMyData_AsCandidate_DeletesTheInviteAndItsLink()
    {
        await Host.InvokeAsync(Invoke(Student, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-confirm", "personal"));

        Assert.Null(await Host.SessionAsync(sessionId));
        Assert.Empty(CalendarFiles());
        Assert.Equal(404, (await Driver.GetAsync(calendarLink)).Status);
        Assert.Empty(FilesMentioning(Student.Name));
    }

    [Fact]
    public async Task DeleteMyData_AsInterviewer_DeletesTheInviteThatNamesThem()
    {
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-confirm", "personal"));

        Assert.NotNull(await Host.SessionAsync(sessionId)); // the candidate's booking stays, anonymized
        Assert.Empty(CalendarFiles());
        Assert.Empty(FilesMentioning(Mentor.Name));
    }

    [Fact]
    public async Task RetentionSweep_AfterRetentionPeriod_DeletesTheInviteAndItsLink()
    {
        Host.Time.Advance(TimeSpan.FromDays(366));

        Assert.Equal(1, await Host.Services.GetRequiredService<RetentionSweep>().RunOnceAsync(CancellationToken.None));

        Assert.Empty(CalendarFiles());
        Assert.Equal(404, (await Driver.GetAsync(calendarLink)).Status);
    }

    private async Task<JsonNode> ExportAsync((string Id, string Name) who)
    {
        Host.Teams.Clear();
        await Host.PostActivityAsync(PersonalMessage(who, "export my data"));
        var url = new Uri(Assert.Single(Host.Teams.Calls, c => c.Card is not null).Card!["actions"]![0]!["url"]!.GetValue<string>());
        using var client = Host.CreateClient();
        return (await client.GetFromJsonAsync<JsonNode>(url.PathAndQuery))!;
    }

    private List<string> CalendarFiles()
    {
        var folder = Path.Combine(Host.DataPath, "calendar");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))]
            : [];
    }

    private List<string> FilesMentioning(string value) =>
        [.. Directory.EnumerateFiles(Host.DataPath, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f, Encoding.UTF8).Contains(value, StringComparison.Ordinal))];
}
