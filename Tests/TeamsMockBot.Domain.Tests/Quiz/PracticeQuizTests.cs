using TeamsMockBot.Domain.Content;
using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Domain.Tests.Quiz;

public sealed class PracticeQuizTests
{
    private static readonly PracticeQuiz Quiz = PracticeQuiz.BuiltIn;

    private static Dictionary<string, string?> AllRight() => Quiz.Questions.ToDictionary(q => q.Id, q => (string?)q.AnswerId);

    [Fact]
    public void BuiltIn_HasTenQuestionsEachWithItsAnswerAmongItsChoices()
    {
        Assert.Equal(10, Quiz.Questions.Count);
        Assert.All(Quiz.Questions, q => Assert.Contains(q.Choices, c => c.Id == q.AnswerId));
        Assert.Equal(Quiz.Questions.Count, Quiz.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void BuiltIn_AnswersAreNotAlwaysTheSameLetter()
    {
        Assert.True(Quiz.Questions.Select(q => q.AnswerId).Distinct().Count() >= 3);
    }

    [Fact]
    public void Score_CountsRightAnswers()
    {
        var answers = AllRight();
        answers["focus"] = "b";

        var result = Quiz.Score(answers);

        Assert.Equal((9, 10), (result.Score, result.OutOf));
        Assert.False(result.Answers.Single(a => a.Question.Id == "focus").IsCorrect);
    }

    [Fact]
    public void Score_Unanswered_SaysWhichAndIsNotForged()
    {
        var answers = AllRight();
        answers["focus"] = null;
        answers["scripts"] = "";

        var error = Assert.Throws<QuizAnswersException>(() => Quiz.Score(answers));

        Assert.False(error.IsForged);
        Assert.Equal(["focus", "scripts"], error.Unanswered);
    }

    [Fact]
    public void Score_ChoiceNotOffered_IsForged()
    {
        var answers = AllRight();
        answers["focus"] = "z";

        Assert.True(Assert.Throws<QuizAnswersException>(() => Quiz.Score(answers)).IsForged);
    }

    [Fact]
    public void Score_QuestionNotInTheQuiz_IsForged()
    {
        var answers = AllRight();
        answers["extra"] = "a";

        Assert.True(Assert.Throws<QuizAnswersException>(() => Quiz.Score(answers)).IsForged);
    }

    [Fact]
    public void Reader_RefusesAnAnswerThatIsNotAChoice()
    {
        var json = """
            { "format": "teamsmockbot.quiz", "formatVersion": 1, "id": "q", "title": "T",
              "questions": [ { "id": "a", "prompt": "P?", "choices": [ { "id": "x", "text": "X" }, { "id": "y", "text": "Y" } ], "answer": "z", "explanation": "E" } ] }
            """;

        var error = Assert.Throws<InvalidContentException>(() => QuizReader.Read("quiz.json", json));

        Assert.Contains(error.Problems, p => p.Contains("'z', which is not one of its choices", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("exactly 10", StringComparison.Ordinal));
    }
}
