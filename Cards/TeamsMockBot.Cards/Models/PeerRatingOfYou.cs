namespace TeamsMockBot.Cards.Models;

/// <summary>In a peer mock: how <see cref="FromName"/>, whom the candidate interviewed in the other half, rated them as an interviewer.</summary>
public sealed record PeerRatingOfYou(string FromName, int Score, string Comment);
