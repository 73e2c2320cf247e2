using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// What only the interviewer's side panel shows. A separate object, made only after the caller was
/// proven to be the interviewer, so the candidate's answer is built without it at all.
/// </summary>
/// <param name="WhatGoodLooksLike">The current question's hint; null when no question is being asked.</param>
/// <param name="FollowUps">All of the current question's follow-ups; the first <paramref name="FollowUpsAsked"/> were asked on the card.</param>
/// <param name="PanelNote">The panel's own note on the current question (the text box), or empty.</param>
/// <param name="Notes">Every note of the session, card and panel, oldest first.</param>
/// <param name="Tags">The quick tags for the current question, as the card offers them; empty when no question is being asked.</param>
public sealed record PanelInterviewerView(
    string? WhatGoodLooksLike,
    IReadOnlyList<string> FollowUps,
    int FollowUpsAsked,
    string PanelNote,
    IReadOnlyList<PanelNoteView> Notes,
    IReadOnlyList<PanelTagView> Tags)
{
    public static PanelInterviewerView Of(MockSession session, QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(bank);
        var asking = session.Stage == SessionStage.Interviewing ? session.Current : null;
        var question = asking is null ? null : bank.Get(asking.QuestionId);
        var noteNumber = Math.Max(session.CurrentNumber, 1);
        return new PanelInterviewerView(
            question?.WhatGoodLooksLike,
            question?.FollowUps ?? [],
            asking?.FollowUpsShown ?? 0,
            session.PanelNoteFor(noteNumber)?.Text ?? string.Empty,
            session.Notes.Select(n => new PanelNoteView(n.QuestionNumber, n.Text, n.At, n.FromPanel)).ToList(),
            asking is null ? [] : QuickTags.Strengths.Concat(QuickTags.ToWorkOn)
                .Select(tag => new PanelTagView(tag.ToString(), QuickTagLabels.Of(tag), QuickTags.IsStrength(tag), asking.HasTag(tag)))
                .ToList());
    }
}
