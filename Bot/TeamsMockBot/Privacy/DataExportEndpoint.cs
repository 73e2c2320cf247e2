namespace TeamsMockBot.Privacy;

/// <summary><c>GET /privacy/exports/{token}</c>: the download behind the "export my data" card.</summary>
public static class DataExportEndpoint
{
    public static string PathFor(string token) => "/privacy/exports/" + token;

    public static void MapDataExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/privacy/exports/{token}", async (string token, ExportPersonalData export, HttpContext http) =>
        {
            var data = await export.DownloadAsync(token, http.RequestAborted).ConfigureAwait(false);
            if (data is null)
            {
                return Results.Problem("This download link is unknown, already used or expired. Type 'export my data' to the bot for a new one.", statusCode: 404);
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=\"teamsmockbot-my-data.json\"";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(data.ToJsonString(Storage.StoreJson.Options), "application/json");
        });
}
