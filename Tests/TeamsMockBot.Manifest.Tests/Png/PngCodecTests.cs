using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using TeamsMockBot.AppPackage.Png;

namespace TeamsMockBot.Manifest.Tests.Png;

public sealed class PngCodecTests
{
    [Fact]
    public void EncodeThenDecode_Rgba_KeepsEveryPixelAndTheAlphaChannel()
    {
        var image = Gradient(7, 5, hasAlpha: true);

        var decoded = PngCodec.Decode(PngCodec.Encode(image));

        Assert.Equal((7, 5, true), (decoded.Width, decoded.Height, decoded.HasAlphaChannel));
        Assert.Equal(image.Rgba.ToArray(), decoded.Rgba.ToArray());
    }

    [Fact]
    public void EncodeThenDecode_Rgb_HasNoAlphaChannelAndIsOpaque()
    {
        var image = Gradient(4, 3, hasAlpha: false);

        var decoded = PngCodec.Decode(PngCodec.Encode(image));

        Assert.False(decoded.HasAlphaChannel);
        Assert.Equal(255, decoded[3, 2].A);
        Assert.Equal(image[3, 2] with { A = 255 }, decoded[3, 2]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_RowsWrittenWithEachFilter_GivesTheOriginalPixels(byte filter)
    {
        var image = Gradient(6, 4, hasAlpha: true);

        var decoded = PngCodec.Decode(Png(6, 4, colorType: 6, Filtered(image, filter)));

        Assert.Equal(image.Rgba.ToArray(), decoded.Rgba.ToArray());
    }

    [Fact]
    public void Decode_PaletteWithTransparency_MapsIndicesAndAlpha()
    {
        byte[] raw = [0, 0, 1, 0, 1, 0];
        var png = Png(2, 2, colorType: 3, raw, ("PLTE", [255, 255, 255, 10, 20, 30]), ("tRNS", [0]));

        var decoded = PngCodec.Decode(png);

        Assert.True(decoded.HasAlphaChannel);
        Assert.Equal(new Rgba32(255, 255, 255, 0), decoded[0, 0]);
        Assert.Equal(new Rgba32(10, 20, 30, 255), decoded[1, 0]);
    }

    [Fact]
    public void Crc32_OfTheIendChunk_IsTheWellKnownValue()
    {
        Assert.Equal(0xAE426082u, Crc32.Compute("IEND"u8, []));
    }

    [Fact]
    public void Decode_BadChunkCrc_Fails()
    {
        var png = PngCodec.Encode(Gradient(2, 2, hasAlpha: true));
        png[20] ^= 0xFF; // inside the IHDR data

        var error = Assert.Throws<PngFormatException>(() => PngCodec.Decode(png));

        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NotAPng_Fails()
    {
        Assert.Throws<PngFormatException>(() => PngCodec.Decode("hello, world"u8));
    }

    [Fact]
    public void Decode_SixteenBitPng_IsRejectedWithAReason()
    {
        var png = Png(1, 1, colorType: 6, new byte[9], bitDepth: 16);

        var error = Assert.Throws<PngFormatException>(() => PngCodec.Decode(png));

        Assert.Contains("bit depth 16", error.Message, StringComparison.Ordinal);
    }

    private static RgbaImage Gradient(int width, int height, bool hasAlpha)
    {
        var image = new RgbaImage(width, height, hasAlpha);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)(x * 40), (byte)(y * 60), (byte)((x * y * 17) + 3), hasAlpha ? (byte)(255 - (x * 30)) : (byte)255);
            }
        }

        return image;
    }

    /// <summary>The PNG row filters, written independently of the decoder.</summary>
    private static byte[] Filtered(RgbaImage image, byte filter)
    {
        var stride = image.Width * 4;
        var pixels = image.Rgba.ToArray();
        var raw = new byte[(stride + 1) * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            raw[y * (stride + 1)] = filter;
            for (var i = 0; i < stride; i++)
            {
                int Px(int row, int col) => row < 0 || col < 0 ? 0 : pixels[(row * stride) + col];
                var a = Px(y, i - 4);
                var b = Px(y - 1, i);
                var c = Px(y - 1, i - 4);
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Paeth(a, b, c),
                };
                raw[(y * (stride + 1)) + 1 + i] = (byte)(pixels[(y * stride) + i] - predictor);
            }
        }

        return raw;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Png(int width, int height, byte colorType, byte[] raw, params (string Type, byte[] Data)[] extra) =>
        Png(width, height, colorType, raw, 8, extra);

    private static byte[] Png(int width, int height, byte colorType, byte[] raw, byte bitDepth, params (string Type, byte[] Data)[] extra)
    {
        using var output = new MemoryStream();
        output.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = colorType;
        Chunk(output, "IHDR", header);
        foreach (var (type, data) in extra)
        {
            Chunk(output, type, data);
        }

        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(output, "IDAT", compressed.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32.Compute(typeBytes, data));
        output.Write(buffer);
    }
}
