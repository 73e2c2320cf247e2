using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.History;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Application.Quiz;

/// <summary>
/// The quiz card's "Check my answers": scores the answers, keeps the score in the student's history
/// (once per card, however often it is submitted) and answers with every question explained. An
/// incomplete card comes back with what is missing; a card for another quiz, or answers the quiz
/// does not offer, are refused and nothing is stored.
/// </summary>
public sealed partial class SubmitQuiz(PracticeQuiz quiz, IHistoryStore histories, TimeProvider time, ILogger<SubmitQuiz> logger)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var attemptId = data.Text(QuizInputs.AttemptId);
        if (data.Text(QuizInputs.QuizId) != quiz.Id || attemptId is null || !SafeId().IsMatch(attemptId))
        {
            return Refused(turn, "That quiz card is out of date. Type quiz for a fresh one.");
        }

        var prepSessionId = ShowQuiz.PrepSessionOf(data);
        var answers = quiz.Questions.ToDictionary(q => q.Id, q => data.Text(QuizInputs.Answer(q.Id)));
        QuizResult result;
        try
        {
            result = quiz.Score(answers);
        }
        catch (QuizAnswersException e) when (!e.IsForged)
        {
            var chosen = answers.Where(a => !string.IsNullOrEmpty(a.Value)).ToDictionary(a => a.Key, a => a.Value!);
            return new CardResult(QuizCard.Build(new QuizCardModel(quiz, attemptId) { Chosen = chosen, Problem = e.Message, Unanswered = e.Unanswered, PrepSessionId = prepSessionId }));
        }
        catch (QuizAnswersException e)
        {
            return Refused(turn, e.Message + " Type quiz for a fresh card.");
        }

        var history = await histories.GetAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        var best = history.QuizAttempts.Where(a => a.QuizId == quiz.Id && a.AttemptId != attemptId).Select(a => (int?)a.Score).Max();
        await histories.RecordQuizAsync(turn.Actor.Id, new QuizAttempt(attemptId, quiz.Id, time.GetUtcNow(), result.Score, result.OutOf), cancellationToken).ConfigureAwait(false);
        return new CardResult(QuizResultCard.Build(new QuizResultCardModel(result, best) { PrepSessionId = prepSessionId }));
    }

    private CardResult Refused(ChatTurn turn, string message)
    {
        LogRefused(logger, turn.ActivityId);
        return new CardResult(NoticeCard.Build(new NoticeCardModel("That quiz card can't be checked", message, NoticeKind.Warning)));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeId();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quiz answers refused as not from the current quiz card (activity {ActivityId}); nothing stored")]
    private static partial void LogRefused(ILogger logger, string activityId);
}
