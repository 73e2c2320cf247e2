using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Privacy;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>Export, delete and retention of personal data, checked against what is left in the store.</summary>
public sealed class PrivacyTests : HostTest
{
    private MockDriver driver = null!;
    private string mentorSession = string.Empty;
    private string soloSession = string.Empty;

    public override async Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        driver = new MockDriver(Host);
        mentorSession = await driver.CompleteMentorLedAsync(Mentor, Student, "msg-mentor-setup");
        soloSession = await driver.CompleteSoloAsync(Student, "msg-solo-setup");
        Host.Teams.Clear();
    }

    [Fact]
    public async Task ExportMyData_InPersonalChat_LinkDownloadsEverythingOnce()
    {
        await Host.PostActivityAsync(PersonalMessage(Student, "export my data"));
        var card = Assert.Single(Host.Teams.Calls).Card!;
        var url = new Uri(card["actions"]![0]!["url"]!.GetValue<string>());

        using var client = Host.CreateClient();
        using var download = await client.GetAsync(url.PathAndQuery);
        Assert.Equal(200, (int)download.StatusCode);
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition?.ToString() ?? download.Headers.ToString(), StringComparison.Ordinal);
        var data = (await download.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(Student.Id, data["person"]!["id"]!.GetValue<string>());
        var ids = data["sessionsAsCandidate"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(new[] { mentorSession, soloSession }.Order(), ids);

        using var again = await client.GetAsync(url.PathAndQuery);
        Assert.Equal(404, (int)again.StatusCode);
    }

    [Fact]
    public async Task ExportMyData_ForInterviewer_LeavesOutTheCandidatesSelfAssessment()
    {
        await Host.PostActivityAsync(PersonalMessage(Mentor, "export my data"));
        var url = new Uri(Assert.Single(Host.Teams.Calls).Card!["actions"]![0]!["url"]!.GetValue<string>());
        using var client = Host.CreateClient();
        var data = (await client.GetFromJsonAsync<JsonNode>(url.PathAndQuery))!;

        var ran = Assert.Single(data["sessionsAsInterviewer"]!.AsArray())!;
        Assert.Equal(mentorSession, ran["id"]!.GetValue<string>());
        Assert.NotNull(ran["feedback"]);
        Assert.Null(ran["selfAssessment"]);
    }

    [Fact]
    public async Task ExportMyData_InGroupChat_IsRefusedWithoutALink()
    {
        await Host.PostActivityAsync(GroupMessage(Student, "export my data"));
        var card = Assert.Single(Host.Teams.Calls).Card!;
        Assert.Contains("personal chat", CardJson.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("privacy/exports", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_AsCandidate_LeavesNothingWithTheirIdAndKeepsTheMentorsOtherData()
    {
        await Host.PostActivityAsync(PersonalMessage(Student, "delete my data"));
        var confirm = Assert.Single(Host.Teams.Calls).Card!;
        Assert.Contains(CardVerbs.ConfirmDeleteData, CardJson.Verbs(confirm));
        Assert.NotNull(await Host.SessionAsync(mentorSession)); // nothing happens before the confirmation

        var done = await Host.InvokeAsync(Invoke(Student, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-confirm", "personal"));

        Assert.Contains("deleted", CardJson.Text(done), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(FilesMentioning(Student.Id));
        Assert.Null(await Host.SessionAsync(mentorSession));
        Assert.Null(await Host.SessionAsync(soloSession));
        Assert.True(File.Exists(Path.Combine(Host.DataPath, "chats", "personal", DocumentKeys.Segment(Mentor.Id) + ".json")));
    }

    [Fact]
    public async Task DeleteMyData_AsInterviewer_AnonymizesTheSessionAndKeepsTheStudentsFeedback()
    {
        var done = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-confirm", "personal"));

        Assert.Contains("deleted", CardJson.Text(done), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(FilesMentioning(Mentor.Id));
        Assert.Empty(FilesMentioning(Mentor.Name));
        var session = (await Host.SessionAsync(mentorSession))!;
        Assert.Equal(DeletePersonalData.FormerInterviewer, session.Interviewer);
        Assert.Empty(session.Notes);
        Assert.NotNull(session.Feedback);
        Assert.Equal(Student.Id, session.Candidate.Id);
    }

    [Fact]
    public async Task RetentionSweep_AfterRetentionPeriod_DeletesOldSessionsAndTheirHistoryLines()
    {
        Host.Time.Advance(TimeSpan.FromDays(366));

        var deleted = await Host.Services.GetRequiredService<RetentionSweep>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Null(await Host.SessionAsync(mentorSession));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Host.DataPath, "sessions"), "*.json"));
        Assert.DoesNotContain(mentorSession, await File.ReadAllTextAsync(Path.Combine(Host.DataPath, "students", DocumentKeys.Segment(Student.Id), "history.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionSweep_WithinRetentionPeriod_KeepsEverything()
    {
        Host.Time.Advance(TimeSpan.FromDays(300));
        Assert.Equal(0, await Host.Services.GetRequiredService<RetentionSweep>().RunOnceAsync(CancellationToken.None));
        Assert.NotNull(await Host.SessionAsync(mentorSession));
    }

    /// <summary>Every stored file whose text contains <paramref name="value"/> raw, JSON-escaped or as an encoded key segment.</summary>
    private List<string> FilesMentioning(string value)
    {
        var forms = new[] { value, DocumentKeys.Segment(value), System.Text.Json.JsonSerializer.Serialize(value).Trim('"') };
        return Directory.EnumerateFiles(Host.DataPath, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            .Where(f => forms.Any(v => f.Contains(v, StringComparison.Ordinal) || File.ReadAllText(f, Encoding.UTF8).Contains(v, StringComparison.Ordinal)))
            .ToList();
    }
}
