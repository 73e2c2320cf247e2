namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// A file a person sent the bot in a chat, as the chat platform describes it: its name (typed by a
/// person: show it with <c>CardText.Typed</c>), a short-lived download link, its type (extension)
/// and the platform's id for it. The adapter hands it over in the turn's data under <see cref="Keys"/>.
/// </summary>
public sealed record SharedFile(string Name, Uri DownloadUrl, string FileType, string UniqueId)
{
    public const int MaxNameLength = 255;

    /// <summary>The data keys the adapter fills for a message that carries a file.</summary>
    public static class Keys
    {
        public const string Name = "file.name";
        public const string DownloadUrl = "file.downloadUrl";
        public const string FileType = "file.fileType";
        public const string UniqueId = "file.uniqueId";
    }

    public bool IsWebVtt =>
        string.Equals(FileType.TrimStart('.'), "vtt", StringComparison.OrdinalIgnoreCase) ||
        Name.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file in <paramref name="data"/>, or null when the message carried none or its link is not an absolute URL.</summary>
    public static SharedFile? From(CardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Uri.TryCreate(data.Text(Keys.DownloadUrl), UriKind.Absolute, out var url))
        {
            return null;
        }

        var name = data.Text(Keys.Name) ?? string.Empty;
        return new SharedFile(name.Length > MaxNameLength ? name[..MaxNameLength] : name, url, data.Text(Keys.FileType) ?? string.Empty, data.Text(Keys.UniqueId) ?? string.Empty);
    }
}
