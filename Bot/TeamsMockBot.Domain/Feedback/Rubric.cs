using TeamsMockBot.Domain.Content;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// The competencies interviewers rate and the readiness wording, read from rubric content
/// (<c>Content/rubric.json</c> for the built-in one). General competencies apply to every track;
/// a track may add its own, so a track gains a competency by editing data, not code. Level texts
/// describe what an interviewer can observe, so two interviewers watching the same answer land on
/// the same rating.
/// </summary>
public sealed class Rubric
{
    private readonly Dictionary<Track, IReadOnlyList<RubricCompetency>> _byTrack = [];
    private readonly Dictionary<string, RubricCompetency> _byId = new(StringComparer.OrdinalIgnoreCase);

    public Rubric(
        IReadOnlyList<RubricCompetency> general,
        IReadOnlyDictionary<Track, IReadOnlyList<RubricCompetency>> trackCompetencies,
        ReadinessLabels readinessLabels)
    {
        ArgumentNullException.ThrowIfNull(general);
        ArgumentNullException.ThrowIfNull(trackCompetencies);
        General = [.. general];
        ReadinessLabels = readinessLabels ?? throw new ArgumentNullException(nameof(readinessLabels));

        foreach (var competency in general.Concat(trackCompetencies.Values.SelectMany(c => c)))
        {
            if (competency.Levels.Count != RubricCompetency.LevelCount || !_byId.TryAdd(competency.Id, competency))
            {
                throw new ArgumentException(
                    $"Competency '{competency.Id}' must be unique and describe exactly {RubricCompetency.LevelCount} levels.", nameof(trackCompetencies));
            }
        }

        foreach (var track in Enum.GetValues<Track>())
        {
            _byTrack[track] = [.. General, .. trackCompetencies.GetValueOrDefault(track) ?? []];
        }
    }

    /// <summary>The rubric shipped with the bot, read and validated on first use (the host does that at start).</summary>
    public static Rubric BuiltIn => BuiltInContent.Rubric;

    /// <summary>The competencies every track is rated on, in the order cards show them.</summary>
    public IReadOnlyList<RubricCompetency> General { get; }

    public ReadinessLabels ReadinessLabels { get; }

    /// <summary>What a session of <paramref name="track"/> is rated on: the general competencies, then the track's own.</summary>
    public IReadOnlyList<RubricCompetency> ForTrack(Track track) =>
        _byTrack.TryGetValue(track, out var competencies) ? competencies : General;

    /// <summary>The competency with this id (any track), or <c>null</c>.</summary>
    public RubricCompetency? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The wording cards use for an overall readiness call.</summary>
    public string ReadinessLabel(Readiness readiness) => ReadinessLabels.For(readiness);
}
