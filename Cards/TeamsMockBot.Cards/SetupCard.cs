using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>
/// The form behind <c>mock</c>. In a personal chat there is nobody to interview, so only solo
/// practice is offered and it travels in the action data instead of a one-option dropdown.
/// </summary>
public static class SetupCard
{
    private static readonly string[] Fields =
        [CardInputs.Candidate, CardInputs.Track, CardInputs.Focus, CardInputs.Format, CardInputs.Length, CardInputs.QuestionCount];

    public static AdaptiveCard Build(SetupCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var soloOnly = model.People.Count == 0;
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Mock interview"),
            CardText.Title(soloOnly ? "Set up a solo practice" : "Set up a mock interview"),
            CardText.TypedSubtle(soloOnly
                ? "I'll ask the questions and keep time; afterwards you rate yourself on the rubric."
                : $"{model.InterviewerName}, choose who you're interviewing and what to practise."),
        };
        body.AddErrorSummary(model.Errors, Fields);

        if (!soloOnly)
        {
            body.Add(PlanInputs.Candidate(model.People, model.CandidateId));
            body.AddErrorFor(model.Errors, CardInputs.Candidate);
        }

        body.Add(PlanInputs.Track(model.Track));
        body.AddErrorFor(model.Errors, CardInputs.Track);

        body.Add(PlanInputs.Focus(model.Focus, "e.g. Tell me about yourself, a product case, leadership stories"));
        body.AddErrorFor(model.Errors, CardInputs.Focus);

        AddFormat(body, model, soloOnly);
        AddLengthAndQuestions(body, model, soloOnly);

        var data = soloOnly
            ? new Dictionary<string, object> { [CardInputs.Format] = nameof(InterviewFormat.SoloPractice) }
            : null;
        return new AdaptiveCard(body)
        {
            // "Schedule" takes the choices so far to the schedule form, which finds a time for both people.
            Actions = soloOnly
                ? [CardButtons.Submit("Start practice session", CardVerbs.CreateSession, data)]
                : [CardButtons.Submit("Create session", CardVerbs.CreateSession, data), new ExecuteAction("Schedule", CardVerbs.ShowSchedule) { AssociatedInputs = AssociatedInputs.Auto }],
        };
    }

    private static void AddFormat(List<CardElement> body, SetupCardModel model, bool soloOnly)
    {
        if (soloOnly)
        {
            body.Add(new FactSet([new Fact("Format", Wording.Format(InterviewFormat.SoloPractice))]) { Spacing = Spacing.Medium });
        }
        else
        {
            body.Add(new ChoiceSetInput(
                CardInputs.Format,
                Enum.GetValues<InterviewFormat>().Select(f => new Choice($"{Wording.Format(f)}: {Wording.FormatExplained(f)}", f.ToString())).ToList())
            {
                Label = "Format",
                Style = ChoiceInputStyle.Expanded,
                Wrap = true,
                Value = model.Format.ToString(),
                Spacing = Spacing.Medium,
            });
        }

        body.AddErrorFor(model.Errors, CardInputs.Format);
    }

    private static void AddLengthAndQuestions(List<CardElement> body, SetupCardModel model, bool soloOnly)
    {
        body.Add(new NumberInput(CardInputs.Length)
        {
            Label = "Length (minutes)",
            Min = SessionSetup.MinLengthMinutes,
            Max = SessionSetup.MaxLengthMinutes,
            Value = model.LengthMinutes,
            Spacing = Spacing.Medium,
        });
        body.AddErrorFor(model.Errors, CardInputs.Length);
        body.Add(CardText.Small(soloOnly
            ? "A 60-minute session is about 35–40 min of questions, 5 min to practise your own closing questions and 15–20 min to rate yourself and reflect."
            : "A 60-minute session is about 35–40 min of questions, 5 min for the candidate's own questions and 15–20 min of feedback."));

        body.Add(new NumberInput(CardInputs.QuestionCount)
        {
            Label = "Number of questions",
            Min = 1,
            Max = SessionSetup.MaxQuestionCount,
            Value = model.QuestionCount,
            Spacing = Spacing.Medium,
        });
        body.AddErrorFor(model.Errors, CardInputs.QuestionCount);
    }
}
