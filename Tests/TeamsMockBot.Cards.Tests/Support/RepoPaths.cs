namespace TeamsMockBot.Cards.Tests.Support;

/// <summary>Paths in the repository, found from wherever the tests run by walking up to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Golden => Path.Combine(Root, "Tests", "TeamsMockBot.Cards.Tests", "Golden");

    public static string CardSchema => Path.Combine(Root, "Tests", "Contracts", "adaptive-card-1.5.json");

    public static string NodeModules => Path.Combine(Root, "tools", "node_modules");

    public static string CardScreenshots => Path.Combine(Root, "artifacts", "cards");

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
