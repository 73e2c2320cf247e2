namespace TeamsMockBot.Meeting;

/// <summary>A quick tag button on the side panel: the question it was shown for, the tag (a <c>QuickTag</c> name) and the state it asks for.</summary>
public sealed record PanelTagRequest(int QuestionNumber, string? Tag, bool On);
