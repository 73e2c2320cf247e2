using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TeamsMockBot.Infra.Tests;

/// <summary>
/// Secrets come only from configuration at run time (App Service settings, Key Vault references,
/// the managed identity): no tracked configuration file — Bicep, parameters, JSON, YAML, env
/// examples, MSBuild props — holds a value that looks like one.
/// </summary>
public sealed partial class CommittedSecretsTests
{
    private static readonly string[] ConfigEndings =
        [".json", ".bicep", ".bicepparam", ".yml", ".yaml", ".env", ".env.example", ".props", ".config", ".xml", ".ini", ".toml"];

    // Test data whose "secrets" are public by design: the Azurite development key is documented by Microsoft.
    private static readonly string[] AllowedValues = ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="];

    [Fact]
    public void TrackedConfigFiles_HoldNoSecretLookingValue()
    {
        var root = Path.GetFullPath(Path.Combine(InfraDirectory, ".."));
        var files = TrackedFiles(root).Where(f => ConfigEndings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            && !f.Contains("package-lock", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith("main.bicep", StringComparison.Ordinal)); // the scan sees the infra, so it can fail

        var findings = files.SelectMany(f => Findings(File.ReadAllText(Path.Combine(root, f))).Select(x => $"{f}: {x}")).ToList();

        Assert.True(findings.Count == 0, "Secret-looking values in tracked files:\n" + string.Join("\n", findings));
    }

    [Theory]
    [InlineData("\"MicrosoftAppPassword\": \"kP38Q~a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7\"")]
    [InlineData("MicrosoftAppPassword=hunter2hunter2")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0MTIzNDU2Nzg5MA==;")]
    [InlineData("param clientSecret string = 'Zx9~not-empty-secret-value'")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2ln")]
    [InlineData("https://x.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=abcdefghijklmnopqrstuvwxyz0123456789%3D")]
    public void Detector_FindsTypicalSecrets(string line) => Assert.NotEmpty(Findings(line));

    [Theory]
    [InlineData("\"MicrosoftAppPassword\": \"\"")]
    [InlineData("MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/bot/)'")]
    [InlineData("@secure()\nparam botPassword string")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString")]
    [InlineData("allowSharedKeyAccess: false")]
    public void Detector_LeavesReferencesAndEmptyValues(string line) => Assert.Empty(Findings(line));

    private static IEnumerable<string> Findings(string text)
    {
        foreach (var pattern in new[] { NamedSecret(), AccountKey(), PrivateKey(), Jwt(), SasSignature(), EntraClientSecret() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var value = m.Groups["value"].Success ? m.Groups["value"].Value : m.Value;
                if (!AllowedValues.Contains(value) && !value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal) && !value.Contains(".vault.azure.net/secrets/", StringComparison.Ordinal))
                {
                    yield return m.Value.Length > 60 ? m.Value[..60] + "…" : m.Value;
                }
            }
        }
    }

    // A key named like a secret given a literal value: JSON "key": "value", key=value, key: 'value', Bicep "string = 'value'".
    [GeneratedRegex("""(?i)(password|secret|apikey|api_key|accountkey|clientsecret|sharedaccesskey)[A-Za-z_]*["']?\s*(?:[:=]|string\s*=)\s*["']?(?<value>[^\s"',;}]{6,})""")]
    private static partial Regex NamedSecret();

    [GeneratedRegex("""AccountKey=(?<value>[A-Za-z0-9+/=]{20,})""")]
    private static partial Regex AccountKey();

    [GeneratedRegex("""-----BEGIN [A-Z ]*PRIVATE KEY-----""")]
    private static partial Regex PrivateKey();

    [GeneratedRegex("""eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+""")]
    private static partial Regex Jwt();

    [GeneratedRegex("""[?&]sig=(?<value>[A-Za-z0-9%+/=]{20,})""")]
    private static partial Regex SasSignature();

    // Entra ID client secrets of the current format carry "Q~" after three characters.
    [GeneratedRegex("""(?<![A-Za-z0-9])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{30,}""")]
    private static partial Regex EntraClientSecret();

    private static string InfraDirectory =>
        typeof(CommittedSecretsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "InfraDirectory").Value!;

    private static IReadOnlyList<string> TrackedFiles(string root)
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "ls-files"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
