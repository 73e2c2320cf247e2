using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>The interviewer's private box: hints, follow-ups, quick tags and notes. Only built from <see cref="InterviewerMaterial"/>.</summary>
internal static class InterviewerPanel
{
    public static Container ForQuestion(InterviewCardModel model, InterviewerMaterial material)
    {
        var items = new List<CardElement>
        {
            CardText.Eyebrow("Only you can see this"),
            CardText.Label("What good looks like"),
            CardText.Body(material.WhatGoodLooksLike),
        };
        if (material.FollowUpsShown.Count > 0)
        {
            items.Add(CardText.Label("Follow-ups to ask"));
            items.AddRange(CardLists.Numbered(material.FollowUpsShown));
        }

        items.Add(CardText.Small(material.FollowUpsRemaining == 0
            ? "No follow-ups left for this question."
            : $"{Wording.Count(material.FollowUpsRemaining, "follow-up", "follow-ups")} left: press Follow-up to see the next."));
        items.AddRange(QuickTagButtons.Build(model, material));
        items.AddRange(Notes(model, material));
        return Panel(items);
    }

    public static Container NotesOnly(InterviewCardModel model, InterviewerMaterial material)
    {
        var items = new List<CardElement> { CardText.Eyebrow("Only you can see this") };
        items.AddRange(Notes(model, material));
        return Panel(items);
    }

    private static Container Panel(List<CardElement> items) =>
        new(items) { Style = ContainerStyle.Accent, Spacing = Spacing.Large };

    private static IEnumerable<CardElement> Notes(InterviewCardModel model, InterviewerMaterial material)
    {
        yield return CardText.Label("Your notes");
        if (material.Notes.Count == 0)
        {
            yield return CardText.Small("No notes yet. Whatever you save here is waiting for you on the feedback form.");
        }
        else
        {
            foreach (var row in CardLists.BulletedTyped(material.Notes))
            {
                yield return row;
            }
        }

        yield return new TextInput(CardInputs.Note)
        {
            Label = "Add a note",
            Placeholder = "A moment you want to mention in feedback",
            MaxLength = MockSession.MaxNoteLength,
            IsRequired = true,
            ErrorMessage = "Type a note first.",
            Spacing = Spacing.Medium,
        };
        yield return new ActionSet(
        [
            new ExecuteAction("Save note", CardVerbs.SaveNote)
            {
                Data = CardButtons.Question(model.SessionId, model.QuestionNumber),
                AssociatedInputs = AssociatedInputs.Auto,
            },
        ])
        { Spacing = Spacing.Small };
    }
}
