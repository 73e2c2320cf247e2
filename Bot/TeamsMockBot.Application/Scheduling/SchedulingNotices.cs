using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>The cards for what the calendar could not do.</summary>
public static class SchedulingNotices
{
    public static AdaptiveCard CalendarFailed(CalendarException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var message = failure.IsTransient ? failure.Message + " Nothing was booked or changed; please try again in a minute." : failure.Message + " Nothing was booked or changed.";
        return NoticeCard.Build(new NoticeCardModel("The calendar couldn't do that", message, NoticeKind.Warning));
    }
}
