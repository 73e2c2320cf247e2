using System.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Cards;

namespace TeamsMockBot.Teams;

/// <summary>
/// What a turn is called in telemetry: its kind (activity type), its name (card verb, invoke name or
/// activity type; the command for messages is named by the bot) and the session it names. Kinds and
/// names come from small fixed sets — anything else reads "other"/"unknown" — because they become
/// metric tags, and a caller must not be able to mint new series.
/// </summary>
internal static class TurnNames
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.MessageReaction, ActivityTypes.Event,
    };

    private static readonly HashSet<string> Verbs = typeof(CardVerbs)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static string KindOf(IActivity activity) => activity.Type is { } type && Kinds.Contains(type) ? type : "other";

    /// <summary>The card verb of an <c>adaptiveCard/action</c> invoke, the invoke name of any other, else the activity type.</summary>
    public static string NameOf(IActivity activity)
    {
        if (activity.Type != ActivityTypes.Invoke)
        {
            return KindOf(activity);
        }

        var invoke = activity.AsInvokeActivity();
        if (invoke.Name == "adaptiveCard/action")
        {
            var verb = ActionOf(invoke)?["verb"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
            return verb is not null && Verbs.Contains(verb) ? verb : "unknown";
        }

        return invoke.Name is { Length: > 0 and <= 48 } name && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-') ? name : "unknown";
    }

    /// <summary>The session a card action names (its <c>sessionId</c> data), or null.</summary>
    public static string? SessionIdOf(IActivity activity)
    {
        if (activity.Type != ActivityTypes.Invoke || ActionOf(activity.AsInvokeActivity())?["data"] is not JObject data)
        {
            return null;
        }

        return CardAttachments.ReadData(data).TryGetValue(CardInputs.SessionId, out var id) && id.Length is > 0 and <= 64 ? id : null;
    }

    // Only objects are read: indexing a JArray or JValue by name throws, and this runs before any validation.
    private static JObject? ActionOf(IInvokeActivity invoke) => (invoke.Value as JObject)?["action"] as JObject;
}
