using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Privacy;

/// <summary><c>GET /privacy/exports/{token}</c>: the download behind the "export my data" card.</summary>
public static class DataExportEndpoint
{
    public static void MapDataExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ExportPersonalData.DownloadPath + "{token}", async (string token, ExportPersonalData export, HttpContext http) =>
        {
            var data = await export.DownloadAsync(token, http.RequestAborted).ConfigureAwait(false);
            if (data is null)
            {
                return Results.Problem("This download link is unknown, already used or expired. Type 'export my data' to the bot for a new one.", statusCode: 404);
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=\"teamsmockbot-my-data.json\"";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(ToJson(data).ToJsonString(StoreJson.Options), "application/json");
        });

    // The documents appear as they are stored, so the person sees exactly what is kept.
    private static JsonObject ToJson(PersonalDataExport data) => new()
    {
        ["exportedAt"] = data.ExportedAt,
        ["person"] = new JsonObject { ["id"] = data.PersonId, ["name"] = data.PersonName },
        ["sessionsAsCandidate"] = new JsonArray([.. data.SessionsAsCandidate.Select(s => JsonSerializer.SerializeToNode(s, StoreJson.Options))]),
        ["sessionsAsInterviewer"] = new JsonArray([.. data.SessionsAsInterviewer.Select(s => JsonSerializer.SerializeToNode(s, StoreJson.Options))]),
        ["history"] = JsonSerializer.SerializeToNode(data.History, StoreJson.Options),
        ["calendarInvites"] = new JsonArray([.. data.Invites.Select(i => JsonSerializer.SerializeToNode(i, StoreJson.Options))]),
    };
}
