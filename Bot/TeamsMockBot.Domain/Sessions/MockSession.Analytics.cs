using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>Delivery analytics from the session's transcript.</summary>
/// <remarks><see cref="Delivery"/> was added after sessions were first stored; a document without it reads as "no transcript analysed".</remarks>
public sealed partial record MockSession
{
    /// <summary>The newest analysis of the session's transcript; null until one was sent or fetched.</summary>
    public DeliveryAnalytics? Delivery { get; init; }

    /// <summary>How often the bot looked for the Teams meeting's transcript (<see cref="Timing.TimerSchedule.NextTranscriptCheck"/>).</summary>
    public int TranscriptChecks { get; init; }

    /// <summary>One more look for the transcript was made; <paramref name="lookAgain"/> false ends the looking (found, off, unusable).</summary>
    public MockSession RecordTranscriptCheck(bool lookAgain) =>
        this with { TranscriptChecks = lookAgain ? TranscriptChecks + 1 : Timing.TimerSchedule.TranscriptCheckDelays.Count };

    /// <summary>
    /// Where offset 0 of the session's transcript most likely is on the wall clock: the meeting's
    /// start when it was recorded (Teams transcribes from inside the meeting), otherwise the start of
    /// the interview (a student who records themselves starts with the first question). Null before
    /// the interview started.
    /// </summary>
    public DateTimeOffset? TranscriptStartsAt => MeetingStartedAt is { } meeting && StartedAt is { } started && meeting <= started ? meeting : StartedAt;

    /// <summary>Each question that was put to the candidate, as a window into a transcript starting at <paramref name="transcriptStartsAt"/>.</summary>
    public IReadOnlyList<QuestionWindow> QuestionWindows(DateTimeOffset transcriptStartsAt) =>
        Questions
            .Select((q, index) => (q, Number: index + 1))
            .Where(x => x.q.AskedAt is not null)
            .Select(x => new QuestionWindow(
                x.Number,
                x.q.AskedAt!.Value - transcriptStartsAt,
                (x.q.ClosedAt ?? InterviewEndedAt ?? x.q.AskedAt.Value + x.q.Timer.Total) - transcriptStartsAt,
                x.q.Timer.Total))
            .ToList();

    /// <summary>
    /// Keeps <paramref name="analytics"/> as the session's delivery analytics (a newer transcript
    /// replaces an older one). Only for a session whose interview has started: before that there is
    /// nothing a transcript could be of.
    /// </summary>
    public MockSession RecordDelivery(DeliveryAnalytics analytics)
    {
        ArgumentNullException.ThrowIfNull(analytics);
        if (StartedAt is null)
        {
            throw new SessionRuleException("Your newest mock interview hasn't started yet, so there is nothing to match a transcript to. Send it after the interview.");
        }

        return this with { Delivery = analytics };
    }
}
