using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsMockBot.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once by the real Bicep CLI, with the ARM resources of every nested
/// module deployment flattened into one list.
/// </summary>
public sealed partial class CompiledTemplate
{
    private readonly Dictionary<JsonObject, JsonObject?> _variablesOf = new(ReferenceEqualityComparer.Instance);

    public CompiledTemplate()
    {
        Build = BicepCli.Run(BicepCli.InfraDirectory, "build", "main.bicep", "--stdout");
        Json = Build.ExitCode == 0 ? Build.StdOut : "{}";
        Root = JsonNode.Parse(Json)!.AsObject();
        Resources = Flatten(Root, _variablesOf).ToArray();
    }

    internal BicepResult Build { get; }

    public string Json { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public JsonObject Only(string type) => Assert.Single(OfType(type));

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>An ARM expression of the resource with its template's <c>variables('x')</c> written out.</summary>
    public string Expand(JsonObject resource, string? expression)
    {
        var variables = _variablesOf.GetValueOrDefault(resource);
        return VariableReference().Replace(expression ?? string.Empty, m =>
            variables?[m.Groups["name"].Value] is JsonValue value ? $"'{value}'" : m.Value);
    }

    private static IEnumerable<JsonObject> Flatten(JsonObject template, Dictionary<JsonObject, JsonObject?> variablesOf)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(pair => pair.Value).OfType<JsonObject>(), // languageVersion 2.0
            _ => [],
        };
        foreach (var resource in resources)
        {
            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested, variablesOf))
                {
                    yield return inner;
                }
            }
            else
            {
                variablesOf[resource] = template["variables"] as JsonObject;
                yield return resource;
            }
        }
    }

    [GeneratedRegex(@"variables\('(?<name>[A-Za-z0-9_]+)'\)")]
    private static partial Regex VariableReference();
}
