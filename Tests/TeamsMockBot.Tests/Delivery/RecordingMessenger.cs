using System.Collections.Concurrent;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;

namespace TeamsMockBot.Tests.Delivery;

/// <summary>
/// A chat platform for the delivery use case alone: records every attempt and answers each with the
/// next queued failure, or accepts it when none is queued (or always fails, with <see cref="AlwaysFail"/>).
/// </summary>
internal sealed class RecordingMessenger : IChatMessenger
{
    private readonly ConcurrentQueue<string> _attempts = new();

    /// <summary>Failures to answer the next attempts with, in order.</summary>
    public ConcurrentQueue<Exception> Failures { get; } = new();

    /// <summary>When set, every attempt fails with it (after the queued failures).</summary>
    public Exception? AlwaysFail { get; set; }

    /// <summary>The card of every attempt, accepted or not.</summary>
    public IReadOnlyList<string> Attempts => [.. _attempts];

    public int Delivered { get; private set; }

    /// <summary>The chat of every attempt to post into a chat (<see cref="IChatMessenger.SendToChatAsync"/>).</summary>
    public ConcurrentQueue<ChatAddress> ChatsPostedTo { get; } = new();

    public Task SendToPersonAsync(string personId, ChatAddress? origin, string cardJson, string? sessionId, CancellationToken cancellationToken) => AttemptAsync(cardJson);

    public Task SendToChatAsync(ChatAddress chat, string cardJson, string? sessionId, CancellationToken cancellationToken)
    {
        ChatsPostedTo.Enqueue(chat);
        return AttemptAsync(cardJson);
    }

    public Task UpdateMessageAsync(SessionCardLocation location, string cardJson, string? sessionId, CancellationToken cancellationToken) => AttemptAsync(cardJson);

    private Task AttemptAsync(string cardJson)
    {
        _attempts.Enqueue(cardJson);
        if (Failures.TryDequeue(out var failure) || (failure = AlwaysFail) is not null)
        {
            return Task.FromException(failure);
        }

        Delivered++;
        return Task.CompletedTask;
    }
}
