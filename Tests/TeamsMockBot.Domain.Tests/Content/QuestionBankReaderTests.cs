using System.Text.Json.Nodes;
using TeamsMockBot.Domain.Content;
using TeamsMockBot.Domain.Questions;
using static TeamsMockBot.Domain.Tests.Content.ContentSamples;

namespace TeamsMockBot.Domain.Tests.Content;

public sealed class QuestionBankReaderTests
{
    private static InvalidContentException Refused(JsonObject bank) =>
        Assert.Throws<InvalidContentException>(() => ReadBank(bank));

    private static void AssertRefusal(InvalidContentException ex, string item, string problem)
    {
        Assert.Equal(BankFile, ex.File);
        Assert.Contains(BankFile, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Problems, p => p.Contains(item, StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValidBank_KeepsEveryFieldOfEveryQuestionInOrder()
    {
        var bank = ReadBank(Bank());

        Assert.Equal(Enum.GetValues<Track>().Length * QuestionBankReader.MinQuestionsPerTrack, bank.All.Count);
        var first = bank.All[0];
        Assert.Equal("Behavioral-1", first.Id);
        Assert.Equal(Track.Behavioral, first.Track);
        Assert.Equal("Question Behavioral-1?", first.Text);
        Assert.Equal(TimeSpan.FromMinutes(4), first.TimeAllowed);
        Assert.Equal("A complete answer.", first.WhatGoodLooksLike);
        Assert.Equal(["First follow-up?", "Second follow-up?"], first.FollowUps);
        Assert.Equal(["Communication"], first.Competencies);
        Assert.Equal(["teamwork"], first.Focus);
    }

    [Fact]
    public void Read_FractionalMinutes_BecomeMinutesAndSeconds()
    {
        var bank = Bank();
        FirstQuestion(bank)["minutes"] = 2.5;

        Assert.Equal(TimeSpan.FromSeconds(150), ReadBank(bank).All[0].TimeAllowed);
    }

    [Fact]
    public void Read_FocusKeywords_AreTrimmedAndLowerCasedForThePlanner()
    {
        var bank = Bank();
        FirstQuestion(bank)["focus"] = new JsonArray(" Conflict ", "Tell me about yourself");

        Assert.Equal(["conflict", "tell me about yourself"], ReadBank(bank).All[0].Focus);
    }

    [Fact]
    public void Read_QuestionWithoutFocus_HasNoKeywords()
    {
        var bank = Bank();
        FirstQuestion(bank).Remove("focus");

        Assert.Empty(ReadBank(bank).All[0].Focus);
    }

    [Fact]
    public void Read_TrackCompetencyOnAQuestionOfThatTrack_IsAccepted()
    {
        var bank = Bank();
        var design = bank["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "SystemDesign-1")!;
        design["competencies"] = new JsonArray("Structure", "Scalability");

        Assert.Equal(["Structure", "Scalability"], ReadBank(bank).Get("SystemDesign-1").Competencies);
    }

    [Fact]
    public void Read_TrackCompetencyOnAQuestionOfAnotherTrack_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["competencies"] = new JsonArray("Scalability");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "competency \"Scalability\" belongs to another track's competencies, not to track Behavioral's");
    }

    [Fact]
    public void Read_UnknownCompetency_IsRefusedListingTheTracksCompetencies()
    {
        var bank = Bank();
        FirstQuestion(bank)["competencies"] = new JsonArray("Charisma");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "competency \"Charisma\" is not in the rubric (track Behavioral is rated on Structure, Communication)");
    }

    [Fact]
    public void Read_CompetencyInTheWrongCase_IsRefusedWithTheRightSpelling()
    {
        var bank = Bank();
        FirstQuestion(bank)["competencies"] = new JsonArray("structure");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "is spelt \"Structure\" in the rubric");
    }

