namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The key that signs panel links when none is configured: made once and kept in the store, so links
/// survive a restart and any instance accepts a link another one made.
/// </summary>
public interface IPanelLinkKeyStore
{
    /// <summary>The stored key; the first caller creates it, a racing second caller gets the same one.</summary>
    Task<byte[]> GetOrCreateAsync(CancellationToken cancellationToken);
}
