using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SdkGraphClientFactory = Microsoft.Graph.GraphClientFactory;

namespace TeamsMockBot.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> of the process: the configured credential, the SDK's
/// default middleware with its retry handler set to <see cref="GraphOptions.MaxRetries"/> (429 / 503 / 504,
/// waiting Graph's <c>Retry-After</c>), and an HttpClient timeout that bounds each call, retries included.
/// </summary>
internal static class GraphClientFactory
{
    public static GraphServiceClient Create(GraphOptions options)
    {
        var handlers = SdkGraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<RetryHandler>().FirstOrDefault();
        // A Retry-After that would outlast the timeout is not waited for: the 429 comes back at once (a "busy, try later" card).
        var configured = new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = 1, RetriesTimeLimit = options.RequestTimeout });
        if (retry is null)
        {
            handlers.Add(configured);
        }
        else
        {
            handlers[handlers.IndexOf(retry)] = configured;
        }

        var http = SdkGraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.Timeout = options.RequestTimeout;
        var baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/');
        var authentication = new AzureIdentityAuthenticationProvider(Credential(options), [options.BaseUrl.Host], scopes: [options.Scope]);
        return new GraphServiceClient(http, authentication, baseUrl);
    }

    /// <summary>The managed identity when its client id is set, otherwise the app registration's secret or certificate.</summary>
    public static TokenCredential Credential(GraphOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
