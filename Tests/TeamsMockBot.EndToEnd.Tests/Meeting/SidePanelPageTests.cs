using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.EndToEnd.Tests.Harness;
using TeamsMockBot.Meeting;

namespace TeamsMockBot.EndToEnd.Tests.Meeting;

/// <summary>
/// The meeting side panel in headless Chromium against the real host on a real port, opened the way
/// a developer opens it outside Teams (<c>?chatId=</c>): the Teams library cannot connect, the page
/// falls back to the query string, finds the running session and counts down on its own.
/// </summary>
public sealed class SidePanelPageTests : IAsyncLifetime
{
    private const string ChatId = "19:meeting_e2e-side-panel@thread.v2";
    private const int QuestionCount = 2;

    private static readonly Participant Interviewer = new("29:e2e-morgan", "Morgan Mentor");
    private static readonly Participant Candidate = new("29:e2e-sam", "Sam Student");

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "tmb-e2e-panel-" + Guid.NewGuid().ToString("N")[..12]);
    private RealPortBotHost? _bot;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private RealPortBotHost Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workDirectory);
        _bot = new RealPortBotHost(Path.Combine(_workDirectory, "data"), Path.Combine(RepoPaths.Artifacts, "logs", $"{nameof(SidePanelPageTests)}-bot.log"));
        _bot.Start();
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = PlaygroundFixture.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
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

    [Fact]
    public async Task SidePanel_RunningSession_ShowsQuestionAndTicksEverySecond()
    {
        var session = await StartSessionAsync();
        var question = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);

        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 640 }, Locale = "en-US" });
        // Nothing leaves the machine: only the bot's own loopback host may be reached.
        await context.RouteAsync(url => !url.StartsWith(Bot.BaseAddress.AbsoluteUri, StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(Bot.BaseAddress, "meeting/sidepanel.html?chatId=" + Uri.EscapeDataString(ChatId)).AbsoluteUri);

        // Outside Teams the library gives up after about 2 s; then the page reads ?chatId= and asks the bot.
        var stage = page.Locator("#stage");
        await stage.Filter(new() { HasText = $"Question 1 of {QuestionCount}" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(question.Text, await page.Locator("#question").InnerTextAsync());
        Assert.Contains(Interviewer.Name, await page.Locator("#interviewer").InnerTextAsync(), StringComparison.Ordinal);

        var countdown = page.Locator("#countdown");
        await countdown.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var first = await countdown.InnerTextAsync();
        Assert.Matches(@"^\d+:\d{2}$", first);
        Assert.True(Seconds(first) <= question.TimeAllowed.TotalSeconds, $"{first} is more than the {question.TimeAllowed} allowed.");

        // The one observation window: the page must tick on its own within 1.2 s, with no new data.
        await page.WaitForFunctionAsync(
            "before => document.getElementById('countdown').textContent !== before",
            first,
            new PageWaitForFunctionOptions { Timeout = 1200, PollingInterval = 50 });
        var second = await countdown.InnerTextAsync();
        Assert.True(Seconds(second) < Seconds(first), $"The countdown went from {first} to {second}.");
        Assert.Equal("running", await countdown.GetAttributeAsync("data-state"));

        var pageText = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(question.WhatGoodLooksLike, pageText, StringComparison.Ordinal);
        Assert.Empty(errors);

        Directory.CreateDirectory(RepoPaths.Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, "meeting-sidepanel.png"), FullPage = true });
    }

    /// <summary>Creates and starts a mentor-led session in the meeting chat through the same use cases the card buttons call.</summary>
    private async Task<MockSession> StartSessionAsync()
    {
        using var scope = Bot.Services.CreateScope();
        var services = scope.ServiceProvider;
        var turn = new ChatTurn(Interviewer, ChatKind.Meeting, [Interviewer, Candidate], []) { ChatId = ChatId, ClickedMessageId = "msg-setup-e2e" };
        var key = ChatId + "|msg-setup-e2e";
        var setup = new CardData(new Dictionary<string, string>
        {
            [CardInputs.Candidate] = Candidate.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = QuestionCount.ToString(CultureInfo.InvariantCulture),
        });
        await services.GetRequiredService<CreateSession>().HandleAsync(turn, setup, CancellationToken.None);
        var sessionId = CreateSession.SessionIdFor(key); // the session id comes from the clicked card; creating also points the chat at it
        var start = new CardData(new Dictionary<string, string> { [CardInputs.SessionId] = sessionId });
        await services.GetRequiredService<ControlInterview>().HandleAsync(turn, CardVerbs.Start, start, CancellationToken.None);
        return await services.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
    }

    private static int Seconds(string clock)
    {
        var parts = clock.Split(':');
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }
}
