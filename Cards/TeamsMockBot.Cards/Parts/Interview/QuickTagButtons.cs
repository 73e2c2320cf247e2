using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>
/// The quick tags on the interviewer's own view of a running question: one button per tag, in two
/// rows of three (strengths, things to work on). A set tag reads "✓ …" in the positive style, and
/// its button asks to clear it; each button carries the state it asks for, so a repeated click is a no-op.
/// </summary>
internal static class QuickTagButtons
{
    public static IEnumerable<CardElement> Build(InterviewCardModel model, InterviewerMaterial material)
    {
        yield return CardText.Label("Quick tags");
        yield return CardText.Small("Tap what you notice in this answer; the tags wait for you on the feedback form. Tap again to take one off.");
        yield return Row(model, material, QuickTags.Strengths);
        yield return Row(model, material, QuickTags.ToWorkOn);
    }

    private static ActionSet Row(InterviewCardModel model, InterviewerMaterial material, IReadOnlyList<QuickTag> tags) =>
        new(tags.Select(tag => (CardAction)Button(model, tag, material.Tags.Contains(tag))).ToList()) { Spacing = Spacing.Small };

    private static ExecuteAction Button(InterviewCardModel model, QuickTag tag, bool isSet)
    {
        var data = CardButtons.Question(model.SessionId, model.QuestionNumber);
        data[CardInputs.Tag] = tag.ToString();
        data[CardInputs.TagState] = isSet ? CardInputs.TagOff : CardInputs.TagOn;
        var label = Wording.QuickTag(tag);
        return CardButtons.Execute(isSet ? "✓ " + label : label, CardVerbs.Tag, data, isSet ? ActionStyle.Positive : null);
    }
}
