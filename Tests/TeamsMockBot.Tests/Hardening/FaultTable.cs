using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// Every fault test's row, gathered into one table for people to read after a run:
/// artifacts/host-tests/fault-table.md ("fault | operations attempted | lost | duplicated").
/// </summary>
public static class FaultTable
{
    private static readonly Lock Gate = new();
    private static readonly SortedDictionary<string, string> Rows = new(StringComparer.Ordinal);

    public static string FilePath => Path.Combine(RepoPaths.Artifacts, "fault-table.md");

    public static void Add(string fault, int attempted, int lost, string duplicated)
    {
        lock (Gate)
        {
            Rows[fault] = $"| {fault} | {attempted} | {lost} | {duplicated} |";
            Directory.CreateDirectory(RepoPaths.Artifacts);
            File.WriteAllLines(FilePath, ["| fault | operations attempted | lost | duplicated |", "| --- | --- | --- | --- |", .. Rows.Values]);
        }
    }
}
