using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Application.Meeting;

/// <summary>Settings of the meeting pages' signed links (<c>Meeting:*</c>). Teams sign-on settings are the host's (<c>Meeting:Sso:*</c>).</summary>
public sealed class MeetingPanelOptions : IValidatableObject
{
    public const string Section = "Meeting";

    /// <summary>How long a panel link works after the bot made it. Default 2 hours: a 60-minute mock opened a little early, with time to spare.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan PanelLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs panel links; a secret, so from the environment or
    /// Key Vault, never source. Empty (default): a key is generated once and kept in the store.
    /// </summary>
    public string? PanelLinkKey { get; set; }

    /// <summary>The configured key's bytes, or null when the store's key is used.</summary>
    public byte[]? ConfiguredKey() => string.IsNullOrWhiteSpace(PanelLinkKey) ? null : Convert.FromBase64String(PanelLinkKey.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(PanelLinkKey))
        {
            yield break;
        }

        byte[]? key = null;
        try
        {
            key = ConfiguredKey();
        }
        catch (FormatException)
        {
            // reported below
        }

        if (key is not { Length: >= 32 })
        {
            yield return new ValidationResult("Meeting:PanelLinkKey must be base64 of at least 32 random bytes (e.g. openssl rand -base64 32).", [nameof(PanelLinkKey)]);
        }
    }
}
