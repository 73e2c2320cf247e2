using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Meeting;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Authorization;

/// <summary>What a refused cell must leave alone, and the matrix's shared host.</summary>
public sealed partial class AuthorizationMatrixTests
{
    // ---- what a refusal must leave alone ----

    private Dictionary<string, (long Length, long Written)> StoreSnapshot() =>
        Directory.Exists(Host.DataPath)
            ? Directory.EnumerateFiles(Host.DataPath, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(Host.DataPath, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f).Ticks), StringComparer.Ordinal)
            : [];

    private void AssertNothingChanged(Dictionary<string, (long Length, long Written)> before, int callsBefore, Answer answer, string action, string who)
    {
        var after = StoreSnapshot();
        // A message in someone's personal chat refreshes that chat's stored address (the reply goes there); it is not the refused action's doing.
        var personalChat = answer.Reply is not null && answer.ConversationId == PersonalChatId(PersonOf(Enum.Parse<Who>(who, ignoreCase: true)).Id)
            ? DocumentKeys.PersonalChat(PersonOf(Enum.Parse<Who>(who, ignoreCase: true)).Id).Replace('/', Path.DirectorySeparatorChar) + ".json"
            : null;
        var changed = after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value).Select(a => a.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k))).Where(k => k != personalChat).ToList();
        Assert.True(changed.Count == 0, $"{action} as {who} changed the store: {string.Join(", ", changed)}");

        var sent = Host.Teams.Calls.Skip(callsBefore).Where(c => c.Method != "GET").ToList();
        if (answer.Reply is { } reply)
        {
            Assert.Equal([reply], sent); // a typed command's one reply, in the chat it was typed in
        }
        else
        {
            Assert.True(sent.Count == 0, $"{action} as {who} sent: {string.Join(", ", sent.Select(s => s.Method + " " + s.Path))}");
        }

        if (answer.Status == 200 && answer.ActivityId.Length > 0)
        {
            Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains(answer.ActivityId, StringComparison.Ordinal));
        }
    }

    private void AssertNoInterviewerMaterial(Answer answer, Context context)
    {
        var text = answer.Card?.ToJsonString() ?? answer.Body?.ToJsonString() ?? string.Empty;
        Assert.DoesNotContain(NoteText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StrengthsText, text, StringComparison.Ordinal);
        if (answer.Card is { } card)
        {
            var verbs = CardJson.Verbs(card);
            Assert.DoesNotContain(CardVerbs.SaveNote, verbs);
            Assert.DoesNotContain(CardVerbs.SubmitFeedback, verbs);
            Assert.DoesNotContain(CardVerbs.SubmitSelfAssessment, verbs); // nobody is handed a form that is not theirs
        }
        else if (answer.Body is JsonObject body)
        {
            Assert.Null(body["private"]);
        }

        if (context.Session?.Current is { } current)
        {
            var question = QuestionBank.BuiltIn.Get(current.QuestionId);
            Assert.DoesNotContain(question.WhatGoodLooksLike, text, StringComparison.Ordinal);
        }
    }

    /// <summary>A notice with no buttons that says only someone else may do it (the quiz's own text says "Only the …" too).</summary>
    private static bool IsRefusalNotice(Answer answer) =>
        (answer.Card is null || CardJson.Verbs(answer.Card).Count == 0) &&
        (answer.Text.Contains("Only the", StringComparison.Ordinal) || answer.Text.Contains("Only career-center", StringComparison.Ordinal));

    /// <summary>The message extension's "Start a mock interview" invoke in the group chat, as MessageExtensionTests builds it.</summary>
    private static JsonNode ExtensionInvoke((string Id, string Name) from, string name, JsonObject? data)
    {
        var activity = GroupMessage(from, string.Empty);
        activity.AsObject().Remove("text");
        activity.AsObject().Remove("textFormat");
        activity["type"] = "invoke";
        activity["name"] = name;
        var value = new JsonObject { ["commandId"] = RouteTable.StartMockCommand, ["commandContext"] = "compose", ["context"] = new JsonObject { ["theme"] = "default" } };
        if (data is not null)
        {
            value["data"] = data;
        }

        activity["value"] = value;
        return activity;
    }

    private static JsonNode HistoryAboutStudent((string Id, string Name) asker)
    {
        var activity = GroupMessage(asker, $"<at>TeamsMockBot</at> history <at>{Student.Name}</at>");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>TeamsMockBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMockBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{Student.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = Student.Id, ["name"] = Student.Name } });
        return activity;
    }

    /// <summary>One host for the whole table (cells run one after another, each on its own fresh session), with Teams sign-on and staff configured.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private FakeEntraId? _entra;
        private BotHost? _host;

        public FakeEntraId Entra => _entra!;

        public BotHost Host => _host!;

        public async Task InitializeAsync()
        {
            _entra = await FakeEntraId.StartAsync();
            var settings = Entra.Settings();
            settings["Teams:AllowedTenantIds:0"] = TenantId;
            settings["Teams:AllowedTenantIds:1"] = FakeEntraId.TenantId;
            settings["Privacy:StaffIds:0"] = DirectoryIdOf(Staff.Id);
            _host = new BotHost(settings: settings);
            foreach (var person in new[] { TeamsActivities.Mentor, Student, Bystander, Staff })
            {
                Host.Teams.Roster.Add(person);
            }
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            Host.DeleteData();
            await Entra.DisposeAsync();
        }
    }
}
