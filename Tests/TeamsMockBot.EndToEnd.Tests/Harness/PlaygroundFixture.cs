using Microsoft.Playwright;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// A whole local Teams set-up for end-to-end tests: the real bot host on a random loopback port with
/// a fresh data folder, the Agents Playground pointed at it with <see cref="Cast"/>'s people and
/// chats, a listener on the Playground's message stream, and headless Chromium ready to open the page.
/// Everything is stopped and deleted on dispose. Use as a class fixture; subclass and override
/// <see cref="Cast"/> to put someone else at the page.
/// </summary>
public class PlaygroundFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "tmb-e2e-" + Guid.NewGuid().ToString("N")[..12]);
    private RealPortBotHost? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundApi? _api;
    private PlaygroundFeed? _feed;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Who the Playground simulates; the page acts as <see cref="PlaygroundCast.CurrentUser"/>.</summary>
    public virtual PlaygroundCast Cast => PlaygroundCast.Default;

    public RealPortBotHost Bot => _bot ?? throw NotStarted();

    public PlaygroundProcess Playground => _playground ?? throw NotStarted();

    /// <summary>Acts as anyone of the cast without the browser.</summary>
    public PlaygroundApi Api => _api ?? throw NotStarted();

    /// <summary>Every bot message created or updated since the fixture started.</summary>
    public PlaygroundFeed Feed => _feed ?? throw NotStarted();

    /// <summary>The folder of the bot's JSON documents (fresh for this fixture).</summary>
    public string DataPath => Path.Combine(_workDirectory, "data");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}. Run scripts/install-prereqs.sh (apt-get install -y chromium).");
        }

        Directory.CreateDirectory(_workDirectory);
        var logs = Path.Combine(RepoPaths.Artifacts, "logs");
        var name = GetType().Name;

        // The bot must be up before the page loads: the Playground waits up to 15 s for it on every page load.
        _bot = new RealPortBotHost(DataPath, Path.Combine(logs, $"{name}-bot.log"));
        _bot.Start();

        var config = Path.Combine(_workDirectory, ".m365agentsplayground.yml");
        await File.WriteAllTextAsync(config, Cast.ToYaml());
        _playground = await PlaygroundProcess.StartAsync(
            _bot.MessagesEndpoint, config, Path.Combine(logs, $"{name}-playground.log"), Path.Combine(_workDirectory, "playground"));
        _api = new PlaygroundApi(_playground, Cast);
        _feed = await PlaygroundFeed.ConnectAsync(_playground.BaseAddress);

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// Opens the Playground page as the current user. Screenshots are named after <paramref name="testName"/>.
    /// Each page load makes the Playground send installationUpdate and conversationUpdate for the
    /// personal and group chats (so the bot may post welcome cards); wait for the stream to go quiet before counting cards.
    /// </summary>
    public async Task<PlaygroundPage> OpenPageAsync(string testName)
    {
        var browser = _browser ?? throw NotStarted();
        return await PlaygroundPage.OpenAsync(browser, Playground.BaseAddress, Cast, testName);
    }

    public async Task DisposeAsync()
    {
        // Reverse order of start; each step runs even if an earlier one failed.
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_feed is not null)
        {
            await _feed.DisposeAsync();
        }

        _api?.Dispose();
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS eventually.
        }
    }

    private static InvalidOperationException NotStarted() => new("The end-to-end fixture has not started.");
}
