using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// <c>mock</c>: the setup card. The person who types it will interview; the candidate is the
/// person they mentioned, or picked from the chat's members. A personal chat has no one else in
/// it, so only solo practice is offered there.
/// </summary>
public sealed class ShowSetup
{
    public static AdaptiveCard Handle(ChatTurn turn) => Handle(turn, CardData.Empty);

    /// <summary>
    /// The setup card with values chosen earlier (the message extension's dialog). Missing or
    /// unreadable values fall back to the defaults; out-of-range ones are kept and flagged, so the
    /// person sees what to fix before they click Create.
    /// </summary>
    public static AdaptiveCard Handle(ChatTurn turn, CardData chosen)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(chosen);
        var people = SetupForm.Candidates(turn);
        var mentioned = turn.Mentioned.FirstOrDefault(m => m.Id != turn.Actor.Id);
        var picked = people.FirstOrDefault(p => p.Id == chosen.Text(CardInputs.Candidate));
        var solo = people.Count == 0;
        var setup = SetupForm.Read(chosen, InterviewFormat.MentorLed);
        if (solo)
        {
            setup = setup with { Format = InterviewFormat.SoloPractice };
        }
        return SetupCard.Build(new SetupCardModel(
            turn.Actor.Name,
            people,
            picked?.Id ?? mentioned?.Id ?? people.FirstOrDefault()?.Id,
            setup.Track,
            setup.Focus,
            setup.Format,
            setup.LengthMinutes,
            setup.QuestionCount,
            setup.Validate()));
    }
}
