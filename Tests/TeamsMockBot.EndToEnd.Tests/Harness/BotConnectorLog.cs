using System.Text.Json.Nodes;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// Every HTTP call the bot makes to the Teams connector (here the Playground's <c>/_connector</c>),
/// passed through unchanged and recorded with the activity sent and the answer. Lets a test see what
/// the page cannot show: Playground 0.2.28 accepts a proactive message to another person's personal
/// chat (e.g. the interviewer's feedback form) but never displays or streams it.
/// </summary>
public sealed class BotConnectorLog
{
    private readonly List<ConnectorCall> _calls = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Waits for a recorded call that matches (the newest one if several do).</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_calls.LastOrDefault(match) is { } found)
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
                var seen = string.Join("\n", Calls.Select(c => $"  {c.Method} {c.Path} → {c.StatusCode}"));
                throw new TimeoutException($"The bot made no matching connector call. Calls so far:\n{seen}");
            }
        }
    }

    /// <summary>A new handler for one HTTP pipeline (a handler instance cannot be shared between pipelines).</summary>
    internal DelegatingHandler CreateHandler() => new Recorder(this);

    private void Add(ConnectorCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed class Recorder(BotConnectorLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sent = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            string? answer = null;
            if (response.Content is not null)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                answer = await response.Content.ReadAsStringAsync(cancellationToken);
            }

            log.Add(new ConnectorCall(request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, TryParse(sent), TryParse(answer)));
            return response;
        }

        private static JsonNode? TryParse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }
}

/// <summary>One call of the bot to the connector: e.g. <c>POST …/v3/conversations/{id}/activities</c> with the message it sent.</summary>
public sealed record ConnectorCall(string Method, string Path, int StatusCode, JsonNode? Sent, JsonNode? Answer)
{
    private const string Conversations = "/v3/conversations/";

    /// <summary>The conversation the call is about, or null (e.g. creating a conversation).</summary>
    public string? ConversationId
    {
        get
        {
            var start = Path.IndexOf(Conversations, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            var rest = Path[(start + Conversations.Length)..];
            var end = rest.IndexOf('/', StringComparison.Ordinal);
            return Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
        }
    }

    /// <summary>
    /// A message the bot posted (<c>…/activities</c>, or <c>…/activities/{replyToId}</c> for a reply), not an
    /// update, a roster read or a new conversation.
    /// </summary>
    public bool IsNewMessage => Method == "POST" && Path.Contains("/activities", StringComparison.Ordinal);

    /// <summary>The id the connector gave the posted message (its answer's <c>id</c>).</summary>
    public string? MessageId => Answer?["id"]?.GetValue<string>();

    /// <summary>The message as the page would get it, to read its cards' text and button data.</summary>
    public PlaygroundMessage Message => PlaygroundMessage.FromActivity(Method, ConversationId ?? string.Empty, MessageId ?? string.Empty, Sent);
}
