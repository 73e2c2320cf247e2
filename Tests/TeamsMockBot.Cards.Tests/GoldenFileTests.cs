using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests;

/// <summary>
/// Every catalog card against its reviewed JSON in Golden/. A change shows up as a diff in review.
/// Regenerate with <c>UPDATE_GOLDEN=1 dotnet test</c>, then read the diff before committing.
/// </summary>
public sealed class GoldenFileTests
{
    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_MatchesGoldenFile(string name)
    {
        var path = Path.Combine(RepoPaths.Golden, name + ".json");
        var actual = CardCatalog.Get(name).Card.ToIndentedJson().ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(RepoPaths.Golden);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}. Run the tests once with UPDATE_GOLDEN=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void GoldenFolder_HasNoFilesForCardsThatNoLongerExist()
    {
        var names = CardCatalog.All.Select(c => c.Name + ".json").ToHashSet();
        var stale = Directory.Exists(RepoPaths.Golden)
            ? Directory.GetFiles(RepoPaths.Golden, "*.json").Select(Path.GetFileName).Where(f => !names.Contains(f!)).ToList()
            : [];

        if (Updating)
        {
            stale.ForEach(f => File.Delete(Path.Combine(RepoPaths.Golden, f!)));
            return;
        }

        Assert.Empty(stale);
    }

    [Fact]
    public void Catalog_NamesAreUnique()
    {
        var names = CardCatalog.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
