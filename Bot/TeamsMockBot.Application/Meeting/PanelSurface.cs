namespace TeamsMockBot.Application.Meeting;

/// <summary>Where a meeting page is shown.</summary>
public enum PanelSurface
{
    /// <summary>The person's own side panel (or their browser, from a signed link).</summary>
    SidePanel,

    /// <summary>The meeting stage, shared with everyone in the meeting: never the interviewer's material.</summary>
    Stage,
}
