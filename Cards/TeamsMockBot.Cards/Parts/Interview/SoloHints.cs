using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>
/// In solo practice the student is their own interviewer: follow-ups are shown as extra
/// questions, and the model answer stays hidden until they choose to look, after answering.
/// </summary>
internal static class SoloHints
{
    public const string HintsId = "hints";

    public static IEnumerable<CardElement> Build(InterviewerMaterial material)
    {
        if (material.FollowUpsShown.Count > 0)
        {
            yield return CardText.Label("Follow-up questions");
            foreach (var row in CardLists.Numbered(material.FollowUpsShown))
            {
                yield return row;
            }
        }

        yield return new ActionSet([new ToggleVisibilityAction("Show what good looks like", [HintsId])]) { Spacing = Spacing.Medium };
        yield return new Container(
        [
            CardText.Label("What good looks like"),
            CardText.Body(material.WhatGoodLooksLike),
        ])
        {
            Id = HintsId,
            IsVisible = false,
            Style = ContainerStyle.Accent,
            Spacing = Spacing.Small,
        };
    }
}
