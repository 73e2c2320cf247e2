using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Models;

/// <summary>The candidate's self-assessment on the same rubric (<see cref="Rubric"/> for <see cref="Track"/>), given before they see any feedback.</summary>
public sealed record SelfAssessmentFormModel(
    string SessionId,
    string CandidateName,
    string? InterviewerName,
    Track Track,
    IReadOnlyList<string> QuestionsAsked,
    SelfAssessmentDraft Draft,
    IReadOnlyDictionary<string, string> Errors,
    Rubric Rubric)
{
    /// <summary>Sent with the submit so a double click or a retried request is stored once.</summary>
    public string SubmissionId { get; init; } = string.Empty;

    /// <summary>A peer mock: the candidate also rates <see cref="InterviewerName"/> as an interviewer (1–4 and one comment).</summary>
    public bool RatesInterviewer { get; init; }
}
