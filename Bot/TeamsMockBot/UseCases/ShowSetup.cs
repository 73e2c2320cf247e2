using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.UseCases;

/// <summary>
/// <c>mock</c>: the setup card. The person who types it will interview; the candidate is the
/// person they mentioned, or picked from the chat's members. A personal chat has no one else in
/// it, so only solo practice is offered there.
/// </summary>
public sealed class ShowSetup
{
    public static AdaptiveCard Handle(ChatTurn turn)
    {
        var people = turn.Members.Where(m => m.Id != turn.Actor.Id).Select(m => new PersonChoice(m.Id, m.Name)).ToList();
        var mentioned = turn.Mentioned.FirstOrDefault(m => m.Id != turn.Actor.Id);
        var solo = people.Count == 0;
        return SetupCard.Build(new SetupCardModel(
            turn.Actor.Name,
            people,
            mentioned?.Id ?? people.FirstOrDefault()?.Id,
            Track.Behavioral,
            string.Empty,
            solo ? InterviewFormat.SoloPractice : InterviewFormat.MentorLed,
            SessionSetup.DefaultLengthMinutes,
            SessionSetup.DefaultQuestionCount,
            new Dictionary<string, string>()));
    }
}
