using System.Text.Json.Serialization;

namespace TeamsMockBot.Application.Meeting;

/// <summary>Whose view of the meeting page this is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PanelRole>))]
public enum PanelRole
{
    /// <summary>Question and countdown only.</summary>
    Candidate,

    /// <summary>Also hints, follow-ups and notes (and the person practising alone: they are their own interviewer).</summary>
    Interviewer,
}
