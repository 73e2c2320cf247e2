using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// The feedback card as the student sees it (with "Mark done" and, when staff are configured,
/// "Share with my career advisor") and the copy a career advisor receives. Built from the session
/// every time, so the card always shows what is stored: done steps, whether it was shared.
/// </summary>
public sealed class FeedbackReportView(SessionViews views, ISessionStore sessions, IOptions<PrivacyOptions> privacy)
{
    /// <summary>The career-center staff a student can share feedback with (<c>Privacy:StaffIds</c>).</summary>
    public IReadOnlyList<string> StaffIds =>
        privacy.Value.StaffIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>In a peer mock, the other half (its self-assessment rated this candidate as an interviewer).</summary>
    public async Task<MockSession?> PartnerAsync(MockSession session, CancellationToken cancellationToken) =>
        session.Peer is { } peer ? await sessions.FindAsync(peer.PartnerSessionId, cancellationToken).ConfigureAwait(false) : null;

    /// <summary>
    /// The student's card model: the report, with how they spoke when the session has delivery
    /// analytics, and "Book the next mock" (the schedule form with the same two people and track)
    /// unless it was solo practice, which has no one to book with.
    /// </summary>
    public FeedbackReportCardModel StudentModel(MockSession session, MockSession? partner, bool shareOnItsWay = false)
    {
        var staff = StaffIds;
        var shared = session.SharedWithStaff.Count > 0 ? session.SharedWithStaff[^1] : null;
        return views.ReportModel(session, partner) with
        {
            Delivery = session.Delivery,
            BookNextMock = session.IsSolo ? null
                : new ReportAction("Book the next mock", CardVerbs.ShowSchedule, new Dictionary<string, object> { [CardInputs.FromSession] = session.Id }),
            Sharing = shared is not null ? new ReportSharing(shared.StaffIds.Count, shared.At, shareOnItsWay)
                : staff.Count > 0 ? new ReportSharing(staff.Count)
                : null,
        };
    }

    public AdaptiveCard ForStudent(MockSession session, MockSession? partner, bool shareOnItsWay = false) =>
        FeedbackReportCard.Build(StudentModel(session, partner, shareOnItsWay));

    /// <summary>The advisor's copy: the same report, without the student's buttons.</summary>
    public AdaptiveCard ForAdvisor(MockSession session, MockSession? partner) =>
        FeedbackReportCard.Build(views.ReportModel(session, partner) with { IsStaffCopy = true, Delivery = session.Delivery });
}
