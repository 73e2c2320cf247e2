using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// The setup card's "Create": plans the questions and stores the new session. The session id is
/// derived from the clicked card, so a double click or a Teams retry finds the session the first
/// click made instead of creating a second one.
/// </summary>
public sealed class CreateSession(
    ISessionStore sessions, IHistoryStore histories, IConversationDirectory conversations, IChatSessionIndex chats, QuestionBank bank,
    SessionViews views, IOptions<TimerOptions> timerOptions, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        // The clicked setup card identifies the request: a double click or retry maps to the same session.
        var idempotencyKey = $"{turn.ChatId}|{turn.ClickedMessageId ?? turn.ActivityId}";
        // A personal chat's setup card sends no format: it offers solo practice only.
        var setup = SetupForm.Read(data, InterviewFormat.SoloPractice);

        var errors = new Dictionary<string, string>(setup.Validate());
        var candidate = FindCandidate(turn, setup, data.Text(CardInputs.Candidate), errors);
        if (errors.Count > 0 || candidate is null)
        {
            return new CardResult(SetupCard.Build(new SetupCardModel(
                turn.Actor.Name,
                SetupForm.Candidates(turn),
                data.Text(CardInputs.Candidate), setup.Track, setup.Focus, setup.Format, setup.LengthMinutes, setup.QuestionCount, errors)));
        }

        var id = SessionIdFor(idempotencyKey);
        var history = await histories.GetAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
        var questions = QuestionPlanner.Plan(bank, setup.Track, setup.Focus, setup.QuestionCount, history.QuestionsAsked, StableSeed(id));
        if (timerOptions.Value.QuestionTime is { } questionTime)
        {
            questions = [.. questions.Select(q => q with { TimeAllowed = questionTime })]; // Timers:QuestionTime, for demos and tests
        }

        var planned = MockSession.Plan(id, time.GetUtcNow(), turn.Actor, candidate, setup, questions) with { TenantId = turn.TenantId };
        var (session, _) = await sessions.CreateAsync(planned, cancellationToken).ConfigureAwait(false);

        // Histories are appended after the session exists; a repeat adds nothing (With is idempotent).
        var questionIds = session.Questions.Select(q => q.QuestionId).ToList();
        await histories.AddAsync(session.Candidate.Id, new(session.Id, session.CreatedAt, StudentHistoryItem.CandidateRole, questionIds), cancellationToken).ConfigureAwait(false);
        if (!session.IsSolo)
        {
            await histories.AddAsync(session.Interviewer.Id, new(session.Id, session.CreatedAt, StudentHistoryItem.InterviewerRole, questionIds), cancellationToken).ConfigureAwait(false);
        }

        await RememberWhereItIsShownAsync(turn, session, cancellationToken).ConfigureAwait(false);
        return new CardResult(views.InterviewFor(session, turn.Actor.Id), views.Shared(session), session.Id);
    }

    /// <summary>
    /// The clicked setup card's message becomes the session's shared card (timer milestones update it
    /// in place); outside a personal chat, the chat points at its newest session for the meeting side panel.
    /// </summary>
    private async Task RememberWhereItIsShownAsync(ChatTurn turn, MockSession session, CancellationToken cancellationToken)
    {
        if (turn.Chat is { } chat && turn.ClickedMessageId is { Length: > 0 } messageId)
        {
            await conversations.RememberSessionCardAsync(session.Id, new SessionCardLocation(chat, messageId), cancellationToken).ConfigureAwait(false);
        }

        if (turn.Kind != ChatKind.Personal && turn.ChatId.Length > 0)
        {
            await chats.RememberAsync(ChatSessions.ChatIdOf(turn.ChatId), session.Id, session.CreatedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A short, stable id for the session created from one setup card.</summary>
    public static string SessionIdFor(string idempotencyKey) =>
        "s" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)).AsSpan(0, 10)).ToLowerInvariant();

    private static int StableSeed(string id) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0);

    private static Participant? FindCandidate(ChatTurn turn, SessionSetup setup, string? candidateId, Dictionary<string, string> errors)
    {
        if (setup.Format == InterviewFormat.SoloPractice)
        {
            return turn.Actor;
        }

        var candidate = turn.Members.FirstOrDefault(m => m.Id == candidateId && m.Id != turn.Actor.Id);
        if (candidate is null)
        {
            errors[CardInputs.Candidate] = turn.Members.Any(m => m.Id != turn.Actor.Id)
                ? "Pick the candidate from this chat."
                : "There is no one else in this chat: choose solo practice, or start the mock in a chat with the candidate.";
        }

        return candidate;
    }
}
