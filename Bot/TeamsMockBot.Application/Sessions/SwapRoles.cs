using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// "Swap roles" at the midpoint of a peer mock: half 1 (A interviewed B on B's plan) moves to its
/// feedback step and half 2 begins, B interviewing A on A's own plan, on the same chat message.
/// Half 2 is stored first and its id is derived from half 1's, so a double click, a retry or a crash
/// in between finishes the same swap instead of making a second half.
/// </summary>
public sealed class SwapRoles(
    ISessionStore sessions, IHistoryStore histories, IConversationDirectory conversations, IChatSessionIndex chats, QuestionBank bank,
    SessionViews views, ITimerScheduler timers, SendFeedbackForms forms, IHeldFeedback held, IOptions<PeerFeedbackOptions> options, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var actorId = turn.Actor.Id;
        var first = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var releaseAt = now + TimeSpan.FromMinutes(first.Setup.LengthMinutes) + options.Value.FeedbackDeadline;
        if (!first.HandedCardToPartner)
        {
            // Checked before anything is written: the wrong person, or too early, gets the reason and nothing changes.
            try
            {
                _ = first.SwapRoles(actorId, now, releaseAt);
            }
            catch (StaleActionException)
            {
                // An old card of a half 1 that ended without a swap (the meeting ended): show where it is.
                return new CardResult(views.InterviewFor(first, actorId));
            }
        }
        else if (!first.IsInterviewer(actorId))
        {
            throw new NotInterviewerException(first.Interviewer.Name);
        }

        var second = await CreateSecondHalfAsync(first, now, releaseAt, cancellationToken).ConfigureAwait(false);
        releaseAt = second.Peer!.ReleaseAt!.Value; // a retried swap keeps the deadline the first attempt set
        var swapped = await sessions.UpdateAsync(first.Id, s => s.HandedCardToPartner ? s : s.SwapRoles(actorId, now, releaseAt), cancellationToken).ConfigureAwait(false);

        await ShowOnTheSameCardAsync(turn, swapped, second, cancellationToken).ConfigureAwait(false);
        await timers.TrackAsync(swapped, cancellationToken).ConfigureAwait(false);
        await held.HoldAsync(second.Peer.PairId, releaseAt, cancellationToken).ConfigureAwait(false);
        await forms.SendAsync(swapped, cancellationToken).ConfigureAwait(false);
        return new CardResult(views.InterviewFor(second, actorId), views.Shared(second));
    }

    /// <summary>Half 2 on the first interviewer's own plan: questions they have not met yet, including the ones they just asked.</summary>
    private async Task<MockSession> CreateSecondHalfAsync(MockSession first, DateTimeOffset now, DateTimeOffset releaseAt, CancellationToken cancellationToken)
    {
        var candidate = first.Interviewer;
        var history = await histories.GetAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
        var secondId = first.Peer!.PartnerSessionId;
        var questions = QuestionPlanner.Plan(bank, first.Setup.Track, first.Setup.Focus, first.Setup.QuestionCount, history.QuestionsAsked, StableSeed(secondId));
        var (second, _) = await sessions.CreateAsync(first.PlanSecondHalf(now, questions, releaseAt), cancellationToken).ConfigureAwait(false);

        var questionIds = second.Questions.Select(q => q.QuestionId).ToList();
        await histories.AddAsync(second.Candidate.Id, new(second.Id, second.CreatedAt, StudentHistoryItem.CandidateRole, questionIds), cancellationToken).ConfigureAwait(false);
        await histories.AddAsync(second.Interviewer.Id, new(second.Id, second.CreatedAt, StudentHistoryItem.InterviewerRole, questionIds), cancellationToken).ConfigureAwait(false);
        return second;
    }

    /// <summary>Half 2 takes over half 1's message in the chat (and the chat's side panel); half 1 stops updating it.</summary>
    private async Task ShowOnTheSameCardAsync(ChatTurn turn, MockSession first, MockSession second, CancellationToken cancellationToken)
    {
        var location = await conversations.FindSessionCardAsync(first.Id, cancellationToken).ConfigureAwait(false)
            ?? (turn.Chat is { } chat && turn.ClickedMessageId is { Length: > 0 } messageId ? new SessionCardLocation(chat, messageId) : null);
        if (location is not null)
        {
            await conversations.RememberSessionCardAsync(second.Id, location, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Kind != ChatKind.Personal && turn.ChatId.Length > 0)
        {
            await chats.RememberAsync(ChatSessions.ChatIdOf(turn.ChatId), second.Id, second.CreatedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    private static int StableSeed(string id) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0);
}
