using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>One-time "export my data" links.</summary>
public interface IExportLinkStore
{
    Task CreateAsync(DataExportLink link, CancellationToken cancellationToken);

    /// <summary>
    /// Removes and returns the link; null when it is unknown or another request took it first, so
    /// a link serves one download however many requests race for it.
    /// </summary>
    Task<DataExportLink?> TakeAsync(string token, CancellationToken cancellationToken);

    Task DeleteForPersonAsync(string personId, CancellationToken cancellationToken);
}
