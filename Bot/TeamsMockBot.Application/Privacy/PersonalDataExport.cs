using TeamsMockBot.Application.History;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Everything stored about one person, as the "export my data" download serves it.</summary>
/// <param name="SessionsAsInterviewer">Sessions they ran, without the candidate's self-assessment (the candidate's own data).</param>
/// <param name="Invites">The offline calendar invites of their booked sessions, as the .ics link serves them to both people.</param>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    string PersonId,
    string PersonName,
    IReadOnlyList<MockSession> SessionsAsCandidate,
    IReadOnlyList<MockSession> SessionsAsInterviewer,
    StudentHistory History,
    IReadOnlyList<BookingInvite> Invites);
