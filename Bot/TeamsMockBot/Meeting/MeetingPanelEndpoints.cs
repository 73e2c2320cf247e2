using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Meeting;

/// <summary>
/// The APIs behind the meeting pages (<c>wwwroot/meeting/</c>), every one authorized
/// (<see cref="PanelAuthentication"/>): <c>GET /api/meeting/panel</c> is the caller's view of the
/// session (the interviewer's with hints and notes; <c>?surface=stage</c> never has them), and
/// <c>PUT /api/meeting/panel/note</c> saves the interviewer's note box, <c>PUT /api/meeting/panel/tag</c>
/// sets or clears a quick tag.
/// </summary>
public static partial class MeetingPanelEndpoints
{
    public const string PanelPath = "/api/meeting/panel";
    public const string NotePath = "/api/meeting/panel/note";
    public const string TagPath = "/api/meeting/panel/tag";

    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PanelPath, GetAsync);
        endpoints.MapPut(NotePath, PutNoteAsync);
        endpoints.MapPut(TagPath, PutTagAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string? chatId, string? surface, PanelAuthentication auth, ShowMeetingPanel panel, HttpContext http)
    {
        // The page polls for a live view; a cached answer would freeze its countdown on old data.
        http.Response.Headers.CacheControl = "no-store";
        var (caller, refusal) = await auth.AuthenticateAsync(http, chatId).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        var on = string.Equals(surface, "stage", StringComparison.OrdinalIgnoreCase) ? PanelSurface.Stage : PanelSurface.SidePanel;
        try
        {
            var view = await panel.ShowAsync(caller, on, http.RequestAborted).ConfigureAwait(false);
            return view is null ? NoSession() : Results.Ok(view);
        }
        catch (PanelAccessDeniedException e)
        {
            return Forbidden(e.Message);
        }
    }

    private static async Task<IResult> PutNoteAsync(string? chatId, PanelNoteRequest? note, PanelAuthentication auth, SavePanelNote save, HttpContext http, ILoggerFactory logs)
    {
        http.Response.Headers.CacheControl = "no-store";
        var (caller, refusal) = await auth.AuthenticateAsync(http, chatId).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        if (note is null)
        {
            return Results.Problem(title: "No note", detail: "Send {\"questionNumber\": n, \"text\": \"…\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var saved = await save.SaveAsync(caller, note.QuestionNumber, note.Text ?? string.Empty, http.RequestAborted).ConfigureAwait(false);
            if (saved is null)
            {
                return NoSession();
            }

            var stored = saved.PanelNoteFor(note.QuestionNumber);
            return Results.Ok(new { questionNumber = note.QuestionNumber, text = stored?.Text ?? string.Empty, savedAt = stored?.At });
        }
        catch (PanelAccessDeniedException e)
        {
            return Forbidden(e.Message);
        }
        catch (SessionRuleException e)
        {
            LogNoteRefused(logs.CreateLogger(typeof(MeetingPanelEndpoints)), e.Message);
            return Results.Problem(title: "Note not saved", detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> PutTagAsync(string? chatId, PanelTagRequest? request, PanelAuthentication auth, TagFromPanel tags, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        var (caller, refusal) = await auth.AuthenticateAsync(http, chatId).ConfigureAwait(false);
        if (caller is null)
        {
            return refusal!;
        }

        if (request is not { QuestionNumber: > 0, Tag: { } name } || !Enum.TryParse<QuickTag>(name, ignoreCase: false, out var tag) || !Enum.IsDefined(tag))
        {
            return Results.Problem(title: "No such tag", detail: "Send {\"questionNumber\": n, \"tag\": \"StrongStructure\", \"on\": true}.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var saved = await tags.TagAsync(caller, request.QuestionNumber, tag, request.On, http.RequestAborted).ConfigureAwait(false);
            return saved is null
                ? NoSession()
                : Results.Ok(new { questionNumber = request.QuestionNumber, tag = name, on = saved.Questions.ElementAtOrDefault(request.QuestionNumber - 1)?.HasTag(tag) ?? false });
        }
        catch (PanelAccessDeniedException e)
        {
            return Forbidden(e.Message);
        }
    }

    private static IResult NoSession() => Results.Problem(
        title: "No mock interview here",
        detail: "No mock interview is running here. Mention the bot with 'mock' in the chat to set one up.",
        statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden(string detail) =>
        Results.Problem(title: "Not your mock interview", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    [LoggerMessage(Level = LogLevel.Information, Message = "Panel note not saved: {Reason}")]
    private static partial void LogNoteRefused(ILogger logger, string reason);
}
