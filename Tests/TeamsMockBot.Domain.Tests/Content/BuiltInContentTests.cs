using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Tests.Content;

/// <summary>The embedded files themselves: they load, validate and hold what the C# bank and rubric held.</summary>
public sealed class BuiltInContentTests
{
    [Fact]
    public void BuiltIn_QuestionBank_LoadsAllSixtyTwoQuestions()
    {
        Assert.Equal(62, QuestionBank.BuiltIn.All.Count);
    }

    [Fact]
    public void BuiltIn_Rubric_LoadsSevenCompetenciesAndNoTrackOfItsOwn()
    {
        Assert.Equal(7, Rubric.BuiltIn.General.Count);
        Assert.All(Enum.GetValues<Track>(), track => Assert.Equal(Rubric.BuiltIn.General, Rubric.BuiltIn.ForTrack(track)));
    }

    [Fact]
    public void BuiltIn_QuestionsPerTrack_AreAsBefore()
    {
        var counts = QuestionBank.BuiltIn.All.GroupBy(q => q.Track).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(12, counts[Track.Behavioral]);
        Assert.All(Enum.GetValues<Track>().Where(t => t != Track.Behavioral), t => Assert.Equal(10, counts[t]));
    }

    [Fact]
    public void BuiltIn_SampleQuestion_KeepsItsTextTimeHintFollowUpsCompetenciesAndFocus()
    {
        var question = QuestionBank.BuiltIn.Get("beh-01");

        Assert.Equal(Track.Behavioral, question.Track);
        Assert.Equal("Tell me about yourself and what led you to apply for this role.", question.Text);
        Assert.Equal(TimeSpan.FromMinutes(3), question.TimeAllowed);
        Assert.StartsWith("About two minutes: where they are now", question.WhatGoodLooksLike, StringComparison.Ordinal);
        Assert.Equal(["Which part of that story are you proudest of, and why?", "What would your last manager say you should work on?"], question.FollowUps);
        Assert.Equal(["Structure", "Communication", "Presence"], question.Competencies);
        Assert.Equal(["tell me about yourself", "introduction", "pitch", "motivation"], question.Focus);
    }

    [Fact]
    public void BuiltIn_IsReadOnceAndShared()
    {
        Assert.Same(QuestionBank.BuiltIn, QuestionBank.BuiltIn);
        Assert.Same(Rubric.BuiltIn, Rubric.BuiltIn);
    }
}
