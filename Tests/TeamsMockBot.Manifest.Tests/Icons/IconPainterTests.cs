using TeamsMockBot.AppPackage.Icons;
using TeamsMockBot.AppPackage.Png;

namespace TeamsMockBot.Manifest.Tests.Icons;

public sealed class IconPainterTests
{
    [Fact]
    public void CommittedColorIcon_IsWhatThePainterDraws()
    {
        var committed = PngCodec.Decode(File.ReadAllBytes(Path.Combine(TestManifest.Directory, "color.png")));

        Assert.Equal(IconPainter.DrawColor().Rgba.ToArray(), committed.Rgba.ToArray());
    }

    [Fact]
    public void CommittedOutlineIcon_IsWhatThePainterDraws()
    {
        var committed = PngCodec.Decode(File.ReadAllBytes(Path.Combine(TestManifest.Directory, "outline.png")));

        Assert.Equal(IconPainter.DrawOutline().Rgba.ToArray(), committed.Rgba.ToArray());
    }

    [Fact]
    public void DrawColor_IsOpaqueWithAWhiteBubbleOnTheAccentColour()
    {
        var icon = IconPainter.DrawColor();

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(Rgba32.FromHex(IconPainter.AccentColor), icon[2, 2]);
        Assert.Equal(Rgba32.White, icon[50, 120]);
        Assert.All(Enumerable.Range(0, 192), x => Assert.Equal(255, icon[x, 96].A));
    }

    [Fact]
    public void DrawOutline_IsWhiteOnTransparentWithSomeOfEach()
    {
        var icon = IconPainter.DrawOutline();
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon[i % 32, i / 32]).ToArray();

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p == Rgba32.White);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }
}
