using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// The interviewer's controls on the interview card (start, next, follow-up, pause, +1 min, skip,
/// end, notes, quick tags) and "Refresh". Each click is load → apply → save; cards go out only after the save.
/// A stale click (double click, old card) changes nothing and shows the clicker the current card.
/// </summary>
public sealed partial class ControlInterview(
    ISessionStore sessions, SessionViews views, ITimerScheduler timers, QuestionBank bank, SendFeedbackForms forms, MeetingNudges nudges,
    TimeProvider time, ILogger<ControlInterview> logger)
{
    public static IReadOnlySet<string> Verbs { get; } = new HashSet<string>
    {
        CardVerbs.Start, CardVerbs.Next, CardVerbs.Skip, CardVerbs.FollowUp, CardVerbs.Pause, CardVerbs.Resume,
        CardVerbs.AddMinute, CardVerbs.EndInterview, CardVerbs.OpenFeedback, CardVerbs.SaveNote, CardVerbs.Tag, CardVerbs.Refresh,
    };

    public async Task<CardResult> HandleAsync(ChatTurn turn, string verb, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var actorId = turn.Actor.Id;
        if (verb == CardVerbs.Refresh)
        {
            var current = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return new CardResult(views.InterviewFor(current, actorId));
        }

        var change = ChangeFor(verb, actorId, data);
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, change, cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException e)
        {
            LogStaleClick(logger, sessionId, verb, e.Message);
            var current = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (verb == CardVerbs.OpenFeedback && current.Stage == SessionStage.AwaitingFeedback && current.IsInterviewer(actorId))
            {
                // A second "Open feedback" (e.g. after the first answer was lost) queues the forms again;
                // their keys make sure nobody gets a form twice.
                await forms.SendAsync(current, cancellationToken).ConfigureAwait(false);
            }

            return new CardResult(views.InterviewFor(current, actorId));
        }

        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        if (verb is CardVerbs.EndInterview or CardVerbs.Next or CardVerbs.Skip) await nudges.QuestionsOverAsync(saved, cancellationToken).ConfigureAwait(false); // nudges only if the questions are now over
        if (verb == CardVerbs.OpenFeedback)
        {
            await forms.SendAsync(saved, cancellationToken).ConfigureAwait(false);
        }

        // A note or a tag changes only the interviewer's view; everyone else's card stays as it is.
        var sharedChanged = verb is not (CardVerbs.SaveNote or CardVerbs.Tag);
        return new CardResult(views.InterviewFor(saved, actorId), sharedChanged ? views.Shared(saved) : null);
    }

    private Func<MockSession, MockSession> ChangeFor(string verb, string actorId, CardData data)
    {
        var now = time.GetUtcNow();
        return verb switch
        {
            CardVerbs.Start => s => s.Start(actorId, now),
            CardVerbs.Next => s => s.Next(actorId, now, data.RequireQuestionNumber()),
            CardVerbs.Skip => s => s.Skip(actorId, now, data.RequireQuestionNumber()),
            CardVerbs.FollowUp => s => s.ShowFollowUp(actorId, data.RequireQuestionNumber(), FollowUpsOf(s)),
            CardVerbs.Pause => s => s.Pause(actorId, now, data.RequireQuestionNumber()),
            CardVerbs.Resume => s => s.Resume(actorId, now, data.RequireQuestionNumber()),
            CardVerbs.AddMinute => s => s.AddMinute(actorId, now, data.RequireQuestionNumber()),
            CardVerbs.EndInterview => s => s.EndInterview(actorId, now),
            CardVerbs.OpenFeedback => s => s.OpenFeedback(actorId, now),
            CardVerbs.SaveNote => s => s.TakeNote(actorId, data.Text(CardInputs.Note) ?? string.Empty, now),
            CardVerbs.Tag => TagChange(actorId, data, now),
            _ => throw new BadCardDataException($"'{verb}' is not an interview control."),
        };
    }

    /// <summary>The tag and the state the button asks for are read before anything is loaded: a malformed button changes nothing.</summary>
    private static Func<MockSession, MockSession> TagChange(string actorId, CardData data, DateTimeOffset now)
    {
        var questionNumber = data.RequireQuestionNumber();
        var tag = data.Choice<QuickTag>(CardInputs.Tag) ?? throw new BadCardDataException("The tag button did not say which tag it sets.");
        var on = data.Text(CardInputs.TagState) switch
        {
            CardInputs.TagOn => true,
            CardInputs.TagOff => false,
            _ => throw new BadCardDataException("The tag button did not say whether to set or clear the tag."),
        };
        return s => s.Tag(actorId, now, questionNumber, tag, on);
    }

    private int FollowUpsOf(MockSession session) =>
        session.Current is { } q ? bank.Get(q.QuestionId).FollowUps.Count : 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stale click on session {SessionId} ({Verb}): {Reason}")]
    private static partial void LogStaleClick(ILogger logger, string sessionId, string verb, string reason);
}
