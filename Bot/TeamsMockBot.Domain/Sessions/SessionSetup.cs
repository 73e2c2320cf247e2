using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>What the session practises and how long it runs.</summary>
public sealed record SessionSetup(Track Track, string Focus, InterviewFormat Format, int LengthMinutes, int QuestionCount)
{
    public const int DefaultLengthMinutes = 60;
    public const int DefaultQuestionCount = 5;
    public const int MaxFocusLength = 200;
    public const int MinLengthMinutes = 15;
    public const int MaxLengthMinutes = 120;
    public const int MaxQuestionCount = 12;

    /// <summary>
    /// The split of the length the guide recommends: about two thirds interviewing, five minutes
    /// for the candidate's own questions, the rest for feedback.
    /// </summary>
    public static TimeSpan CandidateQuestionsTime { get; } = TimeSpan.FromMinutes(5);

    public TimeSpan FeedbackTime => TimeSpan.FromMinutes(Math.Max(5, (int)Math.Round(LengthMinutes * 0.3)));

    public TimeSpan InterviewTime => TimeSpan.FromMinutes(LengthMinutes) - CandidateQuestionsTime - FeedbackTime;

    /// <summary>Problems with the setup, keyed by field name; empty when it can be used.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (Focus.Length > MaxFocusLength)
        {
            errors["focus"] = $"Keep the focus under {MaxFocusLength} characters.";
        }

        if (LengthMinutes is < MinLengthMinutes or > MaxLengthMinutes)
        {
            errors["length"] = $"Pick a length between {MinLengthMinutes} and {MaxLengthMinutes} minutes.";
        }

        if (QuestionCount is < 1 or > MaxQuestionCount)
        {
            errors["questions"] = $"Pick between 1 and {MaxQuestionCount} questions.";
        }

        return errors;
    }
}
