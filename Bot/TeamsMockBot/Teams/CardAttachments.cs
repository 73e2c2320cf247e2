using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Teams;

/// <summary>Our typed cards to Bot Framework attachments and invoke responses, and back.</summary>
internal static class CardAttachments
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ToAttachment(AdaptiveCard card) => ToAttachment(card.ToJson());

    public static Attachment ToAttachment(string cardJson) =>
        new() { ContentType = AdaptiveCardContentType, Content = JObject.Parse(cardJson) };

    public static IMessageActivity ToMessage(AdaptiveCard card) => ToMessage(card.ToJson());

    public static IMessageActivity ToMessage(string cardJson)
    {
        var message = Activity.CreateMessageActivity();
        message.Attachments = [ToAttachment(cardJson)];
        return message;
    }

    public static AdaptiveCardInvokeResponse ToInvokeResponse(AdaptiveCard card) =>
        new() { StatusCode = 200, Type = AdaptiveCardContentType, Value = JObject.Parse(card.ToJson()) };

    /// <summary>
    /// Flattens an action's data (action data merged with the card's inputs) to strings. Nested
    /// objects are ignored: our cards never send them, so they can only come from a forged request.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadData(object? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is null)
        {
            return values;
        }

        // Card data is an object; anything else (a number, a list) reads as no data, and the use case says what is missing.
        var json = data switch
        {
            JObject obj => obj,
            string s => TryParse(s),
            JToken or IConvertible => null,
            _ => JObject.FromObject(data),
        };
        foreach (var property in json?.Properties() ?? [])
        {
            if (property.Value is JValue { Value: not null } value)
            {
                values[property.Name] = Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return values;
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
