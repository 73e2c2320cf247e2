using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TeamsMockBot.AppPackage.Png;

/// <summary>
/// Writes 8-bit RGB/RGBA PNGs and reads the common 8-bit non-interlaced kinds (grey, grey+alpha,
/// RGB, RGBA, palette with optional tRNS). Enough to draw our icons and to check anybody's icons.
/// </summary>
public static class PngCodec
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private const byte ColorGrey = 0;
    private const byte ColorRgb = 2;
    private const byte ColorPalette = 3;
    private const byte ColorGreyAlpha = 4;
    private const byte ColorRgba = 6;

    public static byte[] Encode(RgbaImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var channels = image.HasAlphaChannel ? 4 : 3;
        var rowLength = 1 + (image.Width * channels);
        var raw = new byte[rowLength * image.Height];
        var rgba = image.Rgba;
        for (var y = 0; y < image.Height; y++)
        {
            var row = y * rowLength;
            raw[row] = 0; // filter: none
            for (var x = 0; x < image.Width; x++)
            {
                var src = ((y * image.Width) + x) * 4;
                var dst = row + 1 + (x * channels);
                for (var c = 0; c < channels; c++)
                {
                    raw[dst + c] = rgba[src + c];
                }
            }
        }

        using var output = new MemoryStream();
        output.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;
        header[9] = image.HasAlphaChannel ? ColorRgba : ColorRgb;
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Deflate(raw));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static RgbaImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new PngFormatException("Not a PNG file (signature missing).");
        }

        int width = 0, height = 0;
        byte colorType = 0;
        byte[]? palette = null;
        byte[]? transparency = null;
        using var idat = new MemoryStream();
        var offset = Signature.Length;
        var sawHeader = false;
        while (true)
        {
            if (offset + 12 > png.Length)
            {
                throw new PngFormatException("PNG ends before its IEND chunk.");
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new PngFormatException("PNG chunk length runs past the end of the file.");
            }

            var type = png.Slice(offset + 4, 4);
            var data = png.Slice(offset + 8, length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]);
            var typeName = Encoding.ASCII.GetString(type);
            if (Crc32.Compute(type, data) != storedCrc)
            {
                throw new PngFormatException($"PNG chunk {typeName} has a bad CRC.");
            }

            offset += 12 + length;
            switch (typeName)
            {
                case "IHDR":
                    if (length != 13)
                    {
                        throw new PngFormatException("IHDR chunk has the wrong length.");
                    }

                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var bitDepth = data[8];
                    colorType = data[9];
                    if (width <= 0 || height <= 0 || width > 8192 || height > 8192)
                    {
                        throw new PngFormatException($"Unsupported PNG size {width}x{height}.");
                    }

                    if (bitDepth != 8)
                    {
                        throw new PngFormatException($"Unsupported PNG bit depth {bitDepth} (this tool reads 8-bit PNGs).");
                    }

                    if (colorType is not (ColorGrey or ColorRgb or ColorPalette or ColorGreyAlpha or ColorRgba))
                    {
                        throw new PngFormatException($"Unknown PNG colour type {colorType}.");
                    }

                    if (data[12] != 0)
                    {
                        throw new PngFormatException("Interlaced PNGs are not supported.");
                    }

                    sawHeader = true;
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    if (!sawHeader)
                    {
                        throw new PngFormatException("PNG has no IHDR chunk.");
                    }

                    return ToRgba(width, height, colorType, palette, transparency, Inflate(idat.ToArray()));
                default:
                    break; // ancillary chunks (gAMA, sRGB, tEXt...) do not matter here
            }
        }
    }

    private static RgbaImage ToRgba(int width, int height, byte colorType, byte[]? palette, byte[]? transparency, byte[] raw)
    {
        var channels = colorType switch
        {
            ColorGrey => 1,
            ColorRgb => 3,
            ColorPalette => 1,
            ColorGreyAlpha => 2,
            _ => 4,
        };
        if (colorType == ColorPalette && palette is null)
        {
            throw new PngFormatException("Palette PNG has no PLTE chunk.");
        }

        var stride = width * channels;
        if (raw.Length != (stride + 1) * height)
        {
            throw new PngFormatException($"PNG image data has {raw.Length} bytes, expected {(stride + 1) * height}.");
        }

        var pixels = Unfilter(raw, stride, height, channels);
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var s = i * channels;
            var d = i * 4;
            switch (colorType)
            {
                case ColorGrey:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = IsTransparentGrey(transparency, pixels[s]) ? (byte)0 : (byte)255;
                    break;
                case ColorGreyAlpha:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = pixels[s + 1];
                    break;
                case ColorRgb:
                    rgba[d] = pixels[s];
                    rgba[d + 1] = pixels[s + 1];
                    rgba[d + 2] = pixels[s + 2];
                    rgba[d + 3] = IsTransparentRgb(transparency, pixels.AsSpan(s, 3)) ? (byte)0 : (byte)255;
                    break;
                case ColorPalette:
                    var index = pixels[s];
                    if ((index * 3) + 2 >= palette!.Length)
                    {
                        throw new PngFormatException($"Palette index {index} is outside the PLTE chunk.");
                    }

                    rgba[d] = palette[index * 3];
                    rgba[d + 1] = palette[(index * 3) + 1];
                    rgba[d + 2] = palette[(index * 3) + 2];
                    rgba[d + 3] = transparency is not null && index < transparency.Length ? transparency[index] : (byte)255;
                    break;
                default:
                    pixels.AsSpan(s, 4).CopyTo(rgba.AsSpan(d));
                    break;
            }
        }

        var hasAlpha = colorType is ColorGreyAlpha or ColorRgba || transparency is not null;
        return new RgbaImage(width, height, rgba, hasAlpha);
    }

    private static bool IsTransparentGrey(byte[]? trns, byte value) =>
        trns is { Length: >= 2 } && trns[1] == value && trns[0] == 0;

    private static bool IsTransparentRgb(byte[]? trns, ReadOnlySpan<byte> rgb) =>
        trns is { Length: >= 6 } && trns[0] == 0 && trns[1] == rgb[0] && trns[2] == 0 && trns[3] == rgb[1]
        && trns[4] == 0 && trns[5] == rgb[2];

    private static byte[] Unfilter(byte[] raw, int stride, int height, int bytesPerPixel)
    {
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = (y * (stride + 1)) + 1;
            var dst = y * stride;
            for (var x = 0; x < stride; x++)
            {
                var a = x >= bytesPerPixel ? result[dst + x - bytesPerPixel] : 0;
                var b = y > 0 ? result[dst - stride + x] : 0;
                var c = x >= bytesPerPixel && y > 0 ? result[dst - stride + x - bytesPerPixel] : 0;
                var value = raw[src + x];
                result[dst + x] = filter switch
                {
                    0 => value,
                    1 => (byte)(value + a),
                    2 => (byte)(value + b),
                    3 => (byte)(value + ((a + b) / 2)),
                    4 => (byte)(value + Paeth(a, b, c)),
                    _ => throw new PngFormatException($"Unknown PNG row filter {filter} in row {y}."),
                };
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return compressed.ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new PngFormatException("PNG image data is not valid zlib data.", ex);
        }
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32.Compute(typeBytes, data));
        output.Write(buffer);
    }
}
