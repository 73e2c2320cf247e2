using System.Globalization;

namespace TeamsMockBot.Application.Turns;

/// <summary>
/// The data of a card action (action data merged with the card's inputs), as plain strings.
/// Reading it never throws on bad input: a missing or malformed value reads as null, and the
/// use case decides what that means.
/// </summary>
public sealed class CardData(IReadOnlyDictionary<string, string> values)
{
    public const int MaxValueLength = 4000;

    public static CardData Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>Every name the action sent, for use cases that refuse names a form cannot have (a tampered payload).</summary>
    public IEnumerable<string> Names => values.Keys;

    public string? Text(string name) =>
        values.TryGetValue(name, out var value) ? (value.Length > MaxValueLength ? value[..MaxValueLength] : value) : null;

    public int? Number(string name) =>
        int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public TEnum? Choice<TEnum>(string name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(Text(name), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    /// <summary>The session id, or a <see cref="BadCardDataException"/> when the card did not carry one.</summary>
    public string RequireSessionId() =>
        Text(Cards.CardInputs.SessionId) is { Length: > 0 and <= 64 } id ? id : throw new BadCardDataException("The card did not say which session it belongs to.");

    /// <summary>The form's idempotency key; a form without one is from an unknown source.</summary>
    public string RequireSubmissionId() =>
        Text(Cards.CardInputs.SubmissionId) is { Length: > 0 and <= 64 } id ? id : throw new BadCardDataException("The form did not carry its submission id.");

    public int RequireQuestionNumber() =>
        Number(Cards.CardInputs.QuestionNumber) ?? throw new BadCardDataException("The card did not say which question it belongs to.");
}
