using System.Text.RegularExpressions;
using TeamsMockBot.Application.Meeting;

namespace TeamsMockBot.Meeting;

/// <summary>
/// Who is calling a meeting page API, from its <c>Authorization</c> header: <c>Bearer {Teams SSO token}</c>
/// (with <c>?chatId=</c>, the chat the page runs in) or <c>PanelLink {signed link token}</c>. Anything
/// else, missing, forged or expired gets 401; the reason goes to the log, never to the caller.
/// </summary>
public sealed partial class PanelAuthentication(TeamsSsoTokenValidator sso, PanelLinks links, ILogger<PanelAuthentication> logger)
{
    public const string LinkScheme = "PanelLink";
    public const string BearerScheme = "Bearer";

    /// <summary>The proven caller, or the HTTP answer to give instead (401, or 400 for a bad chat id).</summary>
    public async Task<(PanelCaller? Caller, IResult? Refusal)> AuthenticateAsync(HttpContext http, string? chatId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space > 0 ? header[..space] : header;
        var credential = space > 0 ? header[(space + 1)..].Trim() : string.Empty;

        if (string.Equals(scheme, LinkScheme, StringComparison.OrdinalIgnoreCase))
        {
            var check = await links.CheckAsync(credential, http.RequestAborted).ConfigureAwait(false);
            if (check.Link is { } link)
            {
                return (PanelCaller.ByLink(link), null);
            }

            return (null, Unauthorized(http, LinkScheme, check.Refusal ?? "refused"));
        }

        if (string.Equals(scheme, BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            if (chatId is null || !ChatId().IsMatch(chatId))
            {
                return (null, Results.Problem(
                    title: "Bad chat id",
                    detail: "A Teams page passes the chat it runs in as ?chatId=…, e.g. 19:meeting_…@thread.v2.",
                    statusCode: StatusCodes.Status400BadRequest));
            }

            var check = await sso.ValidateAsync(credential, http.RequestAborted).ConfigureAwait(false);
            if (check.DirectoryId is { } directoryId)
            {
                return (PanelCaller.ByDirectory(directoryId, chatId), null);
            }

            return (null, Unauthorized(http, BearerScheme, check.Refusal ?? "refused"));
        }

        return (null, Unauthorized(http, scheme.Length == 0 ? "none" : "unknown", "no credential"));
    }

    private IResult Unauthorized(HttpContext http, string scheme, string reason)
    {
        LogRefused(logger, scheme, reason, http.Request.Path);
        http.Response.Headers.WWWAuthenticate = $"{BearerScheme}, {LinkScheme}";
        return Results.Problem(
            title: "Sign-in needed",
            detail: "Open this page from the Mock interview app in Teams, or from the \"Live panel\" button on your interview card (its link works for a limited time).",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    // Teams chat ids look like 19:…@thread.v2 (a meeting's: 19:meeting_…@thread.v2); the Agents
    // Playground uses plain ids such as group-chat-mock. Anything else is not a chat id.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9:_.@=+-]{0,255}$")]
    private static partial Regex ChatId();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting page call refused ({Scheme}: {Reason}) on {Path}")]
    private static partial void LogRefused(ILogger logger, string scheme, string reason, string path);
}
