using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>
/// A booked, moved or cancelled mock: when (in the viewer's own time zone, formatted by Teams),
/// with whom, the join link and "Add to calendar", and the changes still allowed. Offline there is
/// no Teams meeting, and the card says the mock runs in the chat it was booked from. Posted in the
/// Teams meeting's own chat (<see cref="BookingNotice.Scheduled"/>), it says the interview card appears
/// there when the meeting starts, and offers no changes: those belong to the two people's own cards.
/// </summary>
public static class BookingCard
{
    public static AdaptiveCard Build(BookingCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (eyebrow, title, kind) = model.Notice switch
        {
            BookingNotice.Moved => ("Mock interview moved", "New time", TextColor.Accent),
            BookingNotice.Cancelled => ("Mock interview cancelled", "This mock is off", TextColor.Warning),
            BookingNotice.Scheduled => ("Mock interview scheduled", "This meeting is a mock interview", TextColor.Good),
            _ => ("Mock interview booked", "You're booked", TextColor.Good),
        };
        var body = new List<CardElement>
        {
            new TextBlock(eyebrow) { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = kind },
            CardText.Title(title),
            CardText.Body($"{TeamsTime.ShortDate(model.Start)}, {TeamsTime.Time(model.Start)}–{TeamsTime.Time(model.End)} (your time)"),
            CardText.LabelledTyped("Interviewer:", model.InterviewerName),
            CardText.LabelledTyped("Candidate:", model.CandidateName),
            new FactSet([new Fact("Track", Wording.Track(model.Track)), new Fact("Format", Wording.Format(model.Format))]) { Spacing = Spacing.Small },
        };
        if (model.Focus.Length > 0)
        {
            body.Add(CardText.LabelledTyped("Focus:", model.Focus));
        }

        var actions = new List<CardAction>();
        if (model.Notice == BookingNotice.Cancelled)
        {
            body.Add(CardText.Subtle("Its reminders are off. Type **schedule a mock** to book another time."));
            return new AdaptiveCard(body);
        }

        if (model.JoinUrl is { } join)
        {
            actions.Add(new OpenUrlAction("Join the Teams meeting", join) { Style = ActionStyle.Positive });
        }
        else
        {
            body.Add(CardText.Subtle("There is no Teams meeting for this mock: it runs in the chat it was booked from. At the time, the interviewer opens it there with \"Show the interview\"."));
        }

        if (model.Notice == BookingNotice.Scheduled)
        {
            body.Add(CardText.Body("The interview card appears here in the meeting chat when the meeting starts."));
        }

        if (model.ChatNote is { } note)
        {
            body.Add(CardText.Small(note));
        }

        if (model.CalendarLink is { } calendar && model.Notice != BookingNotice.Scheduled) // the meeting is in both calendars already
        {
            actions.Add(new OpenUrlAction("Add to calendar", calendar));
        }

        if (model.Prep.Count > 0)
        {
            body.Add(CardText.Heading("Before the mock"));
            body.Add(CardLines(model.Prep));
        }

        if (model.PartnerName is null && model.Notice != BookingNotice.Scheduled)
        {
            actions.Add(CardButtons.Refresh(model.SessionId, "Show the interview"));
        }

        if (model.CanChange)
        {
            actions.Add(CardButtons.Execute("Reschedule", CardVerbs.ChangeBooking, CardButtons.Session(model.SessionId)));
            actions.Add(CardButtons.Execute("Cancel the mock", CardVerbs.CancelBooking, CardButtons.Session(model.SessionId), ActionStyle.Destructive));
        }

        return new AdaptiveCard(body) { Actions = actions.Count == 0 ? null : actions };
    }

    internal static Container CardLines(IEnumerable<string> lines) =>
        new(lines.Select(l => (CardElement)new TextBlock("• " + l) { Spacing = Spacing.Small }).ToList()) { Spacing = Spacing.Small };
}
