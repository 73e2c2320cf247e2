namespace TeamsMockBot.Infra.Tests;

/// <summary>What one Bicep CLI run printed. Bicep prints diagnostics (errors and warnings) on stderr.</summary>
internal sealed record BicepResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Diagnostic lines: anything Bicep reported as an error or a warning.</summary>
    public IReadOnlyList<string> Diagnostics =>
        StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Passes only when the exit code is 0 and nothing was reported, warnings included.</summary>
    public void AssertClean(string what)
    {
        Assert.True(
            ExitCode == 0 && Diagnostics.Count == 0,
            $"{what}: exit code {ExitCode}, {Diagnostics.Count} diagnostic(s):{Environment.NewLine}{string.Join(Environment.NewLine, Diagnostics)}");
    }
}
