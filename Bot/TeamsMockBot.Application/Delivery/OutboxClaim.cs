namespace TeamsMockBot.Application.Delivery;

/// <summary>A message one instance has claimed for a short lease, so no other sends it meanwhile.</summary>
/// <param name="Attempts">Attempts before this one.</param>
/// <param name="Version">The stored version claimed; completing or releasing checks it is unchanged.</param>
public sealed record OutboxClaim(OutboundMessage Message, int Attempts, string Version);
