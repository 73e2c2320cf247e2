using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// Listens to the Playground's own WebSocket (<c>/_ws_conversation/v1/conversations/stream</c>, the
/// one its page uses) and keeps every bot message created or updated while connected. Lets a test
/// see what the bot posts without a browser. Undocumented API of the pinned version 0.2.28.
/// </summary>
public sealed class PlaygroundFeed : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly Lock _gate = new();
    private Task _receiving = Task.CompletedTask;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _lastMessageAt = DateTimeOffset.UtcNow;

    /// <summary>Every create and update event so far, oldest first.</summary>
    public IReadOnlyList<PlaygroundMessage> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<PlaygroundFeed> ConnectAsync(Uri playground)
    {
        var stream = new PlaygroundFeed();
        var uri = new UriBuilder(new Uri(playground, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        await stream._socket.ConnectAsync(uri, CancellationToken.None);
        stream._receiving = stream.ReceiveAsync();
        return stream;
    }

    /// <summary>The latest state of each message (an update replaces what was created), in order of creation.</summary>
    public IReadOnlyList<PlaygroundMessage> Messages(string? conversationId = null) =>
        Events.Where(m => conversationId is null || m.ConversationId == conversationId)
            .GroupBy(m => m.MessageId)
            .Select(g => g.Last())
            .ToList();

    /// <summary>Waits for an event (created or updated message) after the first <paramref name="skip"/> events that matches.</summary>
    public async Task<PlaygroundMessage> WaitForAsync(Func<PlaygroundMessage, bool> match, int skip = 0, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _messages.Skip(skip).LastOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("\n", Events.Skip(skip).Select(m => $"  {m.Action} {m.MessageId}: {Shorten(m.AllText)}"));
                throw new TimeoutException($"No matching bot message arrived. Seen since event {skip}:\n{seen}");
            }
        }
    }

    /// <summary>Waits until no bot message has arrived for <paramref name="quiet"/> (e.g. after a page load's welcome cards).</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan? timeout = null)
    {
        var give = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTimeOffset.UtcNow < give)
        {
            DateTimeOffset last;
            lock (_gate)
            {
                last = _lastMessageAt;
            }

            var wait = last + quiet - DateTimeOffset.UtcNow;
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait);
        }

        throw new TimeoutException("The bot kept posting; the chat never went quiet.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length);
            frame.SetLength(0);
            var message = PlaygroundMessage.FromEvent(JsonNode.Parse(text));
            if (message is null)
            {
                continue;
            }

            lock (_gate)
            {
                _messages.Add(message);
                _lastMessageAt = DateTimeOffset.UtcNow;
                _changed.TrySetResult();
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 160 ? oneLine : oneLine[..160] + "…";
    }
}
