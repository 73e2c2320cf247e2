using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// The card's buttons and the sharing line. Every button is a promise: "Share with my career
/// advisor" only when staff are configured and it was not shared yet; "Book the next mock" only when
/// the model carries its action (<see cref="FeedbackReportCardModel.BookNextMock"/>). The advisor's copy has none.
/// </summary>
internal static class ReportActions
{
    public static IEnumerable<CardElement> SharingLine(FeedbackReportCardModel model)
    {
        if (model.Sharing is { SharedAt: { } at, AdvisorCount: var count, OnItsWay: var onItsWay } && !model.IsStaffCopy)
        {
            var who = $"your career center ({Wording.Count(count, "career advisor", "career advisors")})";
            yield return new TextBlock(onItsWay
                ? $"Shared with {who}: on its way, Teams is busy, so it arrives as soon as Teams accepts it."
                : $"Shared with {who} on {TeamsTime.ShortDate(at)}.")
            {
                Size = TextSize.Small,
                Color = TextColor.Good,
                Spacing = Spacing.Large,
            };
        }
    }

    public static IReadOnlyList<CardAction>? Build(FeedbackReportCardModel model)
    {
        if (model.IsStaffCopy)
        {
            return null;
        }

        var actions = new List<CardAction>();
        if (model.BookNextMock is { } book)
        {
            actions.Add(CardButtons.Execute(book.Title, book.Verb, book.Data, ActionStyle.Positive));
        }

        if (model.Sharing is { SharedAt: null, AdvisorCount: > 0 })
        {
            actions.Add(CardButtons.Execute("Share with my career advisor", CardVerbs.ShareWithAdvisor, CardButtons.Session(model.SessionId)));
        }

        actions.Add(CardButtons.Execute("Set up another mock", CardVerbs.ShowSetup, style: model.BookNextMock is null ? ActionStyle.Positive : null));
        actions.Add(CardButtons.Execute("Past sessions", CardVerbs.ShowHistory));
        return actions;
    }
}
