namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>A small document for store tests.</summary>
public sealed record Counter(int Value, string Note = "");
