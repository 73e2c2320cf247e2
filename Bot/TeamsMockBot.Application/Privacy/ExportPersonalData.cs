using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Application.Privacy;

/// <summary>
/// "export my data": a card with a download link; the link serves everything stored about the
/// person, once, before it expires. As an interviewer they get the sessions they ran without the
/// candidate's self-assessment, which is the candidate's own data.
/// </summary>
public sealed class ExportPersonalData(
    ISessionStore sessions, IHistoryStore histories, IExportLinkStore links, IBookingInvites invites, IOptions<PrivacyOptions> options, TimeProvider time)
{
    public const string DownloadPath = "/privacy/exports/";

    public async Task<AdaptiveCard> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        PersonalChatOnly.Require(turn, "For your privacy, ask me that in our personal chat, not here.");
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var link = new DataExportLink(token, turn.Actor.Id, turn.Actor.Name, time.GetUtcNow() + options.Value.ExportLinkLifetime);
        await links.CreateAsync(link, cancellationToken).ConfigureAwait(false);

        var about = await sessions.FindByPersonAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        var url = new Uri(options.Value.PublicBaseUrl, DownloadPath + token);
        return DataExportCard.Build(new DataExportCardModel(
            turn.Actor.Name, about.Count(s => s.IsCandidate(turn.Actor.Id)), about.Count(s => !s.IsCandidate(turn.Actor.Id)), url, link.ExpiresAt));
    }

    /// <summary>The export for <paramref name="token"/>, or null when the link is unknown, used or expired.</summary>
    public async Task<PersonalDataExport?> DownloadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 64 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        // One download per link: the link is taken first, so two racing requests cannot both get it.
        var link = await links.TakeAsync(token, cancellationToken).ConfigureAwait(false);
        if (link is null || link.ExpiresAt < time.GetUtcNow())
        {
            return null;
        }

        var personId = link.PersonId;
        var about = await sessions.FindByPersonAsync(personId, cancellationToken).ConfigureAwait(false);
        var history = await histories.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        var booked = new List<BookingInvite>();
        foreach (var session in about.Where(s => s.Booking is not null))
        {
            if (await invites.FindAsync(session.Booking!.EventId, cancellationToken).ConfigureAwait(false) is { } invite)
            {
                booked.Add(invite);
            }
        }

        return new PersonalDataExport(
            time.GetUtcNow(),
            personId,
            link.PersonName,
            about.Where(s => s.IsCandidate(personId)).ToList(),
            about.Where(s => !s.IsCandidate(personId)).Select(s => s with { SelfAssessment = null }).ToList(),
            history,
            booked);
    }
}
