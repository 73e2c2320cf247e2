using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// The embedded default store: one JSON file per document under a folder. Writes go to a temp
/// file then rename over the target (atomic on one file system), and every conditional write holds
/// an exclusive lock file, so two hosts sharing the folder cannot interleave a check and a write.
/// The ETag is a hash of the file's bytes; the bytes are <see cref="DocumentSerializer"/>'s, the same
/// as in blob storage, so a folder and a container hold identical documents.
/// </summary>
/// <param name="timeProvider">Times the wait for a busy lock file (default: the system clock). It waits
/// on another writer's file handle, so it needs a clock that moves by itself: the host passes
/// <see cref="TimeProvider.System"/> even where the app runs on a fake clock.</param>
public sealed class FileDocumentStore(string root, DocumentSerializer? serializer = null, TimeProvider? timeProvider = null) : IDocumentStore
{
    /// <summary>How long a write waits for another writer's lock on the same document before it fails.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    private readonly DocumentSerializer _serializer = serializer ?? DocumentSerializer.Default;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public string Root { get; } = Path.GetFullPath(root);

    public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
    {
        var bytes = ReadBytes(PathFor(key), cancellationToken);
        return Task.FromResult(bytes is null ? null : new StoredDocument<T>(_serializer.Deserialize<T>(key, bytes), ETagOf(bytes)));
    }

    public async Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var bytes = _serializer.Serialize(key, value);
        using (await LockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (File.Exists(path))
            {
                throw new DocumentConflictException(key);
            }

            WriteAtomically(path, bytes, cancellationToken);
        }

        return ETagOf(bytes);
    }

    public async Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var bytes = _serializer.Serialize(key, value);
        using (await LockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var current = ReadBytes(path, cancellationToken);
            if (current is null || ETagOf(current) != etag)
            {
                throw new DocumentConflictException(key);
            }

            WriteAtomically(path, bytes, cancellationToken);
        }

        return ETagOf(bytes);
    }

    public async Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        using (await LockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var current = ReadBytes(path, cancellationToken);
            if (current is null)
            {
                return;
            }

            if (etag is not null && ETagOf(current) != etag)
            {
                throw new DocumentConflictException(key);
            }

            File.Delete(path);
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!DocumentKeys.IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid key prefix.", nameof(prefix));
        }

        // Only walk the folder the prefix names (e.g. "timers/"), not the whole store: the timer sweep lists every few seconds.
        var folder = Path.Combine(Root, prefix[..(prefix.LastIndexOf('/') + 1)].Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var keys = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f)[..^".json".Length].Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && DocumentKeys.IsValid(k))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private string PathFor(string key) =>
        DocumentKeys.IsValid(key)
            ? Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar) + ".json")
            : throw new ArgumentException($"'{key}' is not a valid document key.", nameof(key));

    private static string ETagOf(byte[] bytes) => "\"" + Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";

    // Small local files are read and written synchronously on purpose: on Linux .NET's async file
    // I/O hands each call to the thread pool, and those hops cost more than the I/O itself
    // (measured with Tests/TeamsMockBot.Benchmarks: about 2.5 ms per card action under load).
    private static byte[]? ReadBytes(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static void WriteAtomically(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
        {
            file.Write(bytes);
            // On disk before the rename: after a power cut the document is the old one or the new one,
            // never an empty file that the rename made current before its bytes were written.
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    // An exclusive lock file per document: works across threads, hosts and processes on one machine.
    // Lock files are left in place: deleting them on close would let two writers lock different inodes.
    private async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = _time.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (_time.GetElapsedTime(started) < LockTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5)), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
