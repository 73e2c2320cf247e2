namespace TeamsMockBot.AppPackage.Png;

/// <summary>The bytes are not a PNG this tool can read.</summary>
public sealed class PngFormatException : Exception
{
    public PngFormatException()
    {
    }

    public PngFormatException(string message)
        : base(message)
    {
    }

    public PngFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
