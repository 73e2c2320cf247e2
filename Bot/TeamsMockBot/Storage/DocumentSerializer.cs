using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// The bytes of every stored document, shared by all stores so they agree exactly: the value as
/// <see cref="StoreJson"/> JSON with <c>"schemaVersion": N</c> as its first property, at most
/// <see cref="MaxDocumentBytes"/>. Reading checks the version: the current one deserializes
/// directly, an older one is upgraded step by step (<see cref="DocumentSchemas"/>), anything else is
/// refused as corrupt so that no store ever overwrites a document it does not understand.
/// </summary>
public sealed class DocumentSerializer(DocumentSchemas schemas, int maxDocumentBytes = DocumentSerializer.DefaultMaxDocumentBytes)
{
    public const string VersionProperty = "schemaVersion";

    /// <summary>1 MiB: a session with every note and feedback version is a few KB; anything near this is a bug or abuse.</summary>
    public const int DefaultMaxDocumentBytes = 1024 * 1024;

    public static DocumentSerializer Default { get; } = new(DocumentSchemas.Default);

    public DocumentSchemas Schemas { get; } = schemas ?? throw new ArgumentNullException(nameof(schemas));

    public int MaxDocumentBytes { get; } = maxDocumentBytes > 0
        ? maxDocumentBytes
        : throw new ArgumentOutOfRangeException(nameof(maxDocumentBytes), maxDocumentBytes, "The size limit must be positive.");

    /// <summary>The document's bytes; throws <see cref="DocumentTooLargeException"/> before anything is written.</summary>
    public byte[] Serialize<T>(string key, T value)
    {
        if (JsonSerializer.SerializeToNode(value, StoreJson.Options) is not JsonObject document)
        {
            throw new ArgumentException($"Only JSON objects can be stored; a {typeof(T).Name} is not one.", nameof(value));
        }

        if (document.ContainsKey(VersionProperty))
        {
            throw new ArgumentException($"'{VersionProperty}' is reserved for the store; {typeof(T).Name} must not have such a property.", nameof(value));
        }

        document.Insert(0, VersionProperty, Schemas.CurrentVersionOf(typeof(T)));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, StoreJson.Options);
        return bytes.Length <= MaxDocumentBytes ? bytes : throw new DocumentTooLargeException(key, bytes.Length, MaxDocumentBytes);
    }

    /// <summary>The value stored in <paramref name="utf8"/>; throws <see cref="CorruptDocumentException"/> if it cannot be read.</summary>
    public T Deserialize<T>(string key, ReadOnlySpan<byte> utf8)
    {
        var current = Schemas.CurrentVersionOf(typeof(T));
        int version;
        try
        {
            version = VersionOf(utf8);
        }
        catch (JsonException e)
        {
            throw new CorruptDocumentException(key, "it is not a JSON object", e);
        }

        if (version > current)
        {
            throw new CorruptDocumentException(key,
                $"its schemaVersion {version} is newer than {current}, the newest this version of the bot understands for {typeof(T).Name}; run a newer version of the bot");
        }

        try
        {
            var value = version == current
                ? JsonSerializer.Deserialize<T>(utf8, StoreJson.Options)
                : Upgrade<T>(version, utf8);
            return value ?? throw new JsonException("The document is null.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // InvalidOperationException/FormatException come from a migration step meeting JSON of an unexpected shape.
            throw new CorruptDocumentException(key, e);
        }
    }

    private T? Upgrade<T>(int version, ReadOnlySpan<byte> utf8)
    {
        var document = JsonNode.Parse(utf8, StoreJson.NodeOptions)!.AsObject();
        document.Remove(VersionProperty);
        return Schemas.Upgrade(typeof(T), version, document).Deserialize<T>(StoreJson.Options);
    }

    /// <summary>
    /// The top-level <c>schemaVersion</c>, or 0 for a document written before it existed. Only
    /// the top level is scanned, without building a tree: this runs on every read.
    /// </summary>
    private static int VersionOf(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A stored document must be a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals(VersionProperty);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version >= 0
                    ? version
                    : throw new JsonException($"'{VersionProperty}' must be a whole number of 0 or more.");
            }

            reader.Skip();
        }

        return 0;
    }
}
