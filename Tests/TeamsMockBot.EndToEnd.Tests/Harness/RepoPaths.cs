namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>Paths in the repository, found from wherever the tests run by walking up to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tools => Path.Combine(Root, "tools");

    public static string PlaygroundCli => Path.Combine(Tools, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Preloaded into the Playground so that it listens on 127.0.0.1 only.</summary>
    public static string LoopbackOnlyPreload => Path.Combine(Tools, "playground", "loopback-only.cjs");

    /// <summary>The Playground configuration that scripts/run-local.sh uses.</summary>
    public static string PlaygroundConfig => Path.Combine(Tools, "playground", ".m365agentsplayground.yml");

    /// <summary>Screenshots and logs for people to look at after a run (artifacts/ is not committed).</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts", "e2e");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsMockBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TeamsMockBot.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
