using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Privacy;

/// <summary>
/// "export my data": a card with a download link; the link serves everything stored about the
/// person as JSON, once, before it expires. As an interviewer they get the sessions they ran
/// without the candidate's self-assessment, which is the candidate's own data.
/// </summary>
public sealed class ExportPersonalData(
    SessionScan scan, HistoryBook histories, IDocumentStore store, IOptions<PrivacyOptions> options, TimeProvider time)
{
    public async Task<AdaptiveCard> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var link = new DataExportLink(token, turn.Actor.Id, turn.Actor.Name, time.GetUtcNow() + options.Value.ExportLinkLifetime);
        await store.CreateAsync(DocumentKeys.DataExport(token), link, cancellationToken).ConfigureAwait(false);

        var about = await scan.AboutAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        var url = new Uri(options.Value.PublicBaseUrl, DataExportEndpoint.PathFor(token));
        return DataExportCard.Build(new DataExportCardModel(
            turn.Actor.Name, about.Count(s => s.IsCandidate(turn.Actor.Id)), about.Count(s => !s.IsCandidate(turn.Actor.Id)), url, link.ExpiresAt));
    }

    /// <summary>The export for <paramref name="token"/>, or null when the link is unknown, used or expired.</summary>
    public async Task<JsonObject?> DownloadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 64 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var key = DocumentKeys.DataExport(token);
        var link = await store.ReadAsync<DataExportLink>(key, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return null;
        }

        // One download per link: delete first (with its ETag), so two racing requests cannot both get it.
        try
        {
            await store.DeleteAsync(key, link.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            return null;
        }

        if (link.Value.ExpiresAt < time.GetUtcNow())
        {
            return null;
        }

        var personId = link.Value.PersonId;
        var about = await scan.AboutAsync(personId, cancellationToken).ConfigureAwait(false);
        var history = await histories.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        return new JsonObject
        {
            ["exportedAt"] = time.GetUtcNow(),
            ["person"] = new JsonObject { ["id"] = personId, ["name"] = link.Value.PersonName },
            ["sessionsAsCandidate"] = ToJson(about.Where(s => s.IsCandidate(personId))),
            ["sessionsAsInterviewer"] = ToJson(about.Where(s => !s.IsCandidate(personId)).Select(s => s with { SelfAssessment = null })),
            ["history"] = JsonSerializer.SerializeToNode(history, StoreJson.Options),
        };
    }

    private static JsonArray ToJson(IEnumerable<MockSession> sessions) =>
        new([.. sessions.Select(s => JsonSerializer.SerializeToNode(s, StoreJson.Options))]);
}
