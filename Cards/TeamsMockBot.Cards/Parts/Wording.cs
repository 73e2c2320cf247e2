using System.Globalization;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts;

/// <summary>How domain values read on a card. One place, so every card names things the same way.</summary>
internal static class Wording
{
    public static string Track(Track track) => track switch
    {
        Domain.Questions.Track.Behavioral => "Behavioral",
        Domain.Questions.Track.ProductManagement => "Product management",
        Domain.Questions.Track.SystemDesign => "System design",
        Domain.Questions.Track.ConsultingCase => "Consulting case",
        Domain.Questions.Track.CodingTalkThrough => "Coding talk-through",
        Domain.Questions.Track.General => "General",
        _ => track.ToString(),
    };

    public static string Format(InterviewFormat format) => format switch
    {
        InterviewFormat.MentorLed => "Mentor-led",
        InterviewFormat.Peer => "Peer to peer",
        InterviewFormat.FriendPractice => "Practice with a friend",
        InterviewFormat.SoloPractice => "Solo practice",
        _ => format.ToString(),
    };

    public static string FormatExplained(InterviewFormat format) => format switch
    {
        InterviewFormat.MentorLed => "A mentor or coach asks the questions and gives structured feedback.",
        InterviewFormat.Peer => "Two students interview each other, each on their own plan, then swap roles; neither sees the other's feedback until both have sent theirs.",
        InterviewFormat.FriendPractice => "A friend asks the questions; the rubric guides their feedback.",
        InterviewFormat.SoloPractice => "I ask and time the questions, then you rate yourself.",
        _ => string.Empty,
    };

    public static string QuickTag(QuickTag tag) => tag switch
    {
        Domain.Sessions.QuickTag.StrongStructure => "Strong structure",
        Domain.Sessions.QuickTag.GreatExample => "Great example",
        Domain.Sessions.QuickTag.ClearResult => "Clear result",
        Domain.Sessions.QuickTag.NoResultStated => "No result stated",
        Domain.Sessions.QuickTag.Rambling => "Rambling",
        Domain.Sessions.QuickTag.WeNotI => "Said \"we\", not \"I\"",
        _ => tag.ToString(),
    };

    /// <summary>"4 min", or "3 min 30 s" when the seconds matter.</summary>
    public static string Minutes(TimeSpan span)
    {
        var minutes = (int)span.TotalMinutes;
        return span.Seconds == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {span.Seconds} s");
    }

    /// <summary>"2:05": how a stopped countdown reads.</summary>
    public static string Clock(TimeSpan span)
    {
        var clamped = span < TimeSpan.Zero ? TimeSpan.Zero : span;
        return string.Create(CultureInfo.InvariantCulture, $"{(int)clamped.TotalMinutes}:{clamped.Seconds:00}");
    }

    public static string Score(double score) => string.Create(CultureInfo.InvariantCulture, $"{score:0.0} / 4");

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
