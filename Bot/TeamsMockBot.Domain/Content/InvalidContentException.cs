namespace TeamsMockBot.Domain.Content;

/// <summary>
/// A question bank or rubric that breaks the content format (docs/content-format.md). The message
/// names the file, each item that is wrong and what is wrong with it, so whoever edits the file can
/// fix every problem in one pass. Nothing of a refused file is used.
/// </summary>
public sealed class InvalidContentException : Exception
{
    public InvalidContentException(string file, IReadOnlyList<string> problems, Exception? inner = null)
        : base(Describe(file, problems), inner)
    {
        File = file;
        Problems = problems;
    }

    /// <summary>The content file, e.g. <c>question-bank.json</c>.</summary>
    public string File { get; }

    /// <summary>One line per problem, each starting with the item it is about.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string file, IReadOnlyList<string> problems) => problems.Count == 1
        ? $"Content file '{file}' was refused: {problems[0]}"
        : $"Content file '{file}' was refused ({problems.Count} problems):{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}";
}
