namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// A word as said, lower case, with whether punctuation (a comma, a full stop, a dash…) came right
/// before or after it: a transcript's punctuation is the only trace of a pause, which is what tells
/// "like," the filler from "like" the verb.
/// </summary>
public readonly record struct SpokenWord(string Text, bool PauseBefore, bool PauseAfter);
