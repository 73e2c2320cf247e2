using System.Reflection;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>Paths in the repository, found from wherever the tests run by walking up to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Logs for people to look at after a run (artifacts/ is not committed).</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts", "host-tests");

    /// <summary>
    /// The bot as built for this test run: Bot/TeamsMockBot's own output in the same configuration
    /// and target framework as this test assembly, or else the copy beside the tests.
    /// </summary>
    public static string BotAssembly
    {
        get
        {
            var configuration = typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name; // e.g. net10.0
            var own = Path.Combine(Root, "Bot", "TeamsMockBot", "bin", configuration, framework, "TeamsMockBot.dll");
            var copy = Path.Combine(AppContext.BaseDirectory, "TeamsMockBot.dll");
            return File.Exists(own) ? own
                : File.Exists(copy) ? copy
                : throw new InvalidOperationException($"The bot is not built: neither {own} nor {copy} exists.");
        }
    }

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
