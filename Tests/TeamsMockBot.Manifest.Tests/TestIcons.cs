using SkiaSharp;

namespace TeamsMockBot.Manifest.Tests;

/// <summary>Icons for the tests: the committed ones, and wrong ones made with SkiaSharp.</summary>
internal static class TestIcons
{
    public static SKColor Accent { get; } = SKColor.Parse("#4F46E5");

    public static byte[] Committed(string fileName) => File.ReadAllBytes(Path.Combine(TestManifest.Directory, fileName));

    /// <summary>A PNG of one colour; <paramref name="alphaType"/> Opaque writes a PNG without an alpha channel.</summary>
    public static byte[] Solid(int width, int height, SKColor colour, SKAlphaType alphaType = SKAlphaType.Unpremul)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alphaType));
        bitmap.Erase(colour);
        return Encode(bitmap, SKEncodedImageFormat.Png);
    }

    /// <summary>The PNG with one pixel replaced.</summary>
    public static byte[] WithPixel(byte[] png, int x, int y, SKColor colour)
    {
        using var bitmap = Decode(png);
        bitmap.SetPixel(x, y, colour);
        return Encode(bitmap, SKEncodedImageFormat.Png);
    }

    public static byte[] Jpeg(int width, int height, SKColor colour)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(colour);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg);
    }

    public static SKColor PixelAt(byte[] png, int x, int y)
    {
        using var bitmap = Decode(png);
        return bitmap.GetPixel(x, y);
    }

    private static SKBitmap Decode(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png)) ?? throw new ArgumentException("Not an image.", nameof(png));
        var bitmap = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? bitmap : throw new ArgumentException($"Not decoded: {result}.", nameof(png));
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
