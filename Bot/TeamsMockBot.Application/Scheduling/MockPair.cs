using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// The two people of a mock being scheduled. Normally the person scheduling interviews someone from
/// the chat (picked on the form or mentioned); "Book the next mock" keeps an earlier session's two
/// people in their roles, and only one of them may book it.
/// </summary>
public sealed record MockPair(Participant Interviewer, Participant Candidate)
{
    public Participant PartnerOf(string actorId) => Interviewer.Id == actorId ? Candidate : Interviewer;

    public static async Task<MockPair> ResolveAsync(ChatTurn turn, ScheduleRequest request, ISessionStore sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sessions);
        if (request.FromSessionId is { } from)
        {
            var earlier = await sessions.FindAsync(from, cancellationToken).ConfigureAwait(false)
                ?? throw new SchedulingRuleException("I can't find that earlier mock any more. Type **schedule a mock** to book a new one.");
            if (!earlier.IsParticipant(turn.Actor.Id) || earlier.IsSolo)
            {
                throw new SchedulingRuleException("Only the two people of that mock can book the next one from it.");
            }

            return new MockPair(earlier.Interviewer, earlier.Candidate);
        }

        var candidate = Candidates(turn).FirstOrDefault(p => p.Id == request.CandidateId)
            ?? throw new SchedulingRuleException(request.CandidateId is null
                ? "Pick the candidate first."
                : "I can't find that person in this chat. Pick the candidate from the list, or mention them.");
        return new MockPair(turn.Actor, candidate);
    }

    /// <summary>Who can be the candidate: the chat's members and anyone mentioned, other than the person scheduling.</summary>
    public static List<Participant> Candidates(ChatTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Members.Concat(turn.Mentioned).Where(m => m.Id != turn.Actor.Id).DistinctBy(m => m.Id).ToList();
    }
}
