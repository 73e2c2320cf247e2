namespace TeamsMockBot.Meeting;

/// <summary>A validated Teams token's person (directory object id and tenant), or why the token was refused (for the log).</summary>
public sealed record SsoCheck(string? DirectoryId, string? TenantId, string? Refusal)
{
    public static SsoCheck Valid(string directoryId, string tenantId) => new(directoryId, tenantId, null);

    public static SsoCheck Refused(string reason) => new(null, null, reason);
}
