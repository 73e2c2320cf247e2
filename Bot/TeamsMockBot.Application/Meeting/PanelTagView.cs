namespace TeamsMockBot.Application.Meeting;

/// <summary>One quick tag button of the interviewer's side panel: the tag's name, its words, which group, and whether it is set on the current question.</summary>
public sealed record PanelTagView(string Tag, string Label, bool Strength, bool On);
