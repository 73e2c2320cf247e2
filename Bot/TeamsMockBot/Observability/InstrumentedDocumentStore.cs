using System.Diagnostics;
using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Observability;

/// <summary>
/// Wraps whichever <see cref="IDocumentStore"/> the configuration selected (files, blobs) with a
/// span and a count/duration per call, tagged by operation, collection (the key's first segment,
/// never the whole key: keys carry ids) and outcome: <c>ok</c>, <c>not_found</c>, <c>conflict</c>,
/// <c>cancelled</c> or <c>error</c>. A conflict is normal under the ETag loop, so it is not an error.
/// Registered around the selected store by <see cref="ObservabilityServiceCollectionExtensions"/>.
/// </summary>
public sealed class InstrumentedDocumentStore(IDocumentStore inner, BotMetrics metrics) : IDocumentStore
{
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string Cancelled = "cancelled";
    public const string Error = "error";

    /// <summary>The store this one reports on.</summary>
    public IDocumentStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public async Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
    {
        using var call = Start("read", key);
        var found = await call.Run(() => Inner.ReadAsync<T>(key, cancellationToken)).ConfigureAwait(false);
        call.Outcome = found is null ? NotFound : TurnTelemetry.Ok;
        return found;
    }

    public async Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        using var call = Start("create", key);
        return await call.Run(() => Inner.CreateAsync(key, value, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
    {
        using var call = Start("replace", key);
        return await call.Run(() => Inner.ReplaceAsync(key, value, etag, cancellationToken)).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        using var call = Start("delete", key);
        await call.Run(async () => { await Inner.DeleteAsync(key, etag, cancellationToken).ConfigureAwait(false); return true; }).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One span for the whole listing, however many pages it takes. The span spans the caller's loop too;
        // the duration metric counts only the time spent inside the store (see StoreCall.Run).
        using var call = Start("list", prefix);
        // Inside Run, so a store that throws before its first page is counted as an error too.
        await using var keys = await call.Run(() => Task.FromResult(Inner.ListKeysAsync(prefix, cancellationToken).GetAsyncEnumerator(cancellationToken))).ConfigureAwait(false);
        while (true)
        {
            if (!await call.Run(() => keys.MoveNextAsync().AsTask()).ConfigureAwait(false))
            {
                yield break;
            }

            yield return keys.Current;
        }
    }

    private StoreCall Start(string operation, string key) => new(metrics, operation, CollectionOf(key));

    /// <summary>"sessions/abc" → "sessions"; "chats/personal/x" → "chats". A bounded set, safe as a metric tag.</summary>
    private static string CollectionOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? key : key[..slash];
        return first.Length is > 0 and <= 32 ? first : "other";
    }

    /// <summary>One call in flight: its span, its clock and its outcome (ok unless told otherwise).</summary>
    private sealed class StoreCall : IDisposable
    {
        private readonly BotMetrics _metrics;
        private readonly string _operation;
        private readonly string _collection;
        private readonly Activity? _span;
        private TimeSpan _inStore;

        public StoreCall(BotMetrics metrics, string operation, string collection)
        {
            _metrics = metrics;
            _operation = operation;
            _collection = collection;
            // A span only inside a traced operation (a turn, a proactive send): the timer sweep lists the
            // store every few seconds, and a root span for each pass would bury the turns. Metrics count every call.
            _span = Activity.Current is null ? null : Telemetry.Source.StartActivity($"store {operation}", ActivityKind.Client);
            _span?.SetTag(TelemetryTags.StoreOperation, operation);
            _span?.SetTag(TelemetryTags.StoreCollection, collection);
        }

        public string Outcome { get; set; } = TurnTelemetry.Ok;

        public async Task<T> Run<T>(Func<Task<T>> call)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (DocumentConflictException)
            {
                Outcome = Conflict;
                throw;
            }
            catch (OperationCanceledException)
            {
                Outcome = Cancelled;
                throw;
            }
            catch (Exception e)
            {
                Outcome = Error;
                _span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                _span?.AddException(e);
                throw;
            }
            finally
            {
                _inStore += Stopwatch.GetElapsedTime(started);
            }
        }

        public void Dispose()
        {
            _metrics.StoreCalled(_operation, _collection, Outcome, _inStore);
            _span?.SetTag(TelemetryTags.Outcome, Outcome);
            _span?.Dispose();
        }
    }
}
