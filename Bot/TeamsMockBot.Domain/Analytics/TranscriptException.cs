namespace TeamsMockBot.Domain.Analytics;

/// <summary>A file that is not a usable transcript; the message is written for the student who sent it.</summary>
public sealed class TranscriptException(TranscriptProblem problem, string message) : Exception(message)
{
    public TranscriptProblem Problem { get; } = problem;
}
