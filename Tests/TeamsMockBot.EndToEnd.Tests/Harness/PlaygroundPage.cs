using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// The Agents Playground page in headless Chromium, driven like a person would: pick a chat, type,
/// click card buttons, fill card inputs. The page acts as the cast's current user. It shows only what
/// arrived while it was open (a reload starts with empty chats), so keep one page for a whole scenario.
/// </summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private const string MessageBox = "div[contenteditable=\"true\"][role=\"textbox\"]";
    private const string SendButton = "button[aria-label=\"Send Message\"]";
    private const string Card = ".ac-adaptiveCard";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly PlaygroundCast _cast;
    private readonly string _testName;

    private PlaygroundPage(IBrowserContext context, IPage page, PlaygroundCast cast, string testName)
    {
        _context = context;
        Page = page;
        _cast = cast;
        _testName = testName;
    }

    /// <summary>The Playwright page, for anything the helpers do not cover.</summary>
    public IPage Page { get; }

    /// <summary>Names of the chats in the left rail, as the page labels them.</summary>
    public string PersonalChat => "Personal Chat";

    public string GroupChat => _cast.GroupChatName;

    public string GeneralChannel => $"{_cast.TeamName} - General";

    public string Channel => $"{_cast.TeamName} - {_cast.ChannelName}";

    /// <summary>The newest card on screen.</summary>
    public ILocator NewestCard => Page.Locator(Card).Last;

    internal static async Task<PlaygroundPage> OpenAsync(IBrowser browser, Uri playground, PlaygroundCast cast, string testName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)DefaultTimeout.TotalMilliseconds);
        // Nothing leaves the machine: the page asks the Office CDN for fonts, which cannot be reached
        // here and would only slow it down.
        await page.RouteAsync(
            url => !url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && !url.StartsWith("http://localhost:", StringComparison.Ordinal) && !url.StartsWith("ws://", StringComparison.Ordinal),
            route => route.AbortAsync());
        await page.GotoAsync(playground.AbsoluteUri);
        await page.Locator(MessageBox).WaitForAsync();
        return new PlaygroundPage(context, page, cast, testName);
    }

    /// <summary>Opens a chat or channel by its label in the left rail (see <see cref="PersonalChat"/>, <see cref="GroupChat"/>).</summary>
    public async Task OpenChatAsync(string label)
    {
        await Page.Locator($"[aria-label=\"{label}\"]").First.ClickAsync();
        await Page.Locator(MessageBox).WaitForAsync();
    }

    /// <summary>Types <paramref name="text"/> into the message box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        await Page.Locator(MessageBox).ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Locator(SendButton).ClickAsync();
    }

    /// <summary>
    /// Sends "@Bot <paramref name="text"/>" by picking the bot from the mention menu, as a person does in
    /// a group chat or channel (there the bot receives only messages that mention it).
    /// </summary>
    public async Task SendMentioningBotAsync(string text)
    {
        await Page.Locator(MessageBox).ClickAsync();
        await Page.Keyboard.TypeAsync("@" + _cast.BotName.Split(' ')[0]);
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = _cast.BotName }).First.ClickAsync();
        await Page.Keyboard.TypeAsync(" " + text);
        await Page.Locator(SendButton).ClickAsync();
    }

    /// <summary>How many cards the open chat shows now (use as <c>after</c> for <see cref="WaitForCardAsync"/>).</summary>
    public Task<int> CardCountAsync() => Page.Locator(Card).CountAsync();

    /// <summary>
    /// Waits until a card containing <paramref name="text"/> is on screen among the cards after the first
    /// <paramref name="after"/>, and returns the newest such card.
    /// </summary>
    public async Task<ILocator> WaitForCardAsync(string text, int after = 0, TimeSpan? timeout = null)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                """
                ([selector, text, after]) => [...document.querySelectorAll(selector)].slice(after)
                    .some(card => card.innerText.toLowerCase().includes(text.toLowerCase()))
                """,
                new object[] { Card, text, after },
                new PageWaitForFunctionOptions { Timeout = (float)(timeout ?? DefaultTimeout).TotalMilliseconds, PollingInterval = 100 });
        }
        catch (TimeoutException e)
        {
            var shot = await ScreenshotAsync("timeout");
            var cards = await Page.Locator(Card).AllInnerTextsAsync();
            throw new TimeoutException(
                $"No card containing \"{text}\" after card {after}. Cards on screen ({cards.Count}):\n" +
                string.Join("\n---\n", cards) + $"\nScreenshot: {shot}",
                e);
        }

        return Page.Locator(Card).Filter(new() { HasText = text }).Last;
    }

    /// <summary>Clicks the button titled <paramref name="title"/> on <paramref name="card"/> (default: the newest card).</summary>
    public Task ClickCardButtonAsync(string title, ILocator? card = null) =>
        (card ?? NewestCard).GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).First.ClickAsync();

    /// <summary>Types into the text or number input labelled <paramref name="label"/> (its label or placeholder) of the newest card.</summary>
    public Task FillAsync(string label, string value, ILocator? card = null) =>
        (card ?? NewestCard).GetByLabel(LabelPattern(label)).First.FillAsync(value);

    /// <summary>
    /// Picks <paramref name="option"/> (its title, or the start of it) in the choice set labelled
    /// <paramref name="label"/> of the newest card: a drop-down (compact) or radio buttons (expanded).
    /// </summary>
    public async Task ChooseAsync(string label, string option, ILocator? card = null)
    {
        var scope = card ?? NewestCard;
        var radios = scope.GetByRole(AriaRole.Radiogroup, new() { NameRegex = LabelPattern(label) });
        if (await radios.CountAsync() > 0)
        {
            await Best(radios.First, AriaRole.Radio, option).CheckAsync();
            return;
        }

        var input = scope.GetByLabel(LabelPattern(label)).First;
        if (await input.EvaluateAsync<string>("e => e.tagName.toLowerCase()") == "select")
        {
            await input.SelectOptionAsync(new SelectOptionValue { Label = option });
            return;
        }

        // A Fluent UI combobox: open it, then pick from the list it shows outside the card.
        await input.ClickAsync();
        await Best(Page.GetByRole(AriaRole.Listbox).Last, AriaRole.Option, option).ClickAsync();
    }

    /// <summary>
    /// Saves a screenshot of the whole page to artifacts/e2e/&lt;test&gt;-&lt;step&gt;.png and returns its path;
    /// with <paramref name="show"/>, first scrolls the chat so that element's top is in view.
    /// </summary>
    public async Task<string> ScreenshotAsync(string step, ILocator? show = null)
    {
        if (show is not null)
        {
            await show.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        }

        Directory.CreateDirectory(RepoPaths.Artifacts);
        var path = Path.Combine(RepoPaths.Artifacts, $"{_testName}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    /// <summary>The card's label for an input, with or without the " *" the renderer adds to required inputs.</summary>
    private static Regex LabelPattern(string label) => new($"^{Regex.Escape(label)}( \\*)?$");

    /// <summary>The element of <paramref name="role"/> named exactly <paramref name="name"/>, else the first whose name starts with it.</summary>
    private static ILocator Best(ILocator scope, AriaRole role, string name)
    {
        var exact = scope.GetByRole(role, new() { Name = name, Exact = true });
        var prefix = scope.GetByRole(role, new() { NameRegex = new Regex("^" + Regex.Escape(name), RegexOptions.IgnoreCase) });
        return exact.Or(prefix).First;
    }
}
