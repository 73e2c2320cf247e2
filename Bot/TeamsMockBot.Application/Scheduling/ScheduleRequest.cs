using System.Globalization;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// What the schedule form (and every button after it) carries: who, track, focus, length, how many
/// days ahead, and — on a slot button — the slot, the window's end and the organizer's time zone.
/// Reading never throws on a missing value; a missing or unreadable one reads as its default.
/// </summary>
public sealed record ScheduleRequest(string? CandidateId, string? FromSessionId, Track Track, string Focus, int LengthMinutes, int WindowDays)
{
    public const int DefaultWindowDays = 7;
    public const int MaxWindowDays = 31;

    public static ScheduleRequest Read(CardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(
            data.Text(CardInputs.Candidate),
            data.Text(CardInputs.FromSession) is { Length: > 0 and <= 64 } from ? from : null,
            data.Choice<Track>(CardInputs.Track) ?? Track.Behavioral,
            (data.Text(CardInputs.Focus) ?? string.Empty).Trim(),
            data.Number(CardInputs.Length) ?? SessionSetup.DefaultLengthMinutes,
            data.Number(CardInputs.WindowDays) ?? DefaultWindowDays);
    }

    public SessionSetup Setup => new(Track, Focus, InterviewFormat.MentorLed, LengthMinutes, SessionSetup.DefaultQuestionCount);

    /// <summary>Problems a person can fix on the form, keyed by input name.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(Setup.Validate());
        if (WindowDays is < 1 or > MaxWindowDays)
        {
            errors[CardInputs.WindowDays] = $"Look between 1 and {MaxWindowDays} days ahead.";
        }

        return errors;
    }

    /// <summary>The form's values, for the buttons of the next card (they carry no inputs of their own).</summary>
    public Dictionary<string, object> ToData()
    {
        var data = new Dictionary<string, object>
        {
            [CardInputs.Track] = Track.ToString(),
            [CardInputs.Focus] = Focus,
            [CardInputs.Length] = LengthMinutes.ToString(CultureInfo.InvariantCulture),
            [CardInputs.WindowDays] = WindowDays.ToString(CultureInfo.InvariantCulture),
        };
        if (CandidateId is { } candidate)
        {
            data[CardInputs.Candidate] = candidate;
        }

        if (FromSessionId is { } from)
        {
            data[CardInputs.FromSession] = from;
        }

        return data;
    }

    /// <summary>The slot a slot button sends; a missing or unreadable one means the card was not ours.</summary>
    public static MeetingSlot RequireSlot(CardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Instant(data, CardInputs.SlotStart) is { } start && Instant(data, CardInputs.SlotEnd) is { } end
            ? new MeetingSlot(start, end)
            : throw new Turns.BadCardDataException("The button did not say which time it was for.");
    }

    /// <summary>The window the offer was made for (up to its end); null when the button did not say.</summary>
    public static MeetingSlot? Window(CardData data) =>
        Instant(data, CardInputs.WindowEnd) is { } end ? new MeetingSlot(DateTimeOffset.MinValue, end) : null;

    private static DateTimeOffset? Instant(CardData data, string name) =>
        DateTimeOffset.TryParse(data.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
}
