using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Meeting;

/// <summary>
/// The meeting side panel and stage in headless Chromium against the real host on a real port,
/// opened the way a person opens them outside Teams: from the link the "Live panel" button gave
/// them alone. The Teams library is never asked (no Teams here); the page proves who it is with the
/// signed link, counts down on its own and follows the session as the interviewer drives it.
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
    public async Task SidePanel_Interviewer_CountsDownPausesExtendsAndKeepsInStepAcrossAReload()
    {
        var session = await StartSessionAsync();
        var question = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);
        var (page, errors) = await OpenAsync(await LinkAsync(Interviewer, session.Id));

        await page.Locator("#stage").Filter(new() { HasText = $"Question 1 of {QuestionCount}" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(question.Text, await page.Locator("#question").InnerTextAsync());
        Assert.Equal(question.WhatGoodLooksLike, await page.Locator("#hint").InnerTextAsync());
        Assert.Equal(question.FollowUps.Count, await page.Locator("#followups li").CountAsync());

        // Runs on its own: the shown second changes within 1.2 s, with no new data.
        var countdown = page.Locator("#countdown");
        var first = await countdown.InnerTextAsync();
        Assert.True(Seconds(first) <= question.TimeAllowed.TotalSeconds, $"{first} is more than the {question.TimeAllowed} allowed.");
        await WaitForChangeAsync(page, first, 1200);
        Assert.True(Seconds(await countdown.InnerTextAsync()) < Seconds(first));
        Assert.Equal("running", await countdown.GetAttributeAsync("data-state"));

        // Pause on the card: the page hears of it at its next poll and stops counting.
        await ControlAsync(CardVerbs.Pause, session.Id, 1);
        await page.Locator("#countdown[data-state='paused']").WaitForAsync(new() { Timeout = 8_000 });
        var paused = await countdown.InnerTextAsync();
        await Task.Delay(1500);
        Assert.Equal(paused, await countdown.InnerTextAsync());
        Assert.Equal("Paused", await page.Locator("#clock-note").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-sidepanel-paused.png"), FullPage = true });

        // +1 min: a minute more on the page.
        await ControlAsync(CardVerbs.Resume, session.Id, 1);
        await ControlAsync(CardVerbs.AddMinute, session.Id, 1);
        await page.WaitForFunctionAsync(
            "limit => { const c = document.getElementById('countdown'); const [m, s] = c.textContent.split(':').map(Number); return c.dataset.state === 'running' && m * 60 + s > limit; }",
            Seconds(paused) + 50,
            new PageWaitForFunctionOptions { Timeout = 8_000, PollingInterval = 100 });
        Assert.Contains(Minutes(question.TimeAllowed + TimeSpan.FromMinutes(1)), await page.Locator("#clock-note").InnerTextAsync(), StringComparison.Ordinal);

        // A reload starts again from the server's timer, not from zero or from the page's memory.
        await page.ReloadAsync();
        await page.Locator("#countdown[data-state='running']").WaitForAsync(new() { Timeout = 8_000 });
        var expected = (await SessionAsync(session.Id)).Current!.Timer.Remaining(DateTimeOffset.UtcNow).TotalSeconds;
        Assert.InRange(Seconds(await countdown.InnerTextAsync()), expected - 3, expected + 2);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-sidepanel-interviewer.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SidePanel_InterviewerTypesANoteAndTagsTheAnswer_SavedOnTheSessionAndShownAfterAReload()
    {
        var session = await StartSessionAsync();
        var (page, errors) = await OpenAsync(await LinkAsync(Interviewer, session.Id));
        var box = page.Locator("#note");
        await box.WaitForAsync(new() { Timeout = 15_000 });

        await box.PressSequentiallyAsync("Clear situation, result not stated", new() { Delay = 30 });
        await page.Locator("#note-status").Filter(new() { HasText = "Saved" }).WaitForAsync(new() { Timeout = 8_000 });

        var stored = await SessionAsync(session.Id);
        var note = Assert.Single(stored.Notes);
        Assert.Equal("Clear situation, result not stated", note.Text);
        Assert.True(note.FromPanel);
        Assert.Equal(1, note.QuestionNumber);

        // A quick tag: the same tag the card's button sets, on the question shown.
        await page.Locator("#tags-work-on button[data-tag='Rambling']").ClickAsync();
        await page.Locator("#tags-work-on button[data-tag='Rambling'][aria-pressed='true']").WaitForAsync(new() { Timeout = 8_000 });
        Assert.Equal([QuickTag.Rambling], (await SessionAsync(session.Id)).Questions[0].Tags.Select(t => t.Tag));

        await page.ReloadAsync();
        await page.Locator("#notes li").Filter(new() { HasText = "Q1: Clear situation, result not stated" }).WaitForAsync(new() { Timeout = 8_000 });
        Assert.Equal("✓ Rambling", await page.Locator("#tags-work-on button[data-tag='Rambling']").InnerTextAsync());
        Assert.Equal("Clear situation, result not stated", await box.InputValueAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-sidepanel-notes.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SidePanel_CandidatesLink_ShowsTheCountdownButNoHintsOrNotes()
    {
        var session = await StartSessionAsync();
        await TakeNoteAsync(session.Id, "Rambled on the situation");
        var question = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);
        var (page, errors) = await OpenAsync(await LinkAsync(Candidate, session.Id));
        // Every answer the page gets from the bot, read as it arrives (a body is gone once the page reloads).
        var reads = new List<Task<string?>>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/api/meeting/panel", StringComparison.Ordinal))
            {
                lock (reads)
                {
                    reads.Add(BodyAsync(response));
                }
            }
        };

        await page.ReloadAsync(); // the first answer came before the listener; the reload's is heard
        await page.Locator("#countdown[data-state='running']").WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync("() => true", null, new PageWaitForFunctionOptions { Timeout = 1000 });
        Task<string?>[] pending;
        lock (reads)
        {
            pending = [.. reads];
        }

        var answers = (await Task.WhenAll(pending)).OfType<string>().ToList(); // one may be cut off by the reload

        Assert.Equal(question.Text, await page.Locator("#question").InnerTextAsync());
        Assert.True(await page.Locator("#private").IsHiddenAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(question.WhatGoodLooksLike, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rambled", text, StringComparison.Ordinal);
        Assert.NotEmpty(answers);
        Assert.All(answers, answer =>
        {
            Assert.Contains("\"role\":\"Candidate\"", answer, StringComparison.Ordinal);
            Assert.DoesNotContain(question.WhatGoodLooksLike, answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Rambled", answer, StringComparison.Ordinal);
        });

        // The candidate's link cannot save notes either.
        var put = await page.EvaluateAsync<int>(
            "async link => (await fetch('/api/meeting/panel/note', { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: 'PanelLink ' + link }, body: JSON.stringify({ questionNumber: 1, text: 'x' }) })).status",
            Token(await LinkAsync(Candidate, session.Id)));
        Assert.Equal(403, put);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-sidepanel-candidate.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SidePanel_ExpiredOrForgedLink_Gets401AndSaysSo()
    {
        var session = await StartSessionAsync();
        var real = Token(await LinkAsync(Interviewer, session.Id));
        var expired = await SignedAsync(session.Id, Interviewer.Id, DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1));
        var forged = SignedWith(RandomNumberGenerator.GetBytes(32), session.Id, Interviewer.Id, DateTimeOffset.UtcNow + TimeSpan.FromHours(1));

        foreach (var (name, token) in new[] { ("expired", expired), ("forged", forged), ("tampered", real[..^2] + (real[^2] == 'A' ? "BB" : "AA")) })
        {
            var (page, _) = await OpenAsync("meeting/sidepanel.html#link=" + token);
            var status = 0;
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("/api/meeting/panel", StringComparison.Ordinal))
                {
                    status = response.Status;
                }
            };
            await page.ReloadAsync();
            await page.Locator("#message").Filter(new() { HasText = "could not prove who you are" }).WaitForAsync(new() { Timeout = 8_000 });
            Assert.Equal(401, status);
            Assert.True(await page.Locator("#session").IsHiddenAsync(), $"The {name} link showed the session.");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"meeting-sidepanel-{name}-link.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task SidePanel_InTeamsWithAForgedToken_SendsItAsBearerWithTheChatAndGets401()
    {
        await StartSessionAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 720 } });
        await context.RouteAsync(url => !url.StartsWith(Bot.BaseAddress.AbsoluteUri, StringComparison.Ordinal), route => route.AbortAsync());
        // Teams itself cannot run here: the library is replaced by a stand-in that answers as the
        // Teams client would in a meeting's side panel, with a token nobody signed.
        await context.RouteAsync("**/lib/teams-js/MicrosoftTeams.min.js", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = TeamsStandIn(ChatId, "sidePanel") }));
        var page = await context.NewPageAsync();
        var calls = new List<IRequest>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/meeting/panel", StringComparison.Ordinal))
            {
                calls.Add(request);
            }
        };

        await page.GotoAsync(new Uri(Bot.BaseAddress, "meeting/sidepanel.html").AbsoluteUri);
        await page.Locator("#message").Filter(new() { HasText = "could not prove who you are" }).WaitForAsync(new() { Timeout = 8_000 });

        var call = Assert.Single(calls);
        Assert.Equal("Bearer " + ForgedJwt, await call.HeaderValueAsync("authorization"));
        Assert.Contains("chatId=" + Uri.EscapeDataString(ChatId), call.Url, StringComparison.Ordinal);
        Assert.Equal(401, (await call.ResponseAsync())!.Status);
        Assert.True(await page.Locator("#session").IsHiddenAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-sidepanel-forged-token.png"), FullPage = true });
        await context.DisposeAsync();
    }

    [Fact]
    public async Task Stage_ShowsTheQuestionLargeAndTheCountdown_NeverTheInterviewersHints()
    {
        var session = await StartSessionAsync();
        await TakeNoteAsync(session.Id, "Strong example");
        var question = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);
        var link = await LinkAsync(Interviewer, session.Id);
        var (page, errors) = await OpenAsync(link.Replace("sidepanel.html", "stage.html", StringComparison.Ordinal), width: 1280, height: 720);

        await page.Locator("#countdown[data-state='running']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(question.Text, await page.Locator("#question").InnerTextAsync());
        var size = await page.Locator("#question").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(size >= 40, $"The stage question is {size}px; it must read from across a room.");
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(question.WhatGoodLooksLike, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strong example", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("meeting-stage.png"), FullPage = true });
        Assert.Empty(errors);
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string pathAndFragment, int width = 360, int height = 720)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "en-US" });
        // Nothing leaves the machine: only the bot's own loopback host may be reached.
        await context.RouteAsync(url => !url.StartsWith(Bot.BaseAddress.AbsoluteUri, StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(Bot.BaseAddress, pathAndFragment).AbsoluteUri);
        return (page, errors);
    }

    /// <summary>
    /// Clicks "Live panel" for <paramref name="who"/> through the use case the button calls and returns
    /// the link's path and fragment (the card names the configured public address, not this test's port).
    /// </summary>
    private async Task<string> LinkAsync(Participant who, string sessionId)
    {
        using var scope = Bot.Services.CreateScope();
        var turn = new ChatTurn(who, ChatKind.Meeting, [], []) { ChatId = ChatId };
        var data = new CardData(new Dictionary<string, string> { [CardInputs.SessionId] = sessionId });
        var result = await scope.ServiceProvider.GetRequiredService<SendPanelLink>().HandleAsync(turn, data, CancellationToken.None);
        var url = result.ForActor.Actions!.OfType<OpenUrlAction>().Single().Url;
        Assert.Null(result.ForEveryone);
        return url.PathAndQuery.TrimStart('/') + url.Fragment;
    }

    private static async Task<string?> BodyAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            return null; // the page went away first
        }
    }

    private const string ForgedJwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJvaWQiOiJmb3JnZWQiLCJ0aWQiOiJmb3JnZWQifQ.c2lnbmF0dXJl";

    /// <summary>Just enough of the Teams JS library's surface, answering as Teams does in a meeting.</summary>
    private static string TeamsStandIn(string chatId, string frameContext) => $$"""
        window.microsoftTeams = {
          app: {
            initialize: () => Promise.resolve(),
            getContext: () => Promise.resolve({ app: { theme: 'default' }, chat: { id: '{{chatId}}' }, page: { frameContext: '{{frameContext}}' } }),
            registerOnThemeChangeHandler: () => {},
          },
          authentication: { getAuthToken: () => Promise.resolve('{{ForgedJwt}}') },
          meeting: {
            getAppContentStageSharingCapabilities: (callback) => callback(null, { doesAppHaveSharePermission: true }),
            shareAppContentToStage: (callback, url) => { window.sharedToStage = url; callback(null, true); },
          },
        };
        """;

    private static string Token(string link) => link[(link.IndexOf("#link=", StringComparison.Ordinal) + "#link=".Length)..];

    /// <summary>A link signed with the bot's own key but with an expiry of our choosing (the host runs on the real clock).</summary>
    private async Task<string> SignedAsync(string sessionId, string personId, DateTimeOffset expiresAt)
    {
        var key = await Bot.Services.GetRequiredService<IPanelLinkKeyStore>().GetOrCreateAsync(CancellationToken.None);
        return SignedWith(key, sessionId, personId, expiresAt);
    }

    private static string SignedWith(byte[] key, string sessionId, string personId, DateTimeOffset expiresAt)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', sessionId, personId, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"v1.{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
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
        await ControlAsync(CardVerbs.Start, sessionId, null);
        return await SessionAsync(sessionId);
    }

    private async Task ControlAsync(string verb, string sessionId, int? questionNumber)
    {
        using var scope = Bot.Services.CreateScope();
        var turn = new ChatTurn(Interviewer, ChatKind.Meeting, [], []) { ChatId = ChatId, ClickedMessageId = "msg-setup-e2e" };
        var data = new Dictionary<string, string> { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q.ToString(CultureInfo.InvariantCulture);
        }

        await scope.ServiceProvider.GetRequiredService<ControlInterview>().HandleAsync(turn, verb, new CardData(data), CancellationToken.None);
    }

    private async Task TakeNoteAsync(string sessionId, string text)
    {
        using var scope = Bot.Services.CreateScope();
        var turn = new ChatTurn(Interviewer, ChatKind.Meeting, [], []) { ChatId = ChatId, ClickedMessageId = "msg-setup-e2e" };
        var data = new CardData(new Dictionary<string, string> { [CardInputs.SessionId] = sessionId, [CardInputs.Note] = text });
        await scope.ServiceProvider.GetRequiredService<ControlInterview>().HandleAsync(turn, CardVerbs.SaveNote, data, CancellationToken.None);
    }

    private async Task<MockSession> SessionAsync(string sessionId)
    {
        using var scope = Bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
    }

    private static Task WaitForChangeAsync(IPage page, string before, int timeoutMs) =>
        page.WaitForFunctionAsync(
            "before => document.getElementById('countdown').textContent !== before",
            before,
            new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 50 });

    private static string Screenshot(string name)
    {
        Directory.CreateDirectory(RepoPaths.Artifacts);
        return Path.Combine(RepoPaths.Artifacts, name);
    }

    private static string Minutes(TimeSpan time) => (int)time.TotalMinutes + ":" + time.Seconds.ToString("00", CultureInfo.InvariantCulture);

    private static int Seconds(string clock)
    {
        var parts = clock.Split(':');
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }
}
