using System.Collections;
using TeamsMockBot.AppPackage;

namespace TeamsMockBot.Manifest.Tests;

public sealed class AppPackageCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "teamsmockbot-command-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Build_FromEnvironment_ExitsZeroAndWritesThePackage()
    {
        var zip = Path.Combine(_output, "appPackage.zip");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await AppPackageCommand.RunAsync(["build", "--out", zip], new Hashtable(TestManifest.Values()), stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.True(File.Exists(zip));
        Assert.Contains(zip, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FromEnvFile_ExitsZero()
    {
        Directory.CreateDirectory(_output);
        var envFile = Path.Combine(_output, "app.env");
        await File.WriteAllLinesAsync(envFile, TestManifest.Values().Select(v => $"{v.Key}={v.Value}"));
        var zip = Path.Combine(_output, "appPackage.zip");
        var stderr = new StringWriter();

        var exit = await AppPackageCommand.RunAsync(["build", "--env-file", envFile, "--out", zip], new Hashtable(), TextWriter.Null, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.True(File.Exists(zip));
    }

    [Fact]
    public async Task Build_WithBotIdMissing_ExitsOneNamingBotId()
    {
        var values = TestManifest.Values();
        values.Remove("BOT_ID");
        var stderr = new StringWriter();

        var exit = await AppPackageCommand.RunAsync(["build", "--out", Path.Combine(_output, "appPackage.zip")], new Hashtable(values), TextWriter.Null, stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: Missing value BOT_ID:", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithUsage()
    {
        var stderr = new StringWriter();

        var exit = await AppPackageCommand.RunAsync(["publish"], new Hashtable(), TextWriter.Null, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithUnknownOption_ExitsOneNamingIt()
    {
        var stderr = new StringWriter();

        var exit = await AppPackageCommand.RunAsync(["build", "--output", "x.zip"], new Hashtable(TestManifest.Values()), TextWriter.Null, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("--output", stderr.ToString(), StringComparison.Ordinal);
    }
}
