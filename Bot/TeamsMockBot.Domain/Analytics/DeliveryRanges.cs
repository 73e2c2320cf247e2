namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// The ranges a student's delivery is shown against, and where they come from. They are guides
/// for practice, not grades.
/// </summary>
public static class DeliveryRanges
{
    /// <summary>
    /// Speaking pace. The National Center for Voice and Speech (University of Utah) gives about
    /// 150 words per minute as the average rate of conversational English in the United States;
    /// 120–160 wpm is the band around it that listeners follow comfortably. Slower reads as
    /// hesitant, faster is hard to follow under interview nerves.
    /// </summary>
    public const double MinWordsPerMinute = 120;

    public const double MaxWordsPerMinute = 160;

    /// <summary>
    /// Fillers. Bortfeld, Leon, Bloom, Schober and Brennan, "Disfluency rates in conversation:
    /// effects of age, relationship, topic, role, and gender" (Language and Speech 44(2), 2001),
    /// counted roughly six disfluencies of every kind per 100 words in everyday conversation, of
    /// which fillers are only one kind. So up to 3 fillers per 100 words is within what listeners
    /// hear in ordinary talk, and more than 6 (the whole disfluency rate, in fillers alone) is high.
    /// </summary>
    public const double TypicalFillersPer100Words = 3;

    public const double HighFillersPer100Words = 6;

    /// <summary>
    /// Talk-time share. Our own guideline, not a published figure: in an interview the candidate
    /// should do most of the talking; under half means the answers are short or the interviewer
    /// filled the silence.
    /// </summary>
    public const double MinCandidateTalkShare = 0.5;

    public static DeliveryBand Pace(double wordsPerMinute) =>
        wordsPerMinute < MinWordsPerMinute ? DeliveryBand.Low : wordsPerMinute > MaxWordsPerMinute ? DeliveryBand.High : DeliveryBand.InRange;

    public static DeliveryBand Fillers(double per100Words) =>
        per100Words > HighFillersPer100Words ? DeliveryBand.High : per100Words > TypicalFillersPer100Words ? DeliveryBand.Raised : DeliveryBand.InRange;
}
