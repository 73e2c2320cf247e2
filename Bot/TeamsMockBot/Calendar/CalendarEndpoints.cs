namespace TeamsMockBot.Calendar;

/// <summary><c>GET /calendar/{token}.ics</c>: the offline invite behind "Add to calendar".</summary>
public static class CalendarEndpoints
{
    public static void MapCalendarFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(OfflineCalendar.LinkPath + "{token}.ics", async (string token, IServiceProvider services, HttpContext http) =>
        {
            // Only the offline calendar has files; with Graph the event is in both calendars already.
            var file = services.GetService<OfflineCalendar>() is { } offline ? await offline.FileAsync(token, http.RequestAborted).ConfigureAwait(false) : null;
            if (file is null)
            {
                return Results.Problem("This calendar link is unknown.", statusCode: 404);
            }

            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"mock-interview.ics\"";
            return Results.Text(file, InviteFile.ContentType + "; charset=utf-8");
        });
}
