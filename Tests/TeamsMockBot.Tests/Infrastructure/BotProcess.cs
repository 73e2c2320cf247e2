using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// The real built bot (<c>dotnet TeamsMockBot.dll</c>) as a separate OS process on a loopback port,
/// configured through its environment, so a test can kill it the hard way (SIGKILL: no shutdown
/// hooks, nothing flushed) and start another one on the same data. Everything it prints goes to
/// <see cref="LogPath"/> under artifacts/; disposing it kills it if it still runs.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private readonly HttpClient _http;
    private readonly Uri _serviceUrl;
    private bool _logClosed;

    private BotProcess(Process process, StreamWriter log, string logPath, Uri baseAddress, Uri serviceUrl)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseAddress = baseAddress;
        _serviceUrl = serviceUrl;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    /// <summary>
    /// Starts the bot on <paramref name="dataPath"/> (the folder store), talking to the connector at
    /// <paramref name="serviceUrl"/>, and returns once <c>/healthz</c> answers. <paramref name="settings"/>
    /// are configuration keys in environment form (<c>Delivery__SweepInterval</c>).
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dataPath, Uri serviceUrl, string logName, IReadOnlyDictionary<string, string> settings)
    {
        Directory.CreateDirectory(RepoPaths.Artifacts);
        var logPath = Path.Combine(RepoPaths.Artifacts, logName + ".log");
        File.Delete(logPath); // this run's log only; a retry on another port appends to it
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var bot = Launch(port, Path.GetFullPath(dataPath), serviceUrl, logPath, settings);
            try
            {
                await bot.WaitHealthyAsync();
                return bot;
            }
            catch (InvalidOperationException) when (attempt < 3 && bot._process.HasExited)
            {
                await bot.DisposeAsync(); // most likely the port was taken in between: try another
            }
            catch
            {
                await bot.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>POSTs an activity to /api/messages, addressed to come from the fake connector.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity)
    {
        activity["serviceUrl"] = _serviceUrl.AbsoluteUri;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
    }

    /// <summary>POSTs an <c>adaptiveCard/action</c> invoke and returns the card in the invoke response.</summary>
    public async Task<JsonNode> InvokeAsync(JsonNode activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}; see {LogPath}");
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        return body!["value"]!;
    }

    /// <summary>kill -9: the process ends at once, mid-whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        _process.WaitForExit(); // drains the redirected output into the log
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started, or gone already.
        }
        finally
        {
            _http.Dispose();
            _process.Dispose();
            lock (_logGate)
            {
                _logClosed = true;
                _log.Dispose();
            }
        }
    }

    private static BotProcess Launch(int port, string dataPath, Uri serviceUrl, string logPath, IReadOnlyDictionary<string, string> settings)
    {
        var assembly = RepoPaths.BotAssembly;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var inherited in start.Environment.Keys.Where(IsBotSetting).ToList())
        {
            start.Environment.Remove(inherited); // only what the test says configures the bot
        }

        start.Environment["urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__DataPath"] = dataPath;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), Encoding.UTF8) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, log, logPath, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), serviceUrl);
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        bot.Write($"==== {DateTimeOffset.Now:O} dotnet {assembly} on port {port}, data {dataPath}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    private static bool IsBotSetting(string? name) =>
        name is not null && (name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)
            || name.Equals("urls", StringComparison.OrdinalIgnoreCase) || name.Contains("__", StringComparison.Ordinal));

    private async Task WaitHealthyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} while starting; see {LogPath}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The bot did not answer /healthz within {StartTimeout.TotalSeconds} s; see {LogPath}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }
}
