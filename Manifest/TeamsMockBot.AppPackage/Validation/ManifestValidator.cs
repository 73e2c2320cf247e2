using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TeamsMockBot.AppPackage.Validation;

/// <summary>
/// Validates a manifest offline: first against the official Teams JSON schema (embedded copy of
/// Tests/Contracts/teams-manifest-1.29.schema.json) plus its <c>manifestVersion</c> const, which
/// NJsonSchema skips; then against the rules Teams' own validator enforces that the schema cannot
/// express (<see cref="ManifestRules"/>, <see cref="IconRules"/>).
/// </summary>
public sealed class ManifestValidator
{
    private const string SchemaResource = "teams-manifest.schema.json";

    private readonly JsonSchema _schema;

    private ManifestValidator(JsonSchema schema, string manifestVersion)
    {
        _schema = schema;
        ManifestVersion = manifestVersion;
    }

    /// <summary>The manifestVersion the schema pins with <c>const</c> (NJsonSchema does not check const).</summary>
    public string ManifestVersion { get; }

    public static async Task<ManifestValidator> CreateAsync(CancellationToken cancellationToken = default)
    {
        var assembly = typeof(ManifestValidator).Assembly;
        await using var stream = assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"Embedded resource {SchemaResource} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var schema = await JsonSchema.FromJsonAsync(text, cancellationToken);
        var manifestVersion = JsonNode.Parse(text)?["properties"]?["manifestVersion"]?["const"]?.GetValue<string>()
            ?? throw new InvalidOperationException("The manifest schema does not pin manifestVersion with const.");
        return new ManifestValidator(schema, manifestVersion);
    }

    /// <param name="manifestJson">The rendered manifest.json.</param>
    /// <param name="packageFiles">Other files of the package by name (the icons).</param>
    /// <param name="expectedBotId">The bot's Microsoft App ID the package is being built for.</param>
    public IReadOnlyList<ManifestProblem> Validate(string manifestJson, IReadOnlyDictionary<string, byte[]> packageFiles, string expectedBotId)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        ArgumentNullException.ThrowIfNull(packageFiles);
        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(manifestJson) as JsonObject
                ?? throw new JsonException("The manifest is not a JSON object.");
        }
        catch (JsonException ex)
        {
            return [new ManifestProblem("(manifest.json)", $"not valid JSON: {ex.Message}")];
        }

        var problems = new List<ManifestProblem>();
        problems.AddRange(ValidateAgainstSchema(manifestJson));
        problems.AddRange(CheckManifestVersion(manifest));
        problems.AddRange(ManifestRules.Check(manifest, expectedBotId));
        problems.AddRange(IconRules.Check(manifest, packageFiles));
        return problems;
    }

    private IEnumerable<ManifestProblem> CheckManifestVersion(JsonObject manifest)
    {
        var actual = manifest["manifestVersion"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (actual != ManifestVersion)
        {
            var shown = actual is null ? "nothing" : $"\"{actual}\"";
            yield return new ManifestProblem("manifestVersion", $"must be \"{ManifestVersion}\" (the JSON schema's const), got {shown}");
        }
    }

    private IEnumerable<ManifestProblem> ValidateAgainstSchema(string manifestJson) =>
        Flatten(_schema.Validate(manifestJson))
            .Select(e => new ManifestProblem(FieldOf(e), $"{Describe(e.Kind)} (JSON schema)"))
            .Distinct();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(pair => pair.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static string FieldOf(ValidationError error)
    {
        var path = error.Path ?? string.Empty;
        path = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return path.Length == 0 ? "(root)" : path;
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "is required",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not a property the schema allows",
        ValidationErrorKind.StringTooLong => "is longer than the schema allows",
        ValidationErrorKind.StringTooShort => "is shorter than the schema allows",
        ValidationErrorKind.PatternMismatch => "does not match the required pattern",
        ValidationErrorKind.TooManyItems => "has more items than the schema allows",
        ValidationErrorKind.TooFewItems => "has fewer items than the schema requires",
        ValidationErrorKind.NotInEnumeration => "is not one of the allowed values",
        ValidationErrorKind.ItemsNotUnique => "has duplicate items",
        _ => $"fails the schema check {kind}",
    };
}
