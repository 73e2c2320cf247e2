using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Delivery;

/// <summary>
/// An instance's claim on a message must outlast its longest send: every Teams retry may wait up to
/// <see cref="TeamsOptions.MaxRetryDelay"/>, every attempt up to <see cref="TeamsOptions.MaxThrottleWait"/>
/// for the rate limiter, plus time for the calls themselves. A shorter lease lets a
/// second instance take over a send still in progress, and the person would get the card twice.
/// </summary>
internal sealed class DeliveryLeaseValidator(IOptions<TeamsOptions> teams) : IValidateOptions<DeliveryOptions>
{
    /// <summary>What the Teams calls of one send may take beyond the retry waits.</summary>
    public static readonly TimeSpan CallAllowance = TimeSpan.FromSeconds(5);

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var longestSend = (teams.Value.MaxRetryDelay * teams.Value.MaxRetries) + (teams.Value.MaxThrottleWait * (teams.Value.MaxRetries + 1)) + CallAllowance;
        return options.ClaimLease >= longestSend
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Delivery:ClaimLease is {options.ClaimLease}, shorter than one send may take ({longestSend}: Teams:MaxRetries {teams.Value.MaxRetries} × " +
                $"Teams:MaxRetryDelay {teams.Value.MaxRetryDelay} + (retries + 1) × Teams:MaxThrottleWait {teams.Value.MaxThrottleWait} + {CallAllowance} for the calls). " +
                "Raise the lease or lower the retries.");
    }
}
