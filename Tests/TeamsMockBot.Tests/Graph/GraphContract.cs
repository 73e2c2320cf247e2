using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// The trimmed official Graph v1.0 OpenAPI (Tests/Contracts/graph, see its README), as a checker: a request's
/// method and path must be an operation of the document, its query parameters declared by that operation, and
/// its JSON body must use only the schema's properties (nested objects too), give the required ones and keep to
/// enums. Property names and enum values compare case-insensitively, as Graph reads them (the document's action
/// parameters are PascalCase; the docs' own create-event example writes <c>"contentType": "HTML"</c>).
/// </summary>
public sealed class GraphContract
{
    private static readonly Lazy<GraphContract> Shared = new(() => new GraphContract(JsonNode.Parse(File.ReadAllText(ContractFile("graph-v1.0-trimmed.openapi.json")))!.AsObject()));

    private readonly JsonObject _document;
    private readonly List<(string Template, string[] Segments)> _paths;

    private GraphContract(JsonObject document)
    {
        _document = document;
        _paths = [.. document["paths"]!.AsObject().Select(p => (p.Key, p.Key.Trim('/').Split('/')))];
    }

    public static GraphContract V1 => Shared.Value;

    public static string ContractFile(string name) => Path.Combine(AppContext.BaseDirectory, "Contracts", "graph", name);

    /// <summary>The path template the request matches, e.g. <c>/users/{user-id}/events</c>; null when the document has none.</summary>
    public string? Template(string path)
    {
        var segments = path.Trim('/').Split('/');
        return _paths.FirstOrDefault(p => p.Segments.Length == segments.Length
            && p.Segments.Zip(segments).All(s => IsParameter(s.First) || string.Equals(s.First, s.Second, StringComparison.Ordinal))).Template;
    }

    /// <summary>Every way the request breaks the contract; empty when it keeps it.</summary>
    public IReadOnlyList<string> Check(string method, string path, IEnumerable<string> queryNames, JsonNode? body)
    {
        var template = Template(path);
        if (template is null)
        {
            return [$"{method} {path}: no such path in Graph v1.0"];
        }

        if (_document["paths"]![template]![method.ToLowerInvariant()] is not JsonObject operation)
        {
            return [$"{method} {template}: the path has no {method} operation"];
        }

        var problems = new List<string>();
        var declared = (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(p!)).Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(queryNames.Where(q => !declared.Contains(q)).Select(q => $"{method} {template}: query parameter '{q}' is not declared"));

        if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema)
        {
            if (body is not JsonObject json)
            {
                problems.Add($"{method} {template}: a JSON object body is required");
            }
            else
            {
                CheckObject(json, schema, $"{method} {template} body", problems);
            }
        }

        return problems;
    }

    private void CheckObject(JsonObject value, JsonObject schema, string where, List<string> problems)
    {
        var (properties, required) = Flatten(schema);
        if (properties.Count == 0)
        {
            return; // a free-form object
        }

        foreach (var name in required.Where(r => !value.Any(p => string.Equals(p.Key, r, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"{where}: required property '{name}' is missing");
        }

        foreach (var (name, node) in value)
        {
            if (name == "@odata.type")
            {
                continue;
            }

            var property = properties.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            if (property is null)
            {
                problems.Add($"{where}: property '{name}' is not in the schema");
                continue;
            }

            CheckValue(node, property, $"{where}.{name}", problems);
        }
    }

    private void CheckValue(JsonNode? node, JsonObject schema, string where, List<string> problems)
    {
        if (node is null)
        {
            return;
        }

        var target = Target(schema);
        if (target["enum"] is JsonArray values && node is JsonValue v && v.TryGetValue<string>(out var text)
            && !values.Any(e => string.Equals((string?)e, text, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{where}: '{text}' is not one of {string.Join(", ", values)}");
        }

        if (node is JsonObject child)
        {
            CheckObject(child, target, where, problems);
        }
        else if (node is JsonArray items && target["items"] is JsonObject itemSchema)
        {
            foreach (var item in items)
            {
                CheckValue(item, itemSchema, where + "[]", problems);
            }
        }
    }

    /// <summary>A property's own schema: through <c>$ref</c> and the converter's nullable <c>anyOf: [$ref, {nullable}]</c>.</summary>
    private JsonObject Target(JsonObject schema)
    {
        if (schema["$ref"] is not null)
        {
            return Resolve(schema);
        }

        if (schema["anyOf"] is JsonArray anyOf && anyOf.OfType<JsonObject>().FirstOrDefault(a => a["$ref"] is not null) is { } reference)
        {
            return Resolve(reference);
        }

        return schema;
    }

    /// <summary>All properties and required names of a schema, its <c>allOf</c> base types included.</summary>
    private (Dictionary<string, JsonObject> Properties, List<string> Required) Flatten(JsonObject schema)
    {
        var properties = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var required = new List<string>();
        void Walk(JsonObject s)
        {
            s = s["$ref"] is null ? s : Resolve(s);
            foreach (var part in s["allOf"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                Walk(part);
            }

            foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
            {
                properties[name] = property!.AsObject();
            }

            required.AddRange(s["required"]?.AsArray().Select(r => (string)r!) ?? []);
        }

        Walk(schema);
        return (properties, required);
    }

    private JsonObject Resolve(JsonNode node)
    {
        var reference = (string?)node["$ref"];
        if (reference is null)
        {
            return node.AsObject();
        }

        JsonNode current = _document;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            current = current[part] ?? throw new InvalidOperationException($"Unresolved $ref {reference}");
        }

        return current.AsObject();
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
