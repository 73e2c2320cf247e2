namespace TeamsMockBot.Storage;

/// <summary>
/// One writer at a time per key, within one process. Not what keeps data safe (ETags do that,
/// across instances too) but what keeps a burst of clicks on one session from turning into a
/// crowd of writers that keep invalidating each other's ETag until some run out of attempts.
/// Holds no data: an entry exists only while someone is inside or waiting.
/// </summary>
internal sealed class KeyedGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry(key);
                _entries[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(entry);
            throw;
        }

        return new Lease(this, entry);
    }

    private void Leave(Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(entry.Key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Inside plus waiting; guarded by the owner's lock.</summary>
        public int Users { get; set; }
    }

    private sealed class Lease(KeyedGate owner, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(entry);
            }
        }
    }
}
