using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The setup card shown by <c>mock</c>. <see cref="People"/> are the chat's members other than the
/// person starting it; when empty (a personal chat) only solo practice is offered. Values are the
/// current choices (defaults or what was typed before an error) and <see cref="Errors"/> is keyed
/// by <see cref="CardInputs"/> names.
/// </summary>
public sealed record SetupCardModel(
    string InterviewerName,
    IReadOnlyList<PersonChoice> People,
    string? CandidateId,
    Track Track,
    string Focus,
    InterviewFormat Format,
    int LengthMinutes,
    int QuestionCount,
    IReadOnlyDictionary<string, string> Errors);
