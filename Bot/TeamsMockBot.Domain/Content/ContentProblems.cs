namespace TeamsMockBot.Domain.Content;

/// <summary>Collects what is wrong with one content file, so that all of it is reported at once.</summary>
internal sealed class ContentProblems(string file)
{
    private readonly List<string> _problems = [];

    public string File { get; } = file;

    public int Count => _problems.Count;

    /// <summary>Records a problem with <paramref name="item"/>, e.g. <c>question 'beh-03'</c>: <c>has no "text"</c>.</summary>
    public void Add(string item, string problem) => _problems.Add($"{item}: {problem}.");

    public void ThrowIfAny()
    {
        if (Count > 0)
        {
            throw new InvalidContentException(File, [.. _problems]);
        }
    }
}
