namespace TeamsMockBot.Domain.Sessions;

public sealed partial record MockSession
{
    /// <summary>
    /// The organisation (Microsoft 365 tenant) the session was created in; null for sessions stored
    /// before it was recorded. Nobody from another organisation may use the session, even with its id.
    /// </summary>
    public string? TenantId { get; init; }

    /// <summary>
    /// Whether someone acting from <paramref name="tenantId"/> may use this session. A session with a
    /// recorded tenant: only from that tenant. A session stored before tenants were recorded: only its
    /// own interviewer and candidate (person ids are unique to a tenant, so a stranger from another
    /// organisation is neither), or a turn that names no tenant either (a local run).
    /// </summary>
    public bool IsUsableFrom(string? tenantId, string actorId)
    {
        if (TenantId is not null)
        {
            return string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase);
        }

        return tenantId is null || actorId == Interviewer.Id || actorId == Candidate.Id;
    }
}
