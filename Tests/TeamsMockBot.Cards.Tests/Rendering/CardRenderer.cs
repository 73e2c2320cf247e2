using System.Text.Json;
using Microsoft.Playwright;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>
/// One headless Chromium page with the official <c>adaptivecards</c> renderer loaded, shared by
/// every rendering test (starting a browser per card would cost seconds each). Uses Debian's
/// Chromium: Playwright never downloads a browser here.
/// </summary>
public sealed class CardRenderer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly JsonSerializerOptions ResultOptions = new(JsonSerializerDefaults.Web);

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("The renderer has not started.");

    public async Task InitializeAsync()
    {
        var adaptiveCards = Path.Combine(RepoPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.min.js");
        var markdownIt = Path.Combine(RepoPaths.NodeModules, "markdown-it", "dist", "markdown-it.min.js");
        if (!File.Exists(adaptiveCards) || !File.Exists(markdownIt))
        {
            throw new InvalidOperationException(
                $"The Adaptive Cards renderer is not installed under {RepoPaths.NodeModules}. Run `npm ci --prefix tools` from the repository root.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}. Install it with `apt-get update && apt-get install -y chromium`.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 680, Height = 900 } });

        var hostFolder = Path.Combine(AppContext.BaseDirectory, "Rendering", "host");
        await _page.GotoAsync(new Uri(Path.Combine(hostFolder, "host.html")).AbsoluteUri);
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = adaptiveCards });
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = markdownIt });
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(hostFolder, "host.js") });
    }

    public async Task<RenderResult> RenderAsync(string cardJson)
    {
        var result = await Page.EvaluateAsync<JsonElement>("json => window.renderCard(JSON.parse(json))", cardJson);
        return result.Deserialize<RenderResult>(ResultOptions)
            ?? throw new InvalidOperationException("The renderer returned nothing.");
    }

    /// <summary>Renders a card holding hostile text tagged with <paramref name="marker"/> and reports what became of that text (host.js <c>inspectTypedText</c>).</summary>
    public async Task<TypedTextReport> InspectTypedTextAsync(string cardJson, string marker)
    {
        var result = await Page.EvaluateAsync<JsonElement>("([json, marker]) => window.inspectTypedText(JSON.parse(json), marker)", new[] { cardJson, marker });
        return result.Deserialize<TypedTextReport>(ResultOptions)
            ?? throw new InvalidOperationException("The renderer returned nothing.");
    }

    /// <summary>A picture of the card as last rendered, for people to look at (artifacts/ is not committed).</summary>
    public async Task ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.Locator("#card-host").ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
