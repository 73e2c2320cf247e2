namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Who a transcript's speaker is in the session. Analytics keep roles, never the names written in
/// the file: the names are only used to tell the two people apart and are not stored.
/// </summary>
public enum SpeakerRole
{
    Candidate,
    Interviewer,
    /// <summary>Anyone else, and speech no voice tag names; all of them together.</summary>
    Other,
}
