using System.Net;
using Microsoft.Bot.Schema;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Teams;

/// <summary>
/// The one place that turns an exception into what the person sees: rule breaks get their own
/// friendly message; anything unexpected gets a generic apology (details stay in the log).
/// </summary>
internal static class TurnErrors
{
    public static AdaptiveCard ToCard(Exception exception, string? sessionId) => exception switch
    {
        SessionRuleException rule => Notice("Not right now", rule.Message, NoticeKind.Warning, sessionId),
        SessionNotFoundException missing => Notice("Session not found", missing.Message, NoticeKind.Warning, null),
        BadCardDataException bad => Notice("That card is out of date", bad.Message + " Type \"mock\" to start again.", NoticeKind.Warning, null),
        DocumentConflictException => Notice("Busy right now", "Lots happened at once and I couldn't save that. Please try again.", NoticeKind.Warning, sessionId),
        CorruptDocumentException => Notice("Something is wrong with this session", "Its saved data can't be read, so I've left it untouched. Please tell your career center.", NoticeKind.Error, null),
        StorageUnavailableException => Notice("Couldn't save that", "I can't reach storage right now, so that wasn't saved. Nothing saved before is lost; please try again in a minute.", NoticeKind.Error, sessionId),
        // The roster (and a post into the chat) is refused when the bot is not a member of the chat yet.
        ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } =>
            Notice("Add the app first", "Add the Mock Interviews app to this chat, then start the mock interview again.", NoticeKind.Warning, null),
        // Only a roster read can be refused for the rate here (a click's messages wait in the outbox); it comes before anything is saved.
        ErrorResponseException { Response.StatusCode: HttpStatusCode.TooManyRequests } =>
            Notice("Teams is busy", "Teams asked me to slow down, so nothing was changed. Please try again in a few seconds.", NoticeKind.Warning, sessionId),
        DocumentTooLargeException => Notice("Too much to save", "That would make this session's record too large, so it wasn't saved. Please shorten it and try again.", NoticeKind.Warning, sessionId),
        _ => Notice("Sorry, something went wrong", "I couldn't do that. Nothing you saved before is lost; please try again in a moment.", NoticeKind.Error, sessionId),
    };

    /// <summary>Expected refusals are information; everything else is an error worth a look.</summary>
    public static bool IsExpected(Exception exception) =>
        exception is SessionRuleException or SessionNotFoundException or BadCardDataException;

    private static AdaptiveCard Notice(string title, string message, NoticeKind kind, string? sessionId) =>
        NoticeCard.Build(new NoticeCardModel(title, message, kind, sessionId));
}
