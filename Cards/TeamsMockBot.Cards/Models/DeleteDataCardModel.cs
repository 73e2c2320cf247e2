namespace TeamsMockBot.Cards.Models;

/// <summary>"delete my data": the confirmation before anything is removed.</summary>
public sealed record DeleteDataCardModel(string PersonName, int SessionsAsCandidate, int SessionsAsInterviewer);
