using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// Analyses a transcript against a session — its people and the question marks recorded while it
/// ran — and keeps the result on the session. The text is parsed before anything is read or
/// written, so a file that is not a transcript changes nothing.
/// </summary>
public sealed class SessionTranscripts(ISessionStore sessions, TimeProvider time)
{
    /// <exception cref="TranscriptException">The text is not a usable transcript; nothing was stored.</exception>
    public async Task<MockSession> AnalyseAsync(string sessionId, string vtt, TranscriptSource source, CancellationToken cancellationToken)
    {
        var transcript = WebVttParser.Parse(vtt);
        var now = time.GetUtcNow();
        return await sessions.UpdateAsync(sessionId, session => session.RecordDelivery(Analyse(session, transcript, source, now)), cancellationToken).ConfigureAwait(false);
    }

    private static DeliveryAnalytics Analyse(MockSession session, Transcript transcript, TranscriptSource source, DateTimeOffset now)
    {
        var windows = session.TranscriptStartsAt is { } start ? session.QuestionWindows(start) : [];
        return DeliveryAnalyser.Analyse(transcript, session.Candidate.Name, session.IsSolo ? null : session.Interviewer.Name, windows, source, now);
    }
}
