using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// The managed identity endpoint exactly as App Service provides it: <c>IDENTITY_ENDPOINT</c> (plain http on
/// loopback) and <c>IDENTITY_HEADER</c>, which Azure.Identity's <c>ManagedIdentityCredential</c> honours. It answers
/// <c>GET ?api-version=2019-08-01&amp;resource=…&amp;client_id=…</c> carrying the <c>X-IDENTITY-HEADER</c> secret with
/// App Service's token shape, and refuses anything else, so a test runs the production credential path.
/// </summary>
public sealed class FakeManagedIdentity : IAsyncDisposable
{
    public const string ClientId = "5e1c0f2a-8b3d-4c6e-9a7f-0123456789ab";

    /// <summary>One token for the process: MSAL keeps managed identity tokens in a process-wide cache.</summary>
    public const string AccessToken = "fake-graph-token-for-" + ClientId;

    public const string Resource = "https://graph.microsoft.com";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _refusals = new();
    private int _tokens;

    private FakeManagedIdentity(WebApplication app, string header)
    {
        _app = app;
        Header = header;
    }

    /// <summary>The secret App Service puts in <c>IDENTITY_HEADER</c>.</summary>
    public string Header { get; }

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Tokens handed out.</summary>
    public int TokensIssued => _tokens;

    /// <summary>Requests refused, with why (a test asserts there are none).</summary>
    public IReadOnlyCollection<string> Refusals => _refusals;

    public static async Task<FakeManagedIdentity> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var identity = new FakeManagedIdentity(app, Guid.NewGuid().ToString("N"));
        app.MapGet("/msi/token", identity.Token);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        identity.Endpoint = new Uri(address.TrimEnd('/') + "/msi/token");
        return identity;
    }

    /// <summary>The refusals so far, removed (for the one test that provokes them).</summary>
    public IReadOnlyList<string> TakeRefusals()
    {
        var taken = new List<string>();
        while (_refusals.TryDequeue(out var refusal))
        {
            taken.Add(refusal);
        }

        return taken;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Token(HttpContext http)
    {
        var query = http.Request.Query;
        var problem =
            http.Request.Headers["X-IDENTITY-HEADER"] != Header ? "X-IDENTITY-HEADER missing or wrong"
            : query["api-version"] != "2019-08-01" ? $"api-version '{query["api-version"]}'"
            : query["resource"] != Resource && query["resource"] != Resource + "/" ? $"resource '{query["resource"]}'"
            : query["client_id"] != ClientId ? $"client_id '{query["client_id"]}'"
            : null;
        if (problem is not null)
        {
            _refusals.Enqueue(problem);
            return Results.Json(new { error = "invalid_request", error_description = problem }, statusCode: StatusCodes.Status400BadRequest);
        }

        Interlocked.Increment(ref _tokens);
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = AccessToken,
            ["expires_on"] = expiresOn,
            ["resource"] = Resource,
            ["token_type"] = "Bearer",
            ["client_id"] = ClientId,
        });
    }
}
