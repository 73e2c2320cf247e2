using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Authorization;

/// <summary>
/// Reads the tables of docs/authorization.md: each row starts with its action in backticks (a card
/// verb, a typed command or "METHOD /path"), then one cell per person whose first word is the outcome.
/// </summary>
public static class AuthorizationTable
{
    public static readonly string[] People = ["interviewer", "candidate", "observer", "staff", "stranger"];

    public sealed record Row(string Id, IReadOnlyList<(string Who, string Outcome)> Cells);

    public static IReadOnlyList<Row> Rows()
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "authorization.md")))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            var id = cells[0].Split('`')[1];
            var outcomes = cells.Skip(1).Select(Outcome).ToList();
            rows.Add(new Row(id, [.. outcomes.Select((o, i) => (i < People.Length ? People[i] : "column " + (i + 1), o))]));
        }

        return rows;
    }

    /// <summary>The cell's first word: allowed, read-only or refused.</summary>
    private static string Outcome(string cell) =>
        new([.. cell.TakeWhile(c => char.IsAsciiLetterLower(c) || c == '-')]);
}
