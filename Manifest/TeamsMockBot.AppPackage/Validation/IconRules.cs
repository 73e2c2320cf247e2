using System.Text.Json.Nodes;
using SkiaSharp;

namespace TeamsMockBot.AppPackage.Validation;

/// <summary>
/// The icon rules Teams applies that the schema cannot express (it only says each icon is a relative
/// path): the file is in the package and is a PNG; the colour icon is 192x192; the outline icon is
/// 32x32, white on a transparent background. The PNGs are decoded with SkiaSharp. Each problem
/// names the manifest field and the file.
/// </summary>
public static class IconRules
{
    public const int ColorIconSize = 192;

    public const int OutlineIconSize = 32;

    public static IReadOnlyList<ManifestProblem> Check(JsonObject manifest, IReadOnlyDictionary<string, byte[]> packageFiles)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(packageFiles);
        var problems = new List<ManifestProblem>();
        if (Load(manifest, packageFiles, "color", problems) is { } color)
        {
            CheckSize(color, ColorIconSize, problems);
        }

        if (Load(manifest, packageFiles, "outline", problems) is { } outline)
        {
            CheckSize(outline, OutlineIconSize, problems);
            CheckWhiteOnTransparent(outline, problems);
        }

        return problems;
    }

    private static void CheckSize(Icon icon, int size, List<ManifestProblem> problems)
    {
        if (icon.Width != size || icon.Height != size)
        {
            problems.Add(new(icon.Field, $"\"{icon.FileName}\" is {icon.Width}x{icon.Height} pixels; it must be {size}x{size}"));
        }
    }

    private static void CheckWhiteOnTransparent(Icon icon, List<ManifestProblem> problems)
    {
        if (!icon.HasAlphaChannel)
        {
            problems.Add(new(icon.Field, $"\"{icon.FileName}\" has no alpha channel; it must be white on a transparent background"));
            return;
        }

        var visible = 0;
        var offWhite = 0;
        (int X, int Y)? firstOffWhite = null;
        for (var i = 0; i < icon.Rgba.Length; i += 4)
        {
            if (icon.Rgba[i + 3] == 0)
            {
                continue;
            }

            visible++;
            if (icon.Rgba[i] != 255 || icon.Rgba[i + 1] != 255 || icon.Rgba[i + 2] != 255)
            {
                offWhite++;
                firstOffWhite ??= (i / 4 % icon.Width, i / 4 / icon.Width);
            }
        }

        if (visible == 0)
        {
            problems.Add(new(icon.Field, $"\"{icon.FileName}\" is fully transparent"));
        }
        else if (visible == icon.Width * icon.Height)
        {
            problems.Add(new(icon.Field, $"\"{icon.FileName}\" has no transparent pixel; it must be white on a transparent background"));
        }

        if (offWhite > 0)
        {
            problems.Add(new(icon.Field, $"\"{icon.FileName}\" must be white on transparent: {offWhite} visible pixel(s) are not white, the first at {firstOffWhite}"));
        }
    }

    private static Icon? Load(JsonObject manifest, IReadOnlyDictionary<string, byte[]> files, string kind, List<ManifestProblem> problems)
    {
        var field = $"icons.{kind}";
        var name = (manifest["icons"] as JsonObject)?[kind] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (name is null)
        {
            return null; // the schema reports the missing property
        }

        if (!files.TryGetValue(name, out var bytes))
        {
            problems.Add(new(field, $"\"{name}\" is not in the package (it belongs next to manifest.json)"));
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            var found = codec is null ? "not an image SkiaSharp can read" : $"a {codec.EncodedFormat} image";
            problems.Add(new(field, $"\"{name}\" is not a PNG: it is {found}"));
            return null;
        }

        // Straight (unpremultiplied) RGBA with no colour-space conversion: the bytes as stored.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out var rgba);
        if (result != SKCodecResult.Success)
        {
            problems.Add(new(field, $"\"{name}\" is not a readable PNG: {result}"));
            return null;
        }

        return new Icon(field, name, info.Width, info.Height, codec.Info.AlphaType != SKAlphaType.Opaque, rgba);
    }

    private sealed record Icon(string Field, string FileName, int Width, int Height, bool HasAlphaChannel, byte[] Rgba);
}
