namespace TeamsMockBot.AppPackage.Png;

/// <summary>An 8-bit RGBA raster, row-major, 4 bytes per pixel.</summary>
public sealed class RgbaImage
{
    private readonly byte[] _pixels;

    public RgbaImage(int width, int height, bool hasAlphaChannel = true)
        : this(width, height, new byte[checked(width * height * 4)], hasAlphaChannel)
    {
    }

    public RgbaImage(int width, int height, byte[] rgba, bool hasAlphaChannel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(rgba);
        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException($"Expected {width * height * 4} bytes of RGBA, got {rgba.Length}.", nameof(rgba));
        }

        Width = width;
        Height = height;
        HasAlphaChannel = hasAlphaChannel;
        _pixels = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>True when the PNG it came from can express transparency (alpha channel or tRNS).</summary>
    public bool HasAlphaChannel { get; }

    public ReadOnlySpan<byte> Rgba => _pixels;

    public Rgba32 this[int x, int y]
    {
        get
        {
            var i = Offset(x, y);
            return new Rgba32(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]);
        }

        set
        {
            var i = Offset(x, y);
            _pixels[i] = value.R;
            _pixels[i + 1] = value.G;
            _pixels[i + 2] = value.B;
            _pixels[i + 3] = value.A;
        }
    }

    private int Offset(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"Pixel ({x}, {y}) is outside {Width}x{Height}.");
        }

        return ((y * Width) + x) * 4;
    }
}
