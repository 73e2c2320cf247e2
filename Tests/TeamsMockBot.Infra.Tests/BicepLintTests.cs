namespace TeamsMockBot.Infra.Tests;

/// <summary>The templates compile and lint with no error and no warning, offline.</summary>
public sealed class BicepLintTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void MainBicep_Builds_WithNoErrorOrWarning()
    {
        compiled.Build.AssertClean("bicep build main.bicep");
        Assert.Contains("\"$schema\"", compiled.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void MainBicep_Lints_WithNoErrorOrWarning()
    {
        var lint = BicepCli.Run(BicepCli.InfraDirectory, "lint", "main.bicep");

        lint.AssertClean("bicep lint main.bicep");
        Assert.Equal(string.Empty, lint.StdOut.Trim());
    }

    [Fact]
    public void ParametersFile_Builds_WithNoErrorOrWarning()
    {
        var build = BicepCli.Run(BicepCli.InfraDirectory, "build-params", "main.bicepparam", "--stdout");

        build.AssertClean("bicep build-params main.bicepparam");
        Assert.Contains("baseName", build.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_AreAllLocal()
    {
        var sources = Directory.GetFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories);

        Assert.NotEmpty(sources);
        Assert.All(sources, file => Assert.DoesNotContain("br/public:", File.ReadAllText(file), StringComparison.Ordinal));
        Assert.All(sources, file => Assert.DoesNotContain("br:", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void Gate_WithTheProjectConfig_FailsATemplateThatOnlyHasAWarning()
    {
        using var scratch = new ScratchInfra(withProjectConfig: true);

        var lint = BicepCli.Run(scratch.Directory, "lint", "unused.bicep");

        Assert.NotEqual(0, lint.ExitCode);
        Assert.Contains(lint.Diagnostics, d => d.Contains("no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public void Gate_WithoutTheProjectConfig_StillCatchesTheWarningByItsOutput()
    {
        using var scratch = new ScratchInfra(withProjectConfig: false);

        var lint = BicepCli.Run(scratch.Directory, "lint", "unused.bicep");

        Assert.Equal(0, lint.ExitCode); // Bicep's default: a warning does not fail the run...
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => lint.AssertClean("lint")); // ...but our check does.
    }

    /// <summary>A throwaway folder with a template whose only problem is an unused parameter.</summary>
    private sealed class ScratchInfra : IDisposable
    {
        public ScratchInfra(bool withProjectConfig)
        {
            Directory = Path.Combine(Path.GetTempPath(), "teamsmockbot-bicep-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(Path.Combine(Directory, "unused.bicep"), "param unused string = 'x'\n");
            if (withProjectConfig)
            {
                File.Copy(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), Path.Combine(Directory, "bicepconfig.json"));
            }
        }

        public string Directory { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
