namespace TeamsMockBot.Domain.Feedback;

/// <summary>In a peer mock, how the candidate rates the peer who interviewed them (1–4, with one comment).</summary>
public sealed record InterviewerRating(int Score, string Comment)
{
    public const int MaxCommentLength = 1000;
}
