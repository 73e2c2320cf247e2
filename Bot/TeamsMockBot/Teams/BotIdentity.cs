using Microsoft.Extensions.Configuration;

namespace TeamsMockBot.Teams;

/// <summary>
/// The bot's App Id from configuration; empty means a local run with authentication off. A
/// single-tenant bot (<c>MicrosoftAppType=SingleTenant</c>) also names its tenant
/// (<c>MicrosoftAppTenantId</c>) and serves no other.
/// </summary>
public sealed class BotIdentity(IConfiguration configuration)
{
    public string AppId { get; } = configuration["MicrosoftAppId"] ?? string.Empty;

    public string TenantId { get; } = configuration["MicrosoftAppTenantId"] ?? string.Empty;

    public bool IsAuthenticated => AppId.Length > 0;

    public string AppType { get; } = configuration["MicrosoftAppType"] ?? "MultiTenant";

    public bool IsSingleTenant => IsAuthenticated && AppType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase);
}
