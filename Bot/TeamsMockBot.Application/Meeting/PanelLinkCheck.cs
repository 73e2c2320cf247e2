namespace TeamsMockBot.Application.Meeting;

/// <summary>The outcome of reading a panel link token: the link, or why it was refused (for the log; the caller only sees 401).</summary>
public sealed record PanelLinkCheck(PanelLink? Link, string? Refusal)
{
    public static PanelLinkCheck Valid(PanelLink link) => new(link, null);

    public static PanelLinkCheck Refused(string reason) => new(null, reason);
}
