using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>Reads the setup card's inputs, and lists who can be picked as the candidate.</summary>
public static class SetupForm
{
    /// <summary>The setup typed on the card; a missing or unreadable value reads as its default.</summary>
    public static SessionSetup Read(CardData data, InterviewFormat defaultFormat) => new(
        data.Choice<Track>(CardInputs.Track) ?? Track.Behavioral,
        (data.Text(CardInputs.Focus) ?? string.Empty).Trim(),
        data.Choice<InterviewFormat>(CardInputs.Format) ?? defaultFormat,
        data.Number(CardInputs.Length) ?? SessionSetup.DefaultLengthMinutes,
        data.Number(CardInputs.QuestionCount) ?? SessionSetup.DefaultQuestionCount);

    /// <summary>The chat's members other than the person setting up (who will interview).</summary>
    public static List<PersonChoice> Candidates(ChatTurn turn) =>
        turn.Members.Where(m => m.Id != turn.Actor.Id).Select(m => new PersonChoice(m.Id, m.Name)).ToList();
}
