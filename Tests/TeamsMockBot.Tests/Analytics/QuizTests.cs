using System.Text.Json.Nodes;
using TeamsMockBot.Application.History;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Quiz;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Analytics;

/// <summary><c>quiz</c>: ten questions on a card, scored with an explanation each; the score is kept in the student's history.</summary>
public sealed class QuizTests : HostTest
{
    private static readonly PracticeQuiz Quiz = PracticeQuiz.BuiltIn;

    private async Task<JsonNode> QuizCardAsync()
    {
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "quiz"));
        Assert.True(response.IsSuccessStatusCode);
        return Assert.Single(Host.Teams.Calls, c => c.Card is not null).Card!;
    }

    /// <summary>The card's submit data with <paramref name="answers"/> filled in (question id → choice id), as Teams merges inputs.</summary>
    private static JsonObject Answered(JsonNode card, Func<QuizQuestion, string?> answers)
    {
        var data = CardJson.Data(card, CardVerbs.SubmitQuiz);
        foreach (var question in Quiz.Questions)
        {
            if (answers(question) is { } choice)
            {
                data[QuizInputs.Answer(question.Id)] = choice;
            }
        }

        return data;
    }

    private Task<JsonNode> SubmitAsync(JsonObject data) => Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitQuiz, data.DeepClone().AsObject(), "msg-quiz", "personal"));

    private async Task<StudentHistory?> HistoryAsync() =>
        (await Host.Store.ReadAsync<StudentHistory>(DocumentKeys.StudentHistory(Student.Id), CancellationToken.None))?.Value;

    [Fact]
    public async Task Quiz_ShowsTenQuestionsWithOneChoiceSetEach()
    {
        var card = await QuizCardAsync();

        Assert.Equal(10, CardJson.Inputs(card).Count);
        Assert.All(Quiz.Questions, q => Assert.Contains(QuizInputs.Answer(q.Id), CardJson.Inputs(card).Keys));
        Assert.Equal(Quiz.Id, CardJson.Data(card, CardVerbs.SubmitQuiz)[QuizInputs.QuizId]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_ScoresExplainsAndKeepsTheScoreOnce()
    {
        var data = Answered(await QuizCardAsync(), q => q.Id == "recording" ? q.Choices.First(c => c.Id != q.AnswerId).Id : q.AnswerId);

        var result = await SubmitAsync(data);
        await SubmitAsync(data); // a Teams retry or a double click

        var text = CardJson.Text(result);
        Assert.Contains("You scored 9 out of 10", text, StringComparison.Ordinal);
        Assert.Contains(Quiz.Questions.Single(q => q.Id == "recording").Explanation, text, StringComparison.Ordinal);
        Assert.Contains("Answer: " + Quiz.Questions.Single(q => q.Id == "recording").Answer.Text, text, StringComparison.Ordinal);
        var attempt = Assert.Single((await HistoryAsync())!.QuizAttempts);
        Assert.Equal((9, 10, Quiz.Id, Host.Time.GetUtcNow()), (attempt.Score, attempt.OutOf, attempt.QuizId, attempt.TakenAt));
    }

    [Fact]
    public async Task Submit_Incomplete_ComesBackWithTheAnswersKeptAndNothingStored()
    {
        var data = Answered(await QuizCardAsync(), q => q.Id == "focus" ? null : q.AnswerId);

        var card = await SubmitAsync(data);

        Assert.Contains("Answer every question first (1 left)", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(Quiz.Questions.Single(q => q.Id == "scripts").AnswerId, CardJson.Inputs(card)[QuizInputs.Answer("scripts")]);
        Assert.Null(await HistoryAsync());
    }

    [Fact]
    public async Task Submit_ChoiceTheQuizDoesNotOffer_IsRefusedAndNothingStored()
    {
        var data = Answered(await QuizCardAsync(), q => q.AnswerId);
        data[QuizInputs.Answer("focus")] = "z";

        var card = await SubmitAsync(data);

        Assert.Contains("That quiz card can't be checked", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Null(await HistoryAsync());
        Assert.Contains(Host.Logs.GetSnapshot(), l => l.Message.Contains("Quiz answers refused", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("another-quiz", "attempt-1")]
    [InlineData(null, "attempt-1")]
    [InlineData("mock-practice-v1", "../../history")]
    public async Task Submit_TamperedCardData_IsRefusedAndNothingStored(string? quizId, string attemptId)
    {
        var data = Answered(await QuizCardAsync(), q => q.AnswerId);
        data[QuizInputs.QuizId] = quizId;
        data[QuizInputs.AttemptId] = attemptId;

        var card = await SubmitAsync(data);

        Assert.Contains("out of date", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Null(await HistoryAsync());
    }

    [Fact]
    public async Task QuizVerb_FromAnotherCard_ShowsTheQuiz()
    {
        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.ShowQuiz, [], "msg-prep", "personal"));

        Assert.Contains(CardVerbs.SubmitQuiz, CardJson.Verbs(card));
    }
}
