using System.Text.Json.Nodes;
using SkiaSharp;
using TeamsMockBot.AppPackage.Validation;

namespace TeamsMockBot.Manifest.Tests.Validation;

public sealed class IconRulesTests
{
    [Fact]
    public async Task Check_CommittedIcons_HasNoProblems()
    {
        var files = await TestManifest.PackageFilesAsync();

        var problems = IconRules.Check(await TestManifest.ManifestAsync(), files);

        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
    }

    [Fact]
    public async Task ColorIcon_WrongSize_IsReportedNamingTheFile()
    {
        var small = TestIcons.Solid(96, 96, TestIcons.Accent);

        var problem = Assert.Single(await ValidateWithAsync("color.png", small));

        Assert.Equal("icons.color", problem.Field);
        Assert.Equal("\"color.png\" is 96x96 pixels; it must be 192x192", problem.Message);
    }

    [Fact]
    public async Task OutlineIcon_WrongSize_IsReportedNamingTheFile()
    {
        var large = TestIcons.WithPixel(TestIcons.Solid(48, 48, SKColors.Transparent), 10, 10, SKColors.White);

        var problem = Assert.Single(await ValidateWithAsync("outline.png", large));

        Assert.Equal("icons.outline", problem.Field);
        Assert.Equal("\"outline.png\" is 48x48 pixels; it must be 32x32", problem.Message);
    }

    [Fact]
    public async Task OutlineIcon_WithoutAlphaChannel_IsReported()
    {
        var opaque = TestIcons.Solid(32, 32, SKColors.White, SKAlphaType.Opaque);

        var problem = Assert.Single(await ValidateWithAsync("outline.png", opaque));

        Assert.Equal("icons.outline", problem.Field);
        Assert.Contains("no alpha channel", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_WithAFaintColouredPixel_IsReportedWithItsPosition()
    {
        var tinted = TestIcons.WithPixel(TestIcons.Committed("outline.png"), 3, 1, new SKColor(255, 0, 0, 40));

        var problem = Assert.Single(await ValidateWithAsync("outline.png", tinted));

        Assert.Equal("icons.outline", problem.Field);
        Assert.Contains("\"outline.png\" must be white on transparent: 1 visible pixel(s) are not white, the first at (3, 1)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_WithSemiTransparentWhite_IsAccepted()
    {
        var faint = TestIcons.WithPixel(TestIcons.Committed("outline.png"), 0, 0, SKColors.White.WithAlpha(40));

        var problems = await ValidateWithAsync("outline.png", faint);

        Assert.True(problems.Count == 0, TestManifest.Describe(problems));
    }

    [Fact]
    public async Task OutlineIcon_WithNoTransparentPixel_IsReported()
    {
        var problem = Assert.Single(await ValidateWithAsync("outline.png", TestIcons.Solid(32, 32, SKColors.White)));

        Assert.Contains("no transparent pixel", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineIcon_FullyTransparent_IsReported()
    {
        var problem = Assert.Single(await ValidateWithAsync("outline.png", TestIcons.Solid(32, 32, SKColors.Transparent)));

        Assert.Contains("fully transparent", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icon_NotInPackage_IsReported()
    {
        var manifest = await TestManifest.ManifestAsync();
        manifest["icons"]!["color"] = "colour.png";

        var problem = Assert.Single(await TestManifest.ValidateAsync(manifest));

        Assert.Equal("icons.color", problem.Field);
        Assert.Contains("\"colour.png\" is not in the package", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icon_NotAnImage_IsReported()
    {
        var problem = Assert.Single(await ValidateWithAsync("color.png", "GIF89a"u8.ToArray()));

        Assert.Equal("icons.color", problem.Field);
        Assert.StartsWith("\"color.png\" is not a PNG", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icon_JpegNamedPng_IsReported()
    {
        var problem = Assert.Single(await ValidateWithAsync("color.png", TestIcons.Jpeg(192, 192, TestIcons.Accent)));

        Assert.Equal("\"color.png\" is not a PNG: it is a Jpeg image", problem.Message);
    }

    [Fact]
    public async Task Icon_TruncatedPng_IsReported()
    {
        var png = TestIcons.Committed("color.png");

        var problem = Assert.Single(await ValidateWithAsync("color.png", png[..(png.Length / 2)]));

        Assert.StartsWith("\"color.png\" is not a readable PNG", problem.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<ManifestProblem>> ValidateWithAsync(string fileName, byte[] bytes) =>
        await TestManifest.ValidateAsync(await TestManifest.ManifestAsync(), new Dictionary<string, byte[]> { [fileName] = bytes });
}
