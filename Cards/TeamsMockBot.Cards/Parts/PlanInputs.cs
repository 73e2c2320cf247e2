using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts;

/// <summary>The inputs the setup card and the schedule form share: who is interviewed, on which track, with what focus.</summary>
internal static class PlanInputs
{
    public static ChoiceSetInput Candidate(IEnumerable<PersonChoice> people, string? candidateId) =>
        new(CardInputs.Candidate, people.Select(p => new Choice(p.Name, p.Id)).ToList())
        {
            Label = "Candidate",
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Pick the person you'll interview",
            Value = candidateId,
            IsRequired = true,
            ErrorMessage = "Pick the candidate.",
            Spacing = Spacing.Medium,
        };

    public static ChoiceSetInput Track(Track track) =>
        new(CardInputs.Track, Enum.GetValues<Track>().Select(t => new Choice(Wording.Track(t), t.ToString())).ToList())
        {
            Label = "Track",
            Style = ChoiceInputStyle.Compact,
            Value = track.ToString(),
            Spacing = Spacing.Medium,
        };

    public static TextInput Focus(string? focus, string placeholder) =>
        new(CardInputs.Focus)
        {
            Label = "Focus (optional)",
            Placeholder = placeholder,
            MaxLength = SessionSetup.MaxFocusLength,
            Value = string.IsNullOrEmpty(focus) ? null : focus,
            Spacing = Spacing.Medium,
        };
}
