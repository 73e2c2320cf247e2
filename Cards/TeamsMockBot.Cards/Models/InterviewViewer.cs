namespace TeamsMockBot.Cards.Models;

/// <summary>Whose view of the interview card is being built.</summary>
public enum InterviewViewer
{
    /// <summary>The message everyone in the chat sees (the candidate's view); never holds private material.</summary>
    Everyone,
    /// <summary>The interviewer's own view: hints, follow-ups, notes.</summary>
    Interviewer,
    /// <summary>Solo practice: the student runs the controls and may reveal hints after answering.</summary>
    Solo,
}
