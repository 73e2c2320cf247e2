using Microsoft.Extensions.Options;

namespace TeamsMockBot.Teams;

/// <summary>Checks what data annotations cannot: every allowed service host is a bare host name, and no tenant id is blank.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        foreach (var host in options.AllowedServiceHosts ?? [])
        {
            if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6) || host.Contains('/', StringComparison.Ordinal))
            {
                failures.Add($"Teams:AllowedServiceHosts has '{host}', which is not a host name (write e.g. smba.trafficmanager.net, without https:// or a path).");
            }
        }

        foreach (var tenant in options.AllowedTenantIds)
        {
            if (string.IsNullOrWhiteSpace(tenant))
            {
                failures.Add("Teams:AllowedTenantIds has an empty entry; remove it or write the tenant id.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
