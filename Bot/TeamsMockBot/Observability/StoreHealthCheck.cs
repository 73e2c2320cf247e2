using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Observability;

/// <summary>
/// Readiness: the store answers a cheap call. It lists a prefix that holds nothing (one request to
/// blob storage, one directory probe for files), which proves the account, credentials and network
/// without reading anyone's data. The time limit is set where the check is registered.
/// </summary>
public sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    /// <summary>A prefix no document uses, so the probe is cheap and touches no data.</summary>
    public const string ProbePrefix = "health/";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in store.ListKeysAsync(ProbePrefix, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            return HealthCheckResult.Healthy("The document store answered.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason goes to the health report (and the 503 body) by type only: messages may name accounts or paths.
            return HealthCheckResult.Unhealthy($"The document store did not answer ({e.GetType().Name}).", e);
        }
    }
}
