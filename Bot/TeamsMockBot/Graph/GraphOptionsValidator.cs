using Microsoft.Extensions.Options;

namespace TeamsMockBot.Graph;

/// <summary>The checks data annotations cannot express, so a bad Graph setting stops the start with a message naming the setting. Secrets are never echoed.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasManagedIdentity = !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId);
        var hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var hasAppRegistration = !string.IsNullOrWhiteSpace(options.ClientId) || hasSecret || hasCertificate;

        if (!options.BaseUrl.IsAbsoluteUri || !(options.BaseUrl.Scheme == Uri.UriSchemeHttps || (options.BaseUrl.Scheme == Uri.UriSchemeHttp && options.BaseUrl.IsLoopback)))
        {
            failures.Add($"Graph:BaseUrl '{options.BaseUrl}' must be an absolute https URL such as {GraphOptions.DefaultBaseUrl} (http only for this machine).");
        }

        if (hasManagedIdentity && hasAppRegistration)
        {
            failures.Add("Set either Graph:ManagedIdentityClientId or an app registration (Graph:TenantId, Graph:ClientId, Graph:ClientSecret or Graph:CertificatePath), not both.");
        }

        if (hasAppRegistration)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add("An app registration for Graph needs both Graph:TenantId and Graph:ClientId.");
            }

            if (hasSecret == hasCertificate)
            {
                failures.Add("An app registration for Graph needs exactly one of Graph:ClientSecret or Graph:CertificatePath.");
            }

            if (hasCertificate && !File.Exists(options.CertificatePath))
            {
                failures.Add($"Graph:CertificatePath '{options.CertificatePath}' does not exist.");
            }
        }

        if (!options.HasCredential && !string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Graph:TenantId is set but no Graph credential is: add Graph:ClientId with Graph:ClientSecret or Graph:CertificatePath, or use Graph:ManagedIdentityClientId.");
        }

        if (options.Transcripts && !options.HasCredential)
        {
            failures.Add("Graph:Transcripts needs a Graph credential (Graph:ManagedIdentityClientId or an app registration).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
