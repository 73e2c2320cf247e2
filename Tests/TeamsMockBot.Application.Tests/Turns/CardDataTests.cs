using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Application.Tests.Turns;

/// <summary>Card data never throws on bad values: missing or malformed reads as null, and only the Require* readers refuse.</summary>
public sealed class CardDataTests
{
    private static CardData Data(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void Text_LongerThanTheLimit_IsCut()
    {
        var data = Data(("note", new string('x', CardData.MaxValueLength + 50)));

        Assert.Equal(CardData.MaxValueLength, data.Text("note")!.Length);
        Assert.Null(data.Text("missing"));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("three", null)]
    [InlineData("3.5", null)]
    [InlineData("", null)]
    public void Number_ReadsWholeNumbersOnly(string value, int? expected) =>
        Assert.Equal(expected, Data(("n", value)).Number("n"));

    [Theory]
    [InlineData("Almost", Readiness.Almost)]
    [InlineData("ready", Readiness.Ready)]
    [InlineData("7", null)]
    [InlineData("Maybe", null)]
    public void Choice_ReadsOnlyDefinedNames(string value, Readiness? expected) =>
        Assert.Equal(expected, Data(("r", value)).Choice<Readiness>("r"));

    [Fact]
    public void RequireSessionId_MissingOrTooLong_IsBadCardData()
    {
        Assert.Throws<BadCardDataException>(() => CardData.Empty.RequireSessionId());
        Assert.Throws<BadCardDataException>(() => Data((CardInputs.SessionId, new string('s', 65))).RequireSessionId());
        Assert.Equal("s-1", Data((CardInputs.SessionId, "s-1")).RequireSessionId());
    }

    [Fact]
    public void RequireQuestionNumber_NotANumber_IsBadCardData() =>
        Assert.Throws<BadCardDataException>(() => Data((CardInputs.QuestionNumber, "two")).RequireQuestionNumber());
}
