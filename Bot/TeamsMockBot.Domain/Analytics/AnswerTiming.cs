namespace TeamsMockBot.Domain.Analytics;

/// <summary>How long the candidate spoke while question <see cref="QuestionNumber"/> was on, against the time it allowed.</summary>
public sealed record AnswerTiming(int QuestionNumber, TimeSpan Allowed, TimeSpan Spoken)
{
    public bool IsOverTime => Spoken > Allowed;
}
