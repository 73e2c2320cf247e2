using Microsoft.Extensions.Configuration;

namespace TeamsMockBot.Teams;

/// <summary>The bot's App Id from configuration; empty means a local run with authentication off.</summary>
public sealed class BotIdentity(IConfiguration configuration)
{
    public string AppId { get; } = configuration["MicrosoftAppId"] ?? string.Empty;

    public bool IsAuthenticated => AppId.Length > 0;
}
