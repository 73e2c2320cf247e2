using System.Text.RegularExpressions;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Meeting;

/// <summary>
/// <c>GET /api/meeting/sessions/current?chatId=…</c>: the newest running session of a chat, for the
/// meeting side panel (<c>wwwroot/meeting/sidepanel.html</c>). The caller is not identified (no
/// Teams SSO yet), so it serves only the view everyone in the chat already sees; the interviewer's
/// hints and notes stay on their own card until the page can prove who is asking.
/// </summary>
public static partial class CurrentSessionEndpoint
{
    public const string Path = "/api/meeting/sessions/current";

    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string? chatId, ChatSessions chats, QuestionBank bank, TimeProvider time, HttpContext http)
    {
        // The panel polls for a live view; a cached answer would freeze its countdown on old data.
        http.Response.Headers.CacheControl = "no-store";
        if (chatId is null || !ChatId().IsMatch(chatId))
        {
            return Results.Problem(
                title: "Bad chat id",
                detail: "Pass the Teams chat id as ?chatId=…, e.g. 19:meeting_…@thread.v2.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var session = await chats.FindCurrentAsync(chatId, http.RequestAborted).ConfigureAwait(false);
        return session is null
            ? Results.Problem(
                title: "No mock interview here",
                detail: "No mock interview is running in this chat. Mention the bot with 'mock' in the chat to set one up.",
                statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(MeetingPanelView.Of(session, bank, time.GetUtcNow()));
    }

    // Teams chat ids look like 19:…@thread.v2 (a meeting's: 19:meeting_…@thread.v2); the Agents
    // Playground uses plain ids such as group-chat-mock. Anything else is not a chat id.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9:_.@=+-]{0,255}$")]
    private static partial Regex ChatId();
}
