using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, pinned in tools/)
/// as a child process, pointed at the bot, listening on 127.0.0.1 only. Disposing it kills the
/// whole process tree.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlaygroundProcess(Process process) => _process = process;

    /// <summary>e.g. http://127.0.0.1:41234/ — the page and its internal API.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The <c>serviceUrl</c> the Playground puts in the activities it sends (it says "localhost").</summary>
    public Uri ConnectorAddress => new($"http://localhost:{BaseAddress.Port}/_connector");

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the Playground for <paramref name="botEndpoint"/> with the configuration file at
    /// <paramref name="configPath"/>, writing its log to <paramref name="logPath"/>. It runs in
    /// <paramref name="workDirectory"/>, where any stray files it makes end up.
    /// </summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string configPath, string logPath, string workDirectory)
    {
        if (!File.Exists(RepoPaths.PlaygroundCli))
        {
            throw new InvalidOperationException(
                $"The Agents Playground is not installed ({RepoPaths.PlaygroundCli} is missing). Run scripts/install-prereqs.sh.");
        }

        Directory.CreateDirectory(workDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // A port picked here may be taken by the time the Playground binds it; it then moves to a
        // random port and says so, and we read the real one from its "Listening on N" line.
        string[] args =
        [
            RepoPaths.PlaygroundCli,
            "-e", botEndpoint.AbsoluteUri,
            "-c", "msteams",
            "-p", FreePort.Next().ToString(CultureInfo.InvariantCulture),
            "--disable-telemetry",
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NODE_OPTIONS"] = $"--require \"{RepoPaths.LoopbackOnlyPreload}\"";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true"; // otherwise its telemetry tries the network
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none"; // do not open a browser
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logPath;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var playground = new PlaygroundProcess(process);
        process.OutputDataReceived += (_, e) => playground.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => playground.OnLine(e.Data);
        process.Exited += (_, _) => playground._listening.TrySetException(
            new InvalidOperationException($"The Agents Playground exited before listening. Output:\n{playground.Output}"));
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start node for the Agents Playground.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var port = await playground._listening.Task.WaitAsync(StartTimeout);
            playground.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            return playground;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            var output = playground.Output;
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start within {StartTimeout.TotalSeconds} s. Output:\n{output}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
