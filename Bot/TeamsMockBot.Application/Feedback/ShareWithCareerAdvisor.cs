using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// "Share with my career advisor": a copy of the feedback card goes to each career-center staff
/// member in <c>Privacy:StaffIds</c>, through durable delivery (recorded before the share is saved,
/// so a crash or a Teams outage still delivers it; one key per advisor and session, so a second click
/// sends nothing twice). The student's card then says who it went to.
/// </summary>
public sealed class ShareWithCareerAdvisor(ISessionStore sessions, FeedbackReportView reports, OutboundDelivery delivery, TimeProvider time)
{
    public static string ShareKey(string sessionId, string staffId) => $"feedback-share/{sessionId}/{staffId}";

    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var session = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var staff = reports.StaffIds;
        // The same rules as the save below, checked before anything is queued: only the student, only a delivered card, only with staff set up.
        var shared = session.ShareWithStaff(turn.Actor.Id, staff, time.GetUtcNow());
        var partner = await reports.PartnerAsync(session, cancellationToken).ConfigureAwait(false);

        var copy = reports.ForAdvisor(session, partner);
        var copies = staff.Select(id => OutboundMessage.ToPerson(ShareKey(session.Id, id), id, session.Id, copy)).ToList();
        foreach (var message in copies)
        {
            await delivery.RecordAsync(message, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            shared = await sessions.UpdateAsync(sessionId, s => s.ShareWithStaff(turn.Actor.Id, staff, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException)
        {
            shared = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false); // shared by a click racing this one
        }

        var arrived = await delivery.DeliverRecordedAsync(copies, cancellationToken).ConfigureAwait(false);
        return new CardResult(reports.ForStudent(shared, partner, shareOnItsWay: !arrived));
    }
}
