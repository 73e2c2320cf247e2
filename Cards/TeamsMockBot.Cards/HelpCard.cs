using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>What the bot can do; with a greeting when it has just been added.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(HelpCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement> { CardText.Eyebrow("Mock interviews") };
        if (model.IsWelcome)
        {
            body.Add(CardText.TypedTitle(string.IsNullOrWhiteSpace(model.UserName) ? "Hi, welcome!" : $"Hi {model.UserName}, welcome!"));
            body.Add(CardText.Body("I help you practise job interviews right here in Teams: I ask the questions, keep time, "
                + "give the interviewer private hints and collect structured feedback afterwards."));
        }
        else
        {
            body.Add(CardText.Title("How I can help"));
            body.Add(CardText.Body("I run mock job interviews: questions with timers, private hints for the interviewer, "
                + "and structured feedback at the end."));
        }

        body.Add(CardText.Heading("Type one of these"));
        body.Add(new FactSet(
        [
            new Fact("mock", "Set up a mock interview in this chat (or type \"start a mock interview\")"),
            new Fact("mock @name", "Set it up with that person as the candidate"),
            new Fact("schedule a mock", "Find a time in both calendars and book it, with reminders"),
            new Fact("history", "See your past sessions and feedback"),
            new Fact("my progress", "Your ratings, pace and filler words over time, and your action plan"),
            new Fact("quiz", "Ten quick questions on getting the most from a mock"),
            new Fact("a .vtt file", "Attach a meeting transcript here for delivery analytics (in our personal chat)"),
            new Fact("export my data", "Download everything stored about you (in our personal chat)"),
            new Fact("delete my data", "Delete everything stored about you (in our personal chat)"),
            new Fact("help", "Show this card again"),
        ]));

        body.Add(CardText.Heading("Ways to practise"));
        body.Add(new FactSet(Enum.GetValues<InterviewFormat>()
            .Select(f => new Fact(Wording.Format(f), Wording.FormatExplained(f)))
            .ToList()));

        body.Add(CardText.Heading("How a session runs"));
        body.Add(CardText.Body("A 60-minute session is about 35–40 minutes of questions, 5 minutes for the candidate's own "
            + "questions, and 15–20 minutes of feedback. The candidate rates themselves first, then sees the feedback side by side."));

        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Execute("Start a mock interview", CardVerbs.ShowSetup, style: ActionStyle.Positive),
                CardButtons.Execute("Past sessions", CardVerbs.ShowHistory),
            ],
        };
    }
}
