namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>Who can receive a card; decides whether interviewer-only text may appear in it.</summary>
public enum CardAudience
{
    /// <summary>Anyone in the chat, the candidate included: never interviewer-only text.</summary>
    Everyone,
    /// <summary>The interviewer alone (their own view, their feedback form).</summary>
    Interviewer,
    /// <summary>A student practising solo, who is their own interviewer and may reveal the hints.</summary>
    SoloStudent,
}
