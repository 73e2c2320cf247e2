using System.Collections;
using TeamsMockBot.AppPackage;

namespace TeamsMockBot.Manifest.Tests;

public sealed class AppPackageValuesTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Load_ReadsNameValueLinesSkippingCommentsAndQuotes()
    {
        File.WriteAllLines(_file, ["# comment", "", "BOT_ID=abc", "DEVELOPER_NAME = \"Contoso Careers\"", "EMPTY="]);

        var values = AppPackageValues.Load(_file, new Hashtable());

        Assert.Equal("abc", values["BOT_ID"]);
        Assert.Equal("Contoso Careers", values["DEVELOPER_NAME"]);
        Assert.Equal(string.Empty, values["EMPTY"]);
    }

    [Fact]
    public void Load_EnvironmentVariableWinsOverTheFile()
    {
        File.WriteAllLines(_file, ["BOT_ID=from-file", "BOT_DOMAIN=file.example.com"]);

        var values = AppPackageValues.Load(_file, new Hashtable { ["BOT_ID"] = "from-env", ["BOT_DOMAIN"] = "" });

        Assert.Equal("from-env", values["BOT_ID"]);
        Assert.Equal("file.example.com", values["BOT_DOMAIN"]);
    }

    [Fact]
    public void Load_LineWithoutEquals_FailsNamingTheLine()
    {
        File.WriteAllLines(_file, ["BOT_ID=abc", "BOT_DOMAIN mockbot.example.com"]);

        var error = Assert.Throws<AppPackageException>(() => AppPackageValues.Load(_file, new Hashtable()));

        Assert.Contains($"{_file}:2", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingEnvFile_FailsNamingIt()
    {
        var missing = _file + ".nope";

        var error = Assert.Throws<AppPackageException>(() => AppPackageValues.Load(missing, new Hashtable()));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
