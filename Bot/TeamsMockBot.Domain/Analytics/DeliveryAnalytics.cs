namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// What a session's transcript says about how the candidate spoke, stored on the session. Counts,
/// times and roles only: no transcript text and no names from the file are kept.
/// </summary>
/// <param name="CandidateFoundByName">False when no speaker carried the candidate's name and the candidate was taken to be the speaker who said most.</param>
/// <param name="Answers">Per question asked, the candidate's speaking time while it was on; empty when the session recorded no question times.</param>
public sealed record DeliveryAnalytics(
    DateTimeOffset AnalysedAt,
    TranscriptSource Source,
    TimeSpan TranscriptLength,
    bool CandidateFoundByName,
    IReadOnlyList<SpeakerDelivery> Speakers,
    IReadOnlyList<AnswerTiming> Answers)
{
    public SpeakerDelivery? Candidate => Speakers.FirstOrDefault(s => s.Role == SpeakerRole.Candidate);

    public SpeakerDelivery? Interviewer => Speakers.FirstOrDefault(s => s.Role == SpeakerRole.Interviewer);
}
