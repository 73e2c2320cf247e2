namespace TeamsMockBot.Domain.Content;

/// <summary>The JSON shape of a quiz file (format <c>teamsmockbot.quiz</c>, version 1).</summary>
internal sealed record QuizDocument(string? Format, int FormatVersion, string? Id, string? Title, IReadOnlyList<QuizQuestionEntry?>? Questions);

internal sealed record QuizQuestionEntry(string? Id, string? Prompt, IReadOnlyList<QuizChoiceEntry?>? Choices, string? Answer, string? Explanation);

internal sealed record QuizChoiceEntry(string? Id, string? Text);
