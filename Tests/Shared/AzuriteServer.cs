using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TeamsMockBot.Testing;

/// <summary>
/// A real Azurite (npm <c>azurite</c>, pinned in tools/package.json) as a child process: blob and
/// queue services on 127.0.0.1, on ports the OS picks (so parallel runs never collide), in memory
/// only, and killed on dispose. Shared as a linked source file by the storage tests, the host tests
/// and the storage benchmark.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account (public, documented; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Generous: on a loaded 2-core machine Node takes tens of seconds to load Azurite.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _workspace;

    private AzuriteServer(Process process, string workspace, Uri blobEndpoint, Uri queueEndpoint)
    {
        _process = process;
        _workspace = workspace;
        BlobEndpoint = blobEndpoint;
        QueueEndpoint = queueEndpoint;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; }

    public Uri QueueEndpoint { get; }

    /// <summary>Explicit endpoints: <c>UseDevelopmentStorage=true</c> would assume the default ports.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};";

    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = Path.Combine(RepositoryRoot(), "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable} is missing): run scripts/install-prereqs.sh");
        }

        // In memory (no --location allowed then), but run it in a scratch folder so nothing can land in the repository.
        var workspace = Directory.CreateTempSubdirectory("tmb-azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", "0",
            "--queueHost", "127.0.0.1", "--queuePort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", "0",
            // 2026-10-06, the Blobs 12.30 SDK's default service version, is newer than Azurite 3.37 accepts.
            "--inMemoryPersistence", "--skipApiVersionCheck", "--silent", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var blob = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) =>
        {
            var failure = new InvalidOperationException("Azurite exited while starting:" + Environment.NewLine + string.Join(Environment.NewLine, output));
            blob.TrySetException(failure);
            queue.TrySetException(failure);
        };

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // "successfully listening" is printed once the socket is bound: the service is ready then.
            await Task.WhenAll(blob.Task, queue.Task).WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await StopAsync(process, workspace).ConfigureAwait(false);
            if (e is TimeoutException)
            {
                throw new InvalidOperationException($"Azurite did not start within {StartTimeout.TotalSeconds} s:" + Environment.NewLine + string.Join(Environment.NewLine, output), e);
            }

            throw;
        }

        return new AzuriteServer(process, workspace, Account(blob.Task.Result), Account(queue.Task.Result));

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            var match = Listening().Match(line);
            if (match.Success)
            {
                (match.Groups["service"].Value == "Blob" ? blob : queue).TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(_process, _workspace));

    private static async Task StopAsync(Process process, string workspace)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            try
            {
                Directory.Delete(workspace, recursive: true);
            }
            catch (IOException)
            {
                // A leftover empty temp folder is harmless.
            }
        }
    }

    private static Uri Account(Uri service) => new(service, AccountName);

    /// <summary>The folder holding TeamsMockBot.sln, found from the running assembly's folder upwards.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsMockBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TeamsMockBot.sln not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue) service is successfully listening at (?<url>http://\S+)")]
    private static partial Regex Listening();
}
