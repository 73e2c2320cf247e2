namespace TeamsMockBot.Domain.Sessions;

/// <summary>The interviewer's quick tags on the question being answered.</summary>
public sealed partial record MockSession
{
    /// <summary>
    /// Sets (<paramref name="on"/>) or clears a quick tag on the current question. The button says
    /// which state it asks for, so a double click or a Teams retry asks for the state that is already
    /// there and changes nothing (a <see cref="StaleActionException"/>), and a second, deliberate click
    /// on the refreshed card takes a mistaken tag off again.
    /// </summary>
    public MockSession Tag(string actorId, DateTimeOffset now, int expectedNumber, QuickTag tag, bool on)
    {
        var current = RequireCurrent(actorId, expectedNumber);
        if (current.HasTag(tag) == on)
        {
            throw new StaleActionException(on ? "That tag is already on this question." : "That tag is already off this question.");
        }

        return ReplaceCurrent(current with
        {
            Tags = on ? [.. current.Tags, new QuestionTag(tag, now)] : current.Tags.Where(t => t.Tag != tag).ToList(),
        });
    }
}
