using System.Globalization;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// The rubric ratings shared by the feedback and self-assessment forms. Every level is shown with
/// its anchor text, because anchors are what make two people's "3" mean the same thing.
/// </summary>
internal static class RubricInputs
{
    public static void AddRatings(
        this List<CardElement> body,
        IReadOnlyList<RubricCompetency> competencies,
        IReadOnlyDictionary<string, int?> ratings,
        IReadOnlyDictionary<string, string> errors,
        IReadOnlyCollection<string>? notObserved = null)
    {
        // Only the interviewer's form passes a set: they may not have seen a competency; the candidate always rates all.
        var allowNotObserved = notObserved is not null;
        body.Add(CardText.Heading("Rubric"));
        body.Add(CardText.Subtle(allowNotObserved
            ? "For each area, pick the description closest to what happened. 1 is far from ready, 4 is interview-ready; \"Not observed\" leaves it out of the score."
            : "For each area, pick the description closest to what happened. 1 is far from ready, 4 is interview-ready."));
        foreach (var entry in competencies)
        {
            ratings.TryGetValue(entry.Id, out var rating);
            var field = FeedbackInputs.Rating(entry.Id);
            var choices = Choices(entry);
            if (allowNotObserved)
            {
                choices.Add(new Choice("Not observed", FeedbackInputs.NotObserved));
            }

            body.Add(new ChoiceSetInput(field, choices)
            {
                Label = entry.Title,
                Style = ChoiceInputStyle.Expanded,
                Wrap = true,
                Value = notObserved?.Contains(entry.Id) == true ? FeedbackInputs.NotObserved : rating?.ToString(CultureInfo.InvariantCulture),
                IsRequired = true,
                ErrorMessage = allowNotObserved ? "Choose a rating from 1 to 4, or Not observed." : "Choose a rating from 1 to 4.",
                Spacing = Spacing.Medium,
            });
            body.AddErrorFor(errors, FeedbackPart.Rating(entry.Id));
        }
    }

    private static List<Choice> Choices(RubricCompetency entry) =>
        entry.Levels.Select((anchor, index) => Level(index + RubricCompetency.MinRating, anchor)).ToList();

    private static Choice Level(int rating, string anchor)
    {
        var value = Wording.Number(rating);
        return new Choice($"{value} — {anchor}", value);
    }
}
