namespace TeamsMockBot.Domain.Feedback;

/// <summary>How the student rated themselves on one competency against the interviewer: <see cref="Gap"/> = self − mentor.</summary>
public sealed record CalibrationGap(RubricCompetency Competency, int Self, int Mentor)
{
    public int Gap => Self - Mentor;
}
