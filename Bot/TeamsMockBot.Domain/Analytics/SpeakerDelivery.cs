namespace TeamsMockBot.Domain.Analytics;

/// <summary>How one speaker (by role) spoke: counts and times, from which the rates are computed.</summary>
/// <param name="Fillers">Occurrences of each filler, keyed by its <see cref="FillerWords.Names"/> entry.</param>
/// <param name="TalkShare">This speaker's part of all speaking time in the transcript, 0–1.</param>
/// <param name="LongestTurn">The longest stretch this speaker talked without someone else taking the floor.</param>
public sealed record SpeakerDelivery(
    SpeakerRole Role, int Words, TimeSpan SpeakingTime, IReadOnlyDictionary<string, int> Fillers, double TalkShare, TimeSpan LongestTurn)
{
    /// <summary>Rates over less speech than this say nothing.</summary>
    public static readonly TimeSpan MinimumForRates = TimeSpan.FromSeconds(15);

    public int FillerCount => Fillers.Values.Sum();

    public double? WordsPerMinute => HasEnoughSpeech ? Math.Round(Words / SpeakingTime.TotalMinutes, 0) : null;

    public double? FillersPerMinute => HasEnoughSpeech ? Math.Round(FillerCount / SpeakingTime.TotalMinutes, 1) : null;

    public double? FillersPer100Words => Words > 0 ? Math.Round(FillerCount * 100.0 / Words, 1) : null;

    private bool HasEnoughSpeech => SpeakingTime >= MinimumForRates;
}
