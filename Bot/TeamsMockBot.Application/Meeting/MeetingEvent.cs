namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// A meeting event in our own words, translated by the Teams adapter. <see cref="At"/> is when it
/// happened by the platform's clock (a repeat of the same report carries the same time, which is
/// what makes recording it idempotent).
/// </summary>
public sealed record MeetingEvent(MeetingEventKind Kind, string MeetingId, DateTimeOffset At, IReadOnlyList<MeetingMember> Members);
