namespace TeamsMockBot.EndToEnd.Tests.Harness;

public sealed class PlaygroundCastTests
{
    [Fact]
    public void Default_ToYaml_IsTheConfigurationFileThatRunLocalUses()
    {
        var onDisk = File.ReadAllText(RepoPaths.PlaygroundConfig).ReplaceLineEndings("\n");

        Assert.Equal(onDisk, PlaygroundCast.Default.ToYaml());
    }

    [Fact]
    public void WithCurrentUser_Morgan_PutsSamAmongTheOthersAndGivesMorganThePersonalChat()
    {
        var cast = PlaygroundCast.Default.WithCurrentUser(PlaygroundCast.Morgan);

        Assert.Equal(PlaygroundCast.Morgan, cast.CurrentUser);
        Assert.Contains(PlaygroundCast.Sam, cast.Users);
        Assert.Equal(5, cast.Users.Count);
        Assert.Equal("personal-chat-morgan", cast.PersonalChatId);
    }
}
