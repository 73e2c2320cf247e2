using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Feedback.Coaching;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The interviewer's feedback form (sent to the interviewer's personal chat). <see cref="Draft"/>
/// holds what was typed so a re-shown form loses nothing; <see cref="Errors"/> is keyed by
/// <see cref="FeedbackPart"/> names. <see cref="Notes"/> are the interviewer's own notes and <see cref="Tags"/> their quick tags, as a reminder.
/// The form rates the competencies <see cref="Rubric"/> gives for <see cref="Track"/>.
/// </summary>
public sealed record FeedbackFormModel(
    string SessionId,
    string CandidateName,
    Track Track,
    string Focus,
    IReadOnlyList<string> QuestionsAsked,
    IReadOnlyList<string> Notes,
    FeedbackDraft Draft,
    IReadOnlyDictionary<string, string> Errors,
    Rubric Rubric)
{
    /// <summary>Sent with the submit so a double click or a retried request is stored once.</summary>
    public string SubmissionId { get; init; } = string.Empty;

    /// <summary>The questions the interviewer quick-tagged, in question order, as a reminder next to the notes.</summary>
    public IReadOnlyList<TaggedQuestion> Tags { get; init; } = [];

    /// <summary>A peer mock: the candidate sees this feedback only once both have sent theirs (double-blind).</summary>
    public bool IsDoubleBlind { get; init; }

    /// <summary>
    /// The coach's flags, keyed by <see cref="FeedbackPart"/> names, shown next to each comment. When
    /// any are present the form offers "Submit anyway" beside "Submit feedback": flags never block.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CoachAdvice>> Advice { get; init; } = new Dictionary<string, IReadOnlyList<CoachAdvice>>();

    /// <summary>The earliest date a step may be due (the interviewer's today); null leaves the date picker open.</summary>
    public DateOnly? Today { get; init; }
}
