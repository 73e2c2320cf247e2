using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Who counts as career-center staff, from <see cref="PrivacyOptions.StaffIds"/>.</summary>
public sealed class StaffDirectory(IOptions<PrivacyOptions> options)
{
    public bool IsStaff(ChatTurn turn) =>
        options.Value.StaffIds.Any(id =>
            string.Equals(id, turn.Actor.Id, StringComparison.OrdinalIgnoreCase) ||
            (turn.DirectoryId is { Length: > 0 } directoryId && string.Equals(id, directoryId, StringComparison.OrdinalIgnoreCase)));
}
