using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Stands in for Entra ID's key publication, which cannot be reached here: a real HTTP server on
/// 127.0.0.1 serving OpenID Connect metadata and its JWKS (the shapes of
/// <c>login.microsoftonline.com/common/v2.0/.well-known/openid-configuration</c> and
/// <c>/common/discovery/v2.0/keys</c>), and tokens shaped like Teams SSO tokens signed by its test key.
/// </summary>
public sealed class FakeEntraId : IAsyncDisposable
{
    public const string ClientId = "7d3f2a10-5b6c-4d8e-9f01-23456789abcd";
    public const string AppIdUri = "api://bot.example.com/" + ClientId;
    public const string TenantId = "3c9e1f7a-2b4d-4e6f-8a0b-1c2d3e4f5a6b";
    public const string OtherTenantId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private readonly WebApplication _app;
    private int _keyRequests;

    private FakeEntraId(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        SigningKey = key;
    }

    /// <summary>The key whose public half the JWKS publishes.</summary>
    public RsaSecurityKey SigningKey { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri MetadataUrl => new(BaseAddress, "common/v2.0/.well-known/openid-configuration");

    /// <summary>How often the JWKS was fetched (the validator caches it).</summary>
    public int KeyRequests => _keyRequests;

    public static async Task<FakeEntraId> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var key = NewKey("fake-entra-key-1");
        var entra = new FakeEntraId(app, key);
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext http) => Results.Text(entra.Metadata().ToJsonString(), "application/json"));
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref entra._keyRequests);
            return Results.Text(entra.Keys().ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        entra.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return entra;
    }

    /// <summary>A fresh RSA key that Entra ID does not publish (for "wrong key" tokens).</summary>
    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>The settings that point the bot's validator here.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Meeting:Sso:ClientId"] = ClientId,
        ["Meeting:Sso:AppIdUri"] = AppIdUri,
        ["Meeting:Sso:MetadataUrl"] = MetadataUrl.AbsoluteUri,
    };

    /// <summary>
    /// A token like the one <c>authentication.getAuthToken()</c> gives the page (v2 by default: issuer
    /// <c>https://login.microsoftonline.com/{tid}/v2.0</c>, audience the client id), valid from <paramref name="now"/> for an hour.
    /// </summary>
    public string Token(
        string directoryId, DateTimeOffset now, string? tenantId = null, string? audience = null, string? issuer = null,
        SecurityKey? key = null, TimeSpan? lifetime = null)
    {
        var tid = tenantId ?? TenantId;
        var issuedAt = now - TimeSpan.FromMinutes(5);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tid}/v2.0",
            Audience = audience ?? ClientId,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["oid"] = directoryId,
                ["tid"] = tid,
                ["name"] = "Someone",
                ["scp"] = "access_as_user",
                ["ver"] = issuer?.Contains("sts.windows.net", StringComparison.Ordinal) == true ? "1.0" : "2.0",
            },
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private JsonObject Metadata() => new()
    {
        ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
        ["authorization_endpoint"] = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        ["token_endpoint"] = "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        ["jwks_uri"] = new Uri(BaseAddress, "common/discovery/v2.0/keys").AbsoluteUri,
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private JsonObject Keys()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(SigningKey.Rsa.ExportParameters(false)) { KeyId = SigningKey.KeyId });
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = jwk.Kid,
                ["n"] = jwk.N,
                ["e"] = jwk.E,
            }),
        };
    }
}
