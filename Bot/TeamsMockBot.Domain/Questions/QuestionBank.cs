using TeamsMockBot.Domain.Content;

namespace TeamsMockBot.Domain.Questions;

/// <summary>
/// A validated, read-only set of questions. Validation happens once at construction so that the
/// planner and the cards can rely on every question having a time, competencies and two follow-ups.
/// </summary>
public sealed class QuestionBank
{
    /// <summary>Exactly two, because the interviewer card has room for two follow-up buttons and no more.</summary>
    public const int FollowUpCount = 2;

    // Ids are typed by interviewers in chat commands ("skip beh-03"), so lookups ignore case,
    // and uniqueness is checked the same way so a lookup can never be ambiguous.
    private readonly Dictionary<string, Question> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Track, IReadOnlyList<Question>> _byTrack;

    public QuestionBank(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);

        var all = new List<Question>();
        foreach (var question in questions)
        {
            Validate(question);
            if (!_byId.TryAdd(question.Id, question))
            {
                throw new ArgumentException($"Question id '{question.Id}' appears more than once.", nameof(questions));
            }

            all.Add(question);
        }

        All = all.AsReadOnly();
        _byTrack = all
            .GroupBy(q => q.Track)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Question>)g.ToList().AsReadOnly());
    }

    /// <summary>
    /// Every built-in question across all tracks, read from <c>Content/question-bank.json</c> and
    /// validated against <see cref="Feedback.Rubric.BuiltIn"/> on first use (the host does that at start).
    /// </summary>
    public static QuestionBank BuiltIn => BuiltInContent.QuestionBank;

    /// <summary>All questions, in the order they were supplied.</summary>
    public IReadOnlyList<Question> All { get; }

    /// <summary>The questions of one track, in bank order; empty when the bank has none for it.</summary>
    public IReadOnlyList<Question> ForTrack(Track track) =>
        _byTrack.TryGetValue(track, out var questions) ? questions : [];

    /// <summary>The question with this id, or <c>null</c>; for input that may legitimately be wrong.</summary>
    public Question? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The question with this id; for ids that came from a stored plan and must exist.</summary>
    public Question Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException(
            $"No question with id '{id}' in the bank. A stored plan may refer to a question that has since been removed.");

    private static void Validate(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (string.IsNullOrWhiteSpace(question.Id))
        {
            throw new ArgumentException("A question has an empty id.", nameof(question));
        }

        string? problem = null;
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            problem = "has no text";
        }
        else if (question.TimeAllowed <= TimeSpan.Zero)
        {
            problem = $"has a non-positive time allowed ({question.TimeAllowed})";
        }
        else if (question.FollowUps is null || question.FollowUps.Count != FollowUpCount)
        {
            problem = $"must have exactly {FollowUpCount} follow-ups but has {question.FollowUps?.Count ?? 0}";
        }
        else if (question.FollowUps.Any(string.IsNullOrWhiteSpace))
        {
            problem = "has an empty follow-up";
        }
        else if (question.Competencies is null || question.Competencies.Count == 0)
        {
            problem = "probes no competency";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"Question '{question.Id}' {problem}.", nameof(question));
        }
    }
}