    [Fact]
    public void Read_NoCompetency_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["competencies"] = new JsonArray();

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "probes no competency");
    }

    [Fact]
    public void Read_SameCompetencyTwice_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["competencies"] = new JsonArray("Structure", "Structure");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "names the same competency more than once");
    }

    [Theory]
    [InlineData("Behavioral-2", "Behavioral-2")]
    [InlineData("behavioral-2", "Behavioral-2")]
    [InlineData("GENERAL-8", "General-8")]
    public void Read_DuplicateIdInAnyCase_IsRefusedNamingBothPlaces(string id, string later)
    {
        var bank = Bank();
        FirstQuestion(bank)["id"] = id;

        AssertRefusal(Refused(bank), $"question '{later}'", $"the id appears more than once, first at questions[0] ('{id}')");
    }

    [Theory]
    [InlineData("beh 01")]
    [InlineData("beh/01")]
    [InlineData("")]
    public void Read_InvalidId_IsRefusedByPosition(string id)
    {
        var bank = Bank();
        FirstQuestion(bank)["id"] = id;

        AssertRefusal(Refused(bank), "questions[0]", "is not valid");
    }

    [Fact]
    public void Read_UnknownTrack_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["track"] = "Astrology";

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "track \"Astrology\" is not one of Behavioral, ProductManagement");
    }

    [Fact]
    public void Read_TrackWithFewerThanEightQuestions_IsRefusedNamingTheTrackAndCount()
    {
        var bank = Bank();
        bank["questions"]!.AsArray().RemoveAt(0);

        AssertRefusal(Refused(bank), "track 'Behavioral'", "has 7 questions; every track needs at least 8");
    }

    [Fact]
    public void Read_TrackWithNoQuestions_IsRefused()
    {
        var bank = Bank();
        var questions = bank["questions"]!.AsArray();
        foreach (var general in questions.Where(q => q!["track"]!.GetValue<string>() == "General").ToList())
        {
            questions.Remove(general);
        }

        AssertRefusal(Refused(bank), "track 'General'", "has 0 questions");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(15.5)]
    [InlineData(60)]
    public void Read_TimeOutsideOneToFifteenMinutes_IsRefused(double minutes)
    {
        var bank = Bank();
        FirstQuestion(bank)["minutes"] = minutes;

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "the time allowed must be from 1 to 15 minutes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    public void Read_TimeAtTheLimits_IsAccepted(double minutes)
    {
        var bank = Bank();
        FirstQuestion(bank)["minutes"] = minutes;

        Assert.Equal(TimeSpan.FromMinutes(minutes), ReadBank(bank).All[0].TimeAllowed);
    }

    [Fact]
    public void Read_MissingTime_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank).Remove("minutes");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "has no \"minutes\"");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Read_NotExactlyTwoFollowUps_IsRefused(int count)
    {
        var bank = Bank();
        FirstQuestion(bank)["followUps"] = new JsonArray([.. Enumerable.Range(1, count).Select(i => (JsonNode)$"Follow-up {i}?")]);

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", $"follow-up{(count == 1 ? "" : "s")}; every question needs exactly 2");
    }

    [Fact]
    public void Read_EmptyFollowUp_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["followUps"] = new JsonArray("First?", " ");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "has an empty follow-up");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("whatGoodLooksLike")]
    public void Read_MissingText_IsRefused(string field)
    {
        var bank = Bank();
        FirstQuestion(bank).Remove(field);

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", $"has no \"{field}\"");
    }

    [Fact]
    public void Read_EmptyFocusKeyword_IsRefused()
    {
        var bank = Bank();
        FirstQuestion(bank)["focus"] = new JsonArray("conflict", "");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "has an empty focus keyword");
    }

    [Fact]
    public void Read_UnknownField_IsRefusedSoATypoIsNotIgnored()
    {
        var bank = Bank();
        FirstQuestion(bank)["followups"] = new JsonArray("a?", "b?");

        AssertRefusal(Refused(bank), "question 'Behavioral-1'", "has a field \"followups\" that formatVersion 1 does not define");
    }

    [Fact]
    public void Read_NoQuestions_IsRefused()
    {
        var bank = Bank();
        bank.Remove("questions");

        AssertRefusal(Refused(bank), "the file", "has no \"questions\"");
    }

    [Fact]
    public void Read_RubricFormatGivenAsABank_IsRefused()
    {
        var bank = Bank();
        bank["format"] = "teamsmockbot.rubric";

        AssertRefusal(Refused(bank), "\"format\"", "but this file must be \"teamsmockbot.questionbank\"");
    }

    [Fact]
    public void Read_UnknownFormatVersion_IsRefusedBeforeAnythingElse()
    {
        var bank = Bank();
        bank["formatVersion"] = 2;
        FirstQuestion(bank)["minutes"] = new JsonObject { ["seconds"] = 90 }; // a v2 shape the v1 reader cannot parse

        var ex = Refused(bank);

        Assert.Equal(["\"formatVersion\" is 2, but this bot reads version 1 of teamsmockbot.questionbank."], ex.Problems);
    }

    [Fact]
    public void Read_SeveralBadQuestions_ReportsEachById()
    {
        var bank = Bank();
        FirstQuestion(bank)["minutes"] = 20;
        bank["questions"]![1]!["followUps"] = new JsonArray("Only one?");

        var ex = Refused(bank);

        Assert.Equal(2, ex.Problems.Count);
        Assert.StartsWith("question 'Behavioral-1': ", ex.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("question 'Behavioral-2': ", ex.Problems[1], StringComparison.Ordinal);
    }
}
