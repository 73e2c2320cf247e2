using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// The folder store's promise that a power cut leaves a document old or new, never empty: every
/// document is written to a temporary file that is flushed to disk (fsync) before it is renamed over
/// the old one. Proven on the real bot process by watching its system calls with strace, one file per
/// thread (a document is written on one thread): each rename of a temporary file onto a document
/// follows an fsync of that very file.
/// </summary>
public sealed partial class FlushBeforeRenameTests : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "tmb-flush-" + Guid.NewGuid().ToString("N"));
    private readonly string _tracePath = Path.Combine(Path.GetTempPath(), "tmb-flush-trace-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task FolderStore_EveryDocumentWrite_IsFsyncedBeforeItIsRenamedIntoPlace()
    {
        Assert.True(File.Exists("/usr/bin/strace"), "strace is missing: run scripts/install-prereqs.sh (as root) to install it.");
        await using var teams = await FakeBotConnector.StartAsync();
        teams.Roster.Add(Mentor);
        teams.Roster.Add(Student);
        Directory.CreateDirectory(_tracePath);
        var port = FreePort.Next();
        using var bot = Launch(port, teams.ServiceUrl);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(http, bot);
            var created = await InvokeAsync(http, teams.ServiceUrl, Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
            {
                [CardInputs.Candidate] = Student.Id,
                [CardInputs.Track] = nameof(Track.Behavioral),
                [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
                [CardInputs.QuestionCount] = "1",
            }, "msg-flush-card"));
            var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
            await InvokeAsync(http, teams.ServiceUrl, Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-flush-card"));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        var renames = 0;
        var unflushed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_tracePath))
        {
            var opened = new Dictionary<int, string>();
            var flushed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file))
            {
                if (Open().Match(line) is { Success: true } open)
                {
                    opened[int.Parse(open.Groups["fd"].Value, CultureInfo.InvariantCulture)] = open.Groups["path"].Value;
                }
                else if (Sync().Match(line) is { Success: true } sync && opened.TryGetValue(int.Parse(sync.Groups["fd"].Value, CultureInfo.InvariantCulture), out var path))
                {
                    flushed.Add(path);
                }
                else if (Rename().Match(line) is { Success: true } rename && rename.Groups["from"].Value.StartsWith(_dataPath, StringComparison.Ordinal))
                {
                    renames++;
                    if (!flushed.Contains(rename.Groups["from"].Value))
                    {
                        unflushed.Add(rename.Groups["from"].Value + " → " + rename.Groups["to"].Value);
                    }
                }
            }
        }

        Assert.True(renames >= 3, $"expected the session, its history and its card location written into place; saw {renames} renames (traces in {_tracePath})");
        Assert.Empty(unflushed);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var folder in new[] { _dataPath, _tracePath })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The bot under strace: only the calls that matter stop it (seccomp), one trace file per thread.</summary>
    private Process Launch(int port, Uri serviceUrl)
    {
        var assembly = RepoPaths.BotAssembly;
        var start = new ProcessStartInfo("/usr/bin/strace")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "-ff", "--seccomp-bpf", "-qq", "-e", "trace=openat,open,fsync,fdatasync,rename,renameat,renameat2", "-o", Path.Combine(_tracePath, "t"),
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", assembly })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__DataPath"] = _dataPath;
        start.Environment["Timers__Enabled"] = "false";
        start.Environment["Delivery__SweepEnabled"] = "false";
        start.Environment["Privacy__RetentionSweepEnabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process bot)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(bot.HasExited, "The bot exited while starting under strace.");
            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The bot did not answer /healthz within 60 s under strace.");
            await Task.Delay(200);
        }
    }

    private static async Task<JsonNode> InvokeAsync(HttpClient http, Uri serviceUrl, JsonNode activity)
    {
        activity["serviceUrl"] = serviceUrl.AbsoluteUri;
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    [GeneratedRegex("""^open(?:at)?\((?:AT_FDCWD|\d+), "(?<path>[^"]+\.tmp)", [^)]*\)\s*=\s*(?<fd>\d+)""")]
    private static partial Regex Open();

    [GeneratedRegex(@"^f(?:data)?sync\((?<fd>\d+)\)\s*=\s*0")]
    private static partial Regex Sync();

    [GeneratedRegex("""^rename(?:at2?)?\((?:AT_FDCWD, |\d+, )?"(?<from>[^"]+\.tmp)", (?:AT_FDCWD, |\d+, )?"(?<to>[^"]+)"(?:, \w+)?\)\s*=\s*0""")]
    private static partial Regex Rename();
}
