using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Stands in for the Bot Framework channel's key publication
/// (<c>https://login.botframework.com/v1/.well-known/openidconfiguration</c> and its <c>keys</c>, whose
/// keys carry <c>endorsements</c> naming the channels they may sign for), which cannot be reached
/// here, and signs tokens shaped like the ones the Bot Connector sends a bot
/// (issuer <c>https://api.botframework.com</c>, audience the bot's App Id, a <c>serviceurl</c> claim).
/// <para>
/// The SDK fetches this metadata only over https and through its own static <c>HttpClient</c>, so the
/// server listens on https://127.0.0.1 with a certificate made here, and <see cref="LoopbackCertificate"/>
/// makes this test process trust it for as long as the fake runs.
/// </para>
/// </summary>
public sealed class FakeBotFrameworkChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string BotAppId = "5b1f0c2e-7a3d-4e9f-8c21-0d4e6f8a9b10";
    public const string OtherBotAppId = "e2d4c6b8-1a3f-4d5e-9b7c-8f6e4d2c0a19";
    public const string BotTenantId = "3c9e1f7a-2b4d-4e6f-8a0b-1c2d3e4f5a6b";
    public const string OtherTenantId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string AppPassword = "test-app-secret-Zq8~vP3nR7xK1mW5tY9b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly WebApplication _app;
    private readonly LoopbackCertificate _certificate;

    private FakeBotFrameworkChannel(WebApplication app, LoopbackCertificate certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    /// <summary>The key the channel's JWKS publishes, endorsed for <c>msteams</c>.</summary>
    public RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "fake-botframework-key-1" };

    public Uri BaseAddress { get; private set; } = new("https://127.0.0.1/");

    public Uri MetadataUrl => new(BaseAddress, "v1/.well-known/openidconfiguration");

    public static async Task<FakeBotFrameworkChannel> StartAsync()
    {
        var certificate = LoopbackCertificate.CreateTrusted();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate.Certificate })));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeBotFrameworkChannel(app, certificate);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(channel.Metadata().ToJsonString(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () => Results.Text(channel.Keys().ToJsonString(), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        await channel.WaitUntilTrustedAsync();
        return channel;
    }

    /// <summary>
    /// The bot's settings with authentication on: a single-tenant App Id, and the standard Bot Framework
    /// keys that point the SDK's channel validation at this fake instead of login.botframework.com.
    /// </summary>
    public Dictionary<string, string> BotSettings() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = BotAppId,
        ["MicrosoftAppTenantId"] = BotTenantId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.AbsoluteUri,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl.AbsoluteUri,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/" + BotTenantId,
        ["OAuthUrl"] = "https://api.botframework.com",
        ["CallerId"] = "urn:botframework:azure",
        ["Teams:AllowedServiceHosts:0"] = "smba.trafficmanager.net",
    };

    /// <summary>
    /// A token as the Bot Connector signs it for a request to the bot, valid from five minutes before
    /// <paramref name="now"/> for an hour unless told otherwise. Each argument forges one part.
    /// </summary>
    public string Token(
        DateTimeOffset now, string? audience = BotAppId, string? issuer = Issuer, string? serviceUrl = ServiceUrl,
        SecurityKey? key = null, DateTimeOffset? notBefore = null, DateTimeOffset? expires = null, string? tenantId = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        var from = notBefore ?? now - TimeSpan.FromMinutes(5);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = from.UtcDateTime,
            NotBefore = from.UtcDateTime,
            Expires = (expires ?? now + TimeSpan.FromHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The same claims as a valid token, but unsigned (<c>alg: none</c>).</summary>
    public static string UnsignedToken(DateTimeOffset now)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = BotAppId,
            NotBefore = (now - TimeSpan.FromMinutes(5)).UtcDateTime,
            Expires = (now + TimeSpan.FromHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>
    /// .NET re-reads the user's trust store only every few seconds, so a process that built a chain just
    /// before the certificate was added may not trust it at once: wait until a plain HttpClient (as the SDK's) does.
    /// </summary>
    private async Task WaitUntilTrustedAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var client = new HttpClient();
                using var response = await client.GetAsync(MetadataUrl);
                response.EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException) when (attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private JsonObject Metadata() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = new Uri(BaseAddress, "v1/.well-known/keys").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
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
                ["endorsements"] = new JsonArray("msteams"),
            }),
        };
    }
}
