using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>Appending to a card body while it is being built.</summary>
internal static class CardBody
{
    /// <summary>Adds the error for <paramref name="field"/>, if any, right under the field just added.</summary>
    public static void AddErrorFor(this List<CardElement> body, IReadOnlyDictionary<string, string> errors, string field)
    {
        if (errors.TryGetValue(field, out var message) && !string.IsNullOrWhiteSpace(message))
        {
            body.Add(CardText.Error(message));
        }
    }

    /// <summary>
    /// A short box at the top of a form that came back with errors. Errors that belong to no field
    /// on the form are spelled out here, so none is lost.
    /// </summary>
    public static void AddErrorSummary(this List<CardElement> body, IReadOnlyDictionary<string, string> errors, IReadOnlyCollection<string> fields)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var items = new List<CardElement>
        {
            new TextBlock("A few things need another look. See the notes in red below.") { Color = TextColor.Attention, Weight = TextWeight.Bolder },
        };
        items.AddRange(errors
            .Where(e => !fields.Contains(e.Key))
            .Select(e => new TextBlock(e.Value) { Color = TextColor.Attention, Spacing = Spacing.Small }));
        body.Add(new Container(items) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium });
    }
}
