using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Teams;

/// <summary>
/// Where to reach people and session cards later (proactive messages), kept in the store — never
/// only in memory — so any instance, or the process after a restart, can send.
/// </summary>
public sealed class ConversationBook(IDocumentStore store)
{
    public Task SavePersonalChatAsync(string personId, ConversationReference reference, CancellationToken cancellationToken) =>
        store.UpsertAsync(PersonalKey(personId), new SavedConversation(JsonConvert.SerializeObject(reference), null), cancellationToken);

    public async Task<ConversationReference?> FindPersonalChatAsync(string personId, CancellationToken cancellationToken) =>
        (await FindAsync(PersonalKey(personId), cancellationToken).ConfigureAwait(false))?.Reference;

    public Task SaveSessionCardAsync(string sessionId, ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        // Who clicked is not needed to update the card later, and would keep a person's id beyond "delete my data".
        reference.User = null;
        return store.UpsertAsync(SessionCardKey(sessionId), new SavedConversation(JsonConvert.SerializeObject(reference), activityId), cancellationToken);
    }

    public async Task<(ConversationReference Reference, string ActivityId)?> FindSessionCardAsync(string sessionId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(SessionCardKey(sessionId), cancellationToken).ConfigureAwait(false);
        return found is { ActivityId: { } id } ? (found.Value.Reference, id) : null;
    }

    private async Task<(ConversationReference Reference, string? ActivityId)?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var saved = await store.ReadAsync<SavedConversation>(key, cancellationToken).ConfigureAwait(false);
        return saved is null ? null : (JsonConvert.DeserializeObject<ConversationReference>(saved.Value.Reference)!, saved.Value.ActivityId);
    }

    private static string PersonalKey(string personId) => DocumentKeys.PersonalChat(personId);

    private static string SessionCardKey(string sessionId) => DocumentKeys.SessionCard(sessionId);

    /// <summary>A Bot Framework conversation reference (its own JSON) and, for a card, the message id.</summary>
    public sealed record SavedConversation(string Reference, string? ActivityId);
}
