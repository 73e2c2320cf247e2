using Microsoft.Extensions.Options;

namespace TeamsMockBot.Meeting;

/// <summary>Stops the start on sign-on settings that would silently accept or refuse every token.</summary>
public sealed class TeamsSsoOptionsValidator : IValidateOptions<TeamsSsoOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsSsoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var url = options.MetadataUrl;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add("Meeting:Sso:MetadataUrl must be an https URL (http only on loopback, for tests).");
        }

        if (!options.Enabled && !string.IsNullOrWhiteSpace(options.AppIdUri))
        {
            failures.Add("Meeting:Sso:AppIdUri is set but Meeting:Sso:ClientId is not; set both (webApplicationInfo id and resource).");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("Meeting:Sso:ClockSkew must be between 0 and 10 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
