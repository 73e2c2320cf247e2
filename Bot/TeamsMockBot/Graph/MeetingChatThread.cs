namespace TeamsMockBot.Graph;

/// <summary>
/// The meeting chat's thread id inside a Teams join link: <c>https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…</c>
/// carries <c>19:meeting_…@thread.v2</c> as its (escaped) third path segment. That id is the chat's id in Graph
/// (<c>/chats/{id}</c>) and the conversation id Teams gives the bot in the meeting chat.
/// </summary>
internal static class MeetingChatThread
{
    public static string? FromJoinUrl(Uri? joinUrl)
    {
        if (joinUrl is null || !joinUrl.IsAbsoluteUri)
        {
            return null;
        }

        foreach (var segment in joinUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded.StartsWith("19:", StringComparison.Ordinal) && decoded.EndsWith("@thread.v2", StringComparison.OrdinalIgnoreCase))
            {
                return decoded;
            }
        }

        return null;
    }
}
