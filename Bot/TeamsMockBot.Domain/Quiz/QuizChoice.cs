namespace TeamsMockBot.Domain.Quiz;

public sealed record QuizChoice(string Id, string Text);
