using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace TeamsMockBot.Storage;

/// <summary>
/// Which <c>schemaVersion</c> each document type is at, and the steps that bring an older stored
/// document up to it. A step turns version N into N + 1 on the raw JSON, so the C# types only ever
/// describe the current shape; a document is upgraded when it is read and saved in the current
/// version on its next write.
/// </summary>
/// <remarks>
/// Version 0 is a document written before the field existed. Version 1 is the first versioned
/// shape, and 0 → 1 changes nothing but the number, so every type starts at 1 without a registration.
/// To change a type's shape: bump it here with one <see cref="With{T}"/> step from its current version,
/// e.g. <c>Default.With&lt;MockSession&gt;(1, doc =&gt; { doc["notes"] ??= new JsonArray(); return doc; })</c>.
/// </remarks>
public sealed class DocumentSchemas
{
    /// <summary>The version of every type that has no registered steps.</summary>
    public const int Baseline = 1;

    private readonly FrozenDictionary<Type, Func<JsonObject, JsonObject>[]> _steps;

    private DocumentSchemas(FrozenDictionary<Type, Func<JsonObject, JsonObject>[]> steps)
    {
        _steps = steps;
    }

    /// <summary>What the bot uses today: every document type is at version 1.</summary>
    public static DocumentSchemas Default { get; } = new(FrozenDictionary<Type, Func<JsonObject, JsonObject>[]>.Empty);

    /// <summary>
    /// A copy in which <typeparamref name="T"/> gains one step from <paramref name="fromVersion"/>
    /// (which must be its current version) to the next. Steps are pure: JSON in, JSON out.
    /// </summary>
    public DocumentSchemas With<T>(int fromVersion, Func<JsonObject, JsonObject> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var current = CurrentVersionOf(typeof(T));
        if (fromVersion != current)
        {
            throw new ArgumentOutOfRangeException(nameof(fromVersion), fromVersion,
                $"{typeof(T).Name} is at schema version {current}; the next step must start there.");
        }

        var steps = _steps.ToDictionary();
        steps[typeof(T)] = [.. StepsOf(typeof(T)), step];
        return new DocumentSchemas(steps.ToFrozenDictionary());
    }

    public int CurrentVersionOf(Type type) => Baseline + StepsOf(type).Length;

    /// <summary>Brings <paramref name="document"/> from <paramref name="version"/> up to the current version of <paramref name="type"/>.</summary>
    internal JsonObject Upgrade(Type type, int version, JsonObject document)
    {
        // 0 → 1: a document from before schemaVersion existed already has the version-1 shape.
        var steps = StepsOf(type);
        for (var v = Math.Max(version, Baseline); v < Baseline + steps.Length; v++)
        {
            document = steps[v - Baseline](document);
        }

        return document;
    }

    private Func<JsonObject, JsonObject>[] StepsOf(Type type) => _steps.GetValueOrDefault(type) ?? [];
}
