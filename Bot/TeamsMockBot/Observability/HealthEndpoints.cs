using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsMockBot.Observability;

/// <summary>
/// <c>GET /healthz</c>: liveness, the process answers (never touches a dependency, so a store outage
/// doesn't get the app restarted). <c>GET /readyz</c>: readiness, every check tagged
/// <see cref="ReadyTag"/> passes (today: the store answers); otherwise 503 with ProblemDetails.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, () => Results.Ok(new { status = "ok" }));
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        });
        return endpoints;
    }

    /// <summary>Health-probe paths, which tracing leaves out so probes every few seconds don't bury real requests.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments(LivePath) || path.StartsWithSegments(ReadyPath);

    private static Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            return Results.Ok(new { status = "ready", checks }).ExecuteAsync(http);
        }

        return Results.Problem(
            title: "Not ready",
            detail: "A dependency the bot needs did not answer: " + string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key)) + ".",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            extensions: new Dictionary<string, object?> { ["checks"] = checks }).ExecuteAsync(http);
    }
}
