using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// "Live panel" on the interview card: a signed link to the side panel, made for the person who
/// clicked and answered to them alone (the invoke answer replaces the card for the clicker only, so
/// nobody else in the chat sees it). Only the session's interviewer and candidate get one.
/// </summary>
public sealed class SendPanelLink(ISessionStore sessions, PanelLinks links, IOptions<PrivacyOptions> site)
{
    public const string PanelPath = "meeting/sidepanel.html";

    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        var asInterviewer = session.IsInterviewer(turn.Actor.Id);
        if (!asInterviewer && !session.IsCandidate(turn.Actor.Id))
        {
            throw new SessionRuleException($"The live panel is for {session.Interviewer.Name} and {session.Candidate.Name}, who take part in this mock interview.");
        }

        var (token, link) = await links.IssueAsync(session.Id, turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        // The token rides in the fragment: browsers never send it to a server in a request line or Referer.
        var url = new Uri(site.Value.PublicBaseUrl, PanelPath + "#link=" + token);
        return new CardResult(LivePanelCard.Build(new LivePanelCardModel(session.Id, turn.Actor.Name, asInterviewer, url, link.ExpiresAt)));
    }
}
