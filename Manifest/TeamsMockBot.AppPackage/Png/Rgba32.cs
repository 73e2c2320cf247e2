namespace TeamsMockBot.AppPackage.Png;

/// <summary>One straight-alpha pixel.</summary>
public readonly record struct Rgba32(byte R, byte G, byte B, byte A)
{
    public static Rgba32 Transparent => new(0, 0, 0, 0);

    public static Rgba32 White => new(255, 255, 255, 255);

    public static Rgba32 FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"Expected a colour like #4F46E5, got '{hex}'.");
        }

        var value = Convert.ToInt32(hex[1..], 16);
        return new Rgba32((byte)(value >> 16), (byte)(value >> 8), (byte)value, 255);
    }
}
