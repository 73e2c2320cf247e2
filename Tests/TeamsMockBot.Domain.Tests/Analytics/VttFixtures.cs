namespace TeamsMockBot.Domain.Tests.Analytics;

/// <summary>The .vtt files in Analytics/Fixtures, written for these tests.</summary>
internal static class VttFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", name));
}
