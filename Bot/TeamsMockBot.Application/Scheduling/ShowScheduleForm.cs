using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// <c>schedule a mock</c>, the setup card's "Schedule" and "Book the next mock": the schedule form.
/// The person scheduling interviews; the candidate is mentioned or picked from the chat. Opened from
/// an earlier session (<see cref="CardInputs.FromSession"/>), the same two people meet again, on the same track.
/// </summary>
public sealed class ShowScheduleForm(ISessionStore sessions)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var request = ScheduleRequest.Read(data);
        if (request.FromSessionId is { } from)
        {
            var pair = await MockPair.ResolveAsync(turn, request, sessions, cancellationToken).ConfigureAwait(false);
            var earlier = await sessions.GetAsync(from, cancellationToken).ConfigureAwait(false);
            var next = data.Text(CardInputs.Track) is null ? request with { Track = earlier.Setup.Track, Focus = earlier.Setup.Focus } : request;
            return new CardResult(Build(turn, next, [], new Dictionary<string, string>(), pair.PartnerOf(turn.Actor.Id).Name));
        }

        var people = MockPair.Candidates(turn);
        var errors = new Dictionary<string, string>();
        if (people.Count == 0)
        {
            errors[CardInputs.Candidate] = "There is no one else in this chat. Type schedule a mock in a chat with the candidate, or mention them.";
        }

        var chosen = request.CandidateId ?? turn.Mentioned.FirstOrDefault(m => m.Id != turn.Actor.Id)?.Id ?? people.FirstOrDefault()?.Id;
        return new CardResult(Build(turn, request with { CandidateId = chosen }, people, errors, partnerName: null));
    }

    /// <summary>The form, with the values chosen so far and what needs fixing.</summary>
    public static AdaptiveCard Build(
        ChatTurn turn, ScheduleRequest request, IReadOnlyList<Participant> people, IReadOnlyDictionary<string, string> errors, string? partnerName)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(people);
        return ScheduleFormCard.Build(new ScheduleFormModel(
            turn.Actor.Name,
            people.Select(p => new PersonChoice(p.Id, p.Name)).ToList(),
            request.CandidateId,
            request.Track,
            request.Focus,
            request.LengthMinutes,
            request.WindowDays,
            errors) { FromSessionId = request.FromSessionId, PartnerName = partnerName });
    }
}
