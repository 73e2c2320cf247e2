using System.Text;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// Who and what the Agents Playground simulates: the bot, the person at the browser page
/// (<see cref="CurrentUser"/>), five other people, one personal chat, one group chat and one team.
/// <see cref="ToYaml"/> writes its configuration file (<c>.m365agentsplayground.yml</c>, version 0.1.1).
/// </summary>
/// <remarks>
/// Playground 0.2.28: the page always acts as the current user; only the current user's personal
/// chat exists and is shown; the group chat and the team contain the current user and all five
/// others. Anything the bot sends to another person's personal chat is accepted (201) but never shown.
/// </remarks>
public sealed record PlaygroundCast(
    string TenantId,
    string BotId,
    string BotName,
    PlaygroundPerson CurrentUser,
    IReadOnlyList<PlaygroundPerson> Users,
    string GroupChatId,
    string GroupChatName,
    string TeamId,
    string TeamName,
    string TeamAadGroupId,
    string ChannelId,
    string ChannelName)
{
    public static PlaygroundPerson Sam { get; } = PlaygroundPerson.Create("user-sam", "Sam", "Student", "00000000-0000-0000-0000-00000000a001");

    public static PlaygroundPerson Morgan { get; } = PlaygroundPerson.Create("user-morgan", "Morgan", "Mentor", "00000000-0000-0000-0000-00000000a002");

    public static PlaygroundPerson Pat { get; } = PlaygroundPerson.Create("user-pat", "Pat", "Peer", "00000000-0000-0000-0000-00000000a003");

    public static PlaygroundPerson Casey { get; } = PlaygroundPerson.Create("user-casey", "Casey", "Careers", "00000000-0000-0000-0000-00000000a004");

    public static PlaygroundPerson Jordan { get; } = PlaygroundPerson.Create("user-jordan", "Jordan", "Student", "00000000-0000-0000-0000-00000000a005");

    public static PlaygroundPerson Riley { get; } = PlaygroundPerson.Create("user-riley", "Riley", "Recruiter", "00000000-0000-0000-0000-00000000a006");

    /// <summary>Sam Student at the page; Morgan Mentor and the others act through the Playground's API.</summary>
    public static PlaygroundCast Default { get; } = new(
        TenantId: "00000000-0000-0000-0000-0000000000aa",
        BotId: "28:00000000-0000-0000-0000-000000000b07",
        BotName: "Mock Interviews",
        CurrentUser: Sam,
        Users: [Morgan, Pat, Casey, Jordan, Riley],
        GroupChatId: "group-chat-mock",
        GroupChatName: "Mock interview prep",
        TeamId: "team-career-center",
        TeamName: "Career Center",
        TeamAadGroupId: "00000000-0000-0000-0000-00000000c001",
        ChannelId: "channel-mock-week",
        ChannelName: "Mock Week");

    private const string Header = """
        # yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json
        # The people and chats the Microsoft 365 Agents Playground simulates for TeamsMockBot.
        # Used by scripts/run-local.sh (M365_AGENTS_PLAYGROUND_CONFIG_PATH). The end-to-end tests write the
        # same cast from Tests/TeamsMockBot.EndToEnd.Tests/Harness/PlaygroundCast.cs, and a test checks that
        # this file is exactly what that code writes: change both together.
        #
        # Playground 0.2.28 rules: "users" must list exactly 5 people; the group chat and the team contain
        # the current user and all of them; the team has its General channel plus at most one more.
        # The browser page always acts as "currentUser" (Sam, the student), so Sam's personal chat is where
        # proactive messages to Sam appear. The others can act only through the Playground's HTTP API.
        """;

    /// <summary>The current user's personal chat with the bot (the only personal chat the page shows).</summary>
    public string PersonalChatId => "personal-chat-" + CurrentUser.GivenName.ToLowerInvariant();

    /// <summary>Everyone, current user first.</summary>
    public IEnumerable<PlaygroundPerson> People => [CurrentUser, .. Users];

    /// <summary>The same cast with <paramref name="person"/> at the page and the previous current user among the others.</summary>
    public PlaygroundCast WithCurrentUser(PlaygroundPerson person)
    {
        if (person == CurrentUser)
        {
            return this;
        }

        var users = Users.Select(u => u == person ? CurrentUser : u).ToList();
        if (!Users.Contains(person))
        {
            throw new ArgumentException($"{person.Name} is not in this cast.", nameof(person));
        }

        return this with { CurrentUser = person, Users = users };
    }

    public PlaygroundPerson Person(string id) =>
        People.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"No one with id {id} in the cast.", nameof(id));

    public string ToYaml()
    {
        if (Users.Count != 5)
        {
            throw new InvalidOperationException("Playground 0.2.28 requires exactly 5 users besides the current user.");
        }

        var yaml = new StringBuilder();
        yaml.Append(Header).Append('\n');
        Line(yaml, 0, "version: \"0.1.1\"");
        Line(yaml, 0, $"tenantId: {TenantId}");
        Line(yaml, 0, "bot:");
        Line(yaml, 1, $"id: {BotId}");
        Line(yaml, 1, $"name: {BotName}");
        Line(yaml, 0, "currentUser:");
        User(yaml, CurrentUser, listItem: false);
        Line(yaml, 0, "users:");
        foreach (var user in Users)
        {
            User(yaml, user, listItem: true);
        }

        Line(yaml, 0, "personalChat:");
        Line(yaml, 1, $"id: {PersonalChatId}");
        Line(yaml, 0, "groupChat:");
        Line(yaml, 1, $"id: {GroupChatId}");
        Line(yaml, 1, $"name: {GroupChatName}");
        Line(yaml, 0, "team:");
        Line(yaml, 1, $"id: {TeamId}");
        Line(yaml, 1, $"name: {TeamName}");
        Line(yaml, 1, $"aadGroupId: {TeamAadGroupId}");
        Line(yaml, 1, "channels:");
        Line(yaml, 2, $"- id: {ChannelId}");
        Line(yaml, 2, $"  name: {ChannelName}");
        return yaml.ToString();
    }

    private static void User(StringBuilder yaml, PlaygroundPerson person, bool listItem)
    {
        var fields = new[]
        {
            $"id: {person.Id}",
            $"name: {person.Name}",
            $"userPrincipleName: {person.Email}",
            $"aadObjectId: {person.AadObjectId}",
            $"givenName: {person.GivenName}",
            $"surname: {person.Surname}",
            $"email: {person.Email}",
        };
        for (var i = 0; i < fields.Length; i++)
        {
            var prefix = !listItem ? string.Empty : i == 0 ? "- " : "  ";
            Line(yaml, 1, prefix + fields[i]);
        }
    }

    private static void Line(StringBuilder yaml, int depth, string text) => yaml.Append(' ', depth * 2).Append(text).Append('\n');
}
