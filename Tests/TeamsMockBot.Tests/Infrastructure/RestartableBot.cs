using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// What a kill-and-restart test needs around its bot processes: Teams (a <see cref="FakeBotConnector"/>
/// with Morgan Mentor and Sam Student on the roster), one data folder every process shares, and the
/// processes started on it. Disposing it stops them all, then Teams, and deletes the folder.
/// </summary>
public sealed class RestartableBot : IAsyncDisposable
{
    private readonly List<BotProcess> _processes = [];

    private RestartableBot(FakeBotConnector teams, string dataPath)
    {
        Teams = teams;
        DataPath = dataPath;
    }

    public FakeBotConnector Teams { get; }

    public string DataPath { get; }

    /// <summary>Every process started so far, first first (the killed ones too: their logs stay readable).</summary>
    public IReadOnlyList<BotProcess> Processes => _processes;

    public static async Task<RestartableBot> CreateAsync(string name)
    {
        var teams = await FakeBotConnector.StartAsync();
        teams.Roster.Add(Mentor);
        teams.Roster.Add(Student);
        return new RestartableBot(teams, Path.Combine(Path.GetTempPath(), $"tmb-{name}-{Guid.NewGuid():N}"));
    }

    /// <summary>Starts another bot process on the shared data; <paramref name="settings"/> as for <see cref="BotProcess.StartAsync"/>.</summary>
    public async Task<BotProcess> StartAsync(string logName, IReadOnlyDictionary<string, string> settings)
    {
        var bot = await BotProcess.StartAsync(DataPath, Teams.ServiceUrl, logName, settings);
        _processes.Add(bot);
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _processes)
        {
            await bot.DisposeAsync();
        }

        await Teams.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
