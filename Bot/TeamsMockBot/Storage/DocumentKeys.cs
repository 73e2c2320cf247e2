using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsMockBot.Storage;

/// <summary>
/// The naming scheme of stored documents. Keys are only ever built here, from ids; an id with any
/// character outside [A-Za-z0-9_-] (Teams user ids contain ':') is encoded, so no user text can
/// reach a path or blob name unescaped.
/// </summary>
public static partial class DocumentKeys
{
    public static string Session(string sessionId) => "sessions/" + Segment(sessionId);

    public static string StudentHistory(string userId) => $"students/{Segment(userId)}/history";

    public static string Timer(string sessionId) => "timers/" + Segment(sessionId);

    public const string TimersPrefix = "timers/";

    /// <summary>A peer mock whose feedback is held back (double-blind) until its deadline; keyed by the pair (half 1's session id).</summary>
    public static string HeldFeedback(string pairId) => HeldFeedbackPrefix + Segment(pairId);

    public const string HeldFeedbackPrefix = "held-feedback/";

    public const string SessionsPrefix = "sessions/";

    /// <summary>Where to reach a person proactively: their personal chat with the bot.</summary>
    public static string PersonalChat(string personId) => "chats/personal/" + Segment(personId);

    /// <summary>The message that shows a session's shared card, for in-place updates.</summary>
    public static string SessionCard(string sessionId) => "chats/session-cards/" + Segment(sessionId);

    /// <summary>Which session a chat's meeting side panel shows: the newest one created in that chat.</summary>
    public static string ChatCurrentSession(string conversationId) => "chats/current-session/" + Segment(conversationId);

    /// <summary>The generated key that signs meeting panel links when none is configured (one per deployment).</summary>
    public const string PanelLinkKey = "keys/panel-links";

    /// <summary>An offline calendar invite, by its event id (the session id).</summary>
    public static string CalendarInvite(string eventId) => "calendar/invites/" + Segment(eventId);

    /// <summary>Which invite an .ics link token opens.</summary>
    public static string CalendarLink(string token) => "calendar/links/" + Segment(token);

    public static string DataExport(string token) => "exports/" + Segment(token);

    /// <summary>Per-person index: one empty entry per session the person took part in (listed, never read).</summary>
    public static string PersonSession(string personId, string sessionId) => PersonSessionsPrefix(personId) + Segment(sessionId);

    public static string PersonSessionsPrefix(string personId) => $"people/{Segment(personId)}/sessions/";

    /// <summary>Date index: sessions by the UTC day they were created, so retention lists only old days.</summary>
    public static string SessionByDate(DateTimeOffset createdAt, string sessionId) =>
        $"{SessionsByDatePrefix}{createdAt.UtcDateTime:yyyy-MM-dd}/{Segment(sessionId)}";

    public const string SessionsByDatePrefix = "sessions-by-date/";

    /// <summary>Marks that the indexes above were built for sessions stored before they existed.</summary>
    public const string SessionIndexesBuilt = "indexes/sessions-v1";

    /// <summary>A message waiting for delivery; the message key is hashed, so no id or text is readable in the name.</summary>
    public static string OutboxPending(string messageKey) => OutboxPendingPrefix + Hashed(messageKey);

    public const string OutboxPendingPrefix = "outbox/pending/";

    /// <summary>That a message key was delivered (no content), so a repeat is not sent again.</summary>
    public static string OutboxSent(string messageKey) => "outbox/sent/" + Hashed(messageKey);

    /// <summary>A message set aside after it could not be delivered.</summary>
    public static string OutboxFailed(string messageKey) => OutboxFailedPrefix + Hashed(messageKey);

    public const string OutboxFailedPrefix = "outbox/failed/";

    private static string Hashed(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)).ToLowerInvariant();

    public const string DataExportsPrefix = "exports/";

    private const int MaxEncodedBytes = 111;

    /// <summary>Encodes an id into a single safe key segment; readable ids pass through unchanged.</summary>
    public static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (SafeId().IsMatch(id))
        {
            return id;
        }

        // Encoded ids stay readable-ish and reversible; very long ones are hashed so the key stays within limits.
        var bytes = Encoding.UTF8.GetBytes(id);
        return bytes.Length <= MaxEncodedBytes
            ? "b64-" + Base64Url.EncodeToString(bytes)
            : "h-" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    /// <summary>True for a key made of safe segments only (what <see cref="Segment"/> produces).</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= 512 && key.Split('/').All(s => s.Length > 0 && SafeId().IsMatch(s));

    /// <summary>
    /// True for a listing prefix: empty, or the start of a valid key (safe segments, possibly ending
    /// with '/' or mid-segment). Nothing that could climb out of the store, such as "..", passes.
    /// </summary>
    public static bool IsValidPrefix(string prefix) =>
        prefix.Length <= 512 && SafePrefix().IsMatch(prefix);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,160}$")]
    private static partial Regex SafeId();

    [GeneratedRegex("^([A-Za-z0-9_-]{1,160}/)*[A-Za-z0-9_-]{0,160}$")]
    private static partial Regex SafePrefix();
}
