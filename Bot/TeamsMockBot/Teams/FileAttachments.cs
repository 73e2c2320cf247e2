using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Turns;

namespace TeamsMockBot.Teams;

/// <summary>
/// A file sent in a personal chat arrives as a message attachment of type
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose content carries
/// <c>downloadUrl</c>, <c>uniqueId</c> and <c>fileType</c> ("Send and receive files through the
/// bot", Microsoft Teams docs); this reads the first one into the turn's data.
/// </summary>
internal static class FileAttachments
{
    public const string DownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";

    public static bool HasFile(IActivity activity) => First(activity) is not null;

    /// <summary>The first file's data under <see cref="SharedFile.Keys"/>, or null when the message carries no file.</summary>
    public static CardData? Read(IActivity activity)
    {
        if (First(activity) is not { } attachment)
        {
            return null;
        }

        var content = attachment.Content as JObject ?? (attachment.Content is null ? null : JObject.FromObject(attachment.Content));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharedFile.Keys.Name] = attachment.Name ?? string.Empty,
        };
        Copy(content, "downloadUrl", SharedFile.Keys.DownloadUrl, values);
        Copy(content, "uniqueId", SharedFile.Keys.UniqueId, values);
        Copy(content, "fileType", SharedFile.Keys.FileType, values);
        return new CardData(values);
    }

    private static Attachment? First(IActivity activity) =>
        activity.AsMessageActivity()?.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, DownloadInfoContentType, StringComparison.OrdinalIgnoreCase));

    private static void Copy(JObject? content, string property, string key, Dictionary<string, string> values)
    {
        if (content?.GetValue(property, StringComparison.OrdinalIgnoreCase) is JValue { Value: not null } value)
        {
            values[key] = Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }
}
