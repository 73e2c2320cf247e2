namespace TeamsMockBot.Tests.Graph;

/// <summary>Transcripts through Graph (<c>Graph:Transcripts</c> on), against the fake Graph and its contract checks.</summary>
[Collection(GraphTestGroup.Name)]
public sealed class GraphMeetingTranscriptsTests(ManagedIdentityEnvironment environment) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);

    private GraphHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.StartAsync();
        _harness.Graph.AddUser(GraphHarness.MentorId, GraphHarness.MentorMail, "Morgan Mentor");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task GetLatestVtt_MeetingWithATranscript_ReturnsItsWebVtt()
    {
        var booked = await _harness.Calendar.BookAsync(GraphHarness.Booking(Start).Build(), default);
        _harness.Graph.GiveTranscript(booked.EventId);
        var before = _harness.Graph.Requests.Count;

        var vtt = await _harness.Transcripts.GetLatestVttAsync(GraphHarness.MentorId, booked.JoinUrl!, default);

        Assert.NotNull(vtt);
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        Assert.Contains("<v User Name>", vtt, StringComparison.Ordinal);
        var calls = _harness.Graph.Requests.Skip(before).ToList();
        Assert.Equal(
            ["/users/{user-id}/onlineMeetings", "/users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts", "/users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts/{callTranscript-id}/content"],
            calls.Select(c => c.Template));
        // The newest of the docs' three transcripts (created 2021-09-17T06:09).
        Assert.EndsWith("/transcripts/MSMjMCMjZDAwYWU3NjUtNmM2Yi00NjQxLTgwMWQtMTkzMmFmMjEzNzdh/content", calls[2].Path, StringComparison.Ordinal);
        Assert.Contains("format=text/vtt", Uri.UnescapeDataString(calls[2].Query), StringComparison.Ordinal);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task GetLatestVtt_NoTranscriptYetOrUnknownMeeting_IsNull()
    {
        var booked = await _harness.Calendar.BookAsync(GraphHarness.Booking(Start).Build(), default);

        Assert.Null(await _harness.Transcripts.GetLatestVttAsync(GraphHarness.MentorId, booked.JoinUrl!, default));
        Assert.Null(await _harness.Transcripts.GetLatestVttAsync(GraphHarness.MentorId, new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_unknown%40thread.v2/0"), default));
        _harness.AssertContractKept(environment);
    }
}
