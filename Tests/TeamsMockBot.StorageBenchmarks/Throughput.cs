using System.Diagnostics;

namespace TeamsMockBot.StorageBenchmarks;

/// <summary>Runs <paramref name="operations"/> calls of an operation on <paramref name="workers"/> parallel workers and reports ops/s.</summary>
internal static class Throughput
{
    public static async Task<double> MeasureAsync(int workers, int operations, Func<int, Task> operation)
    {
        var perWorker = operations / workers;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            for (var i = 0; i < perWorker; i++)
            {
                await operation(worker);
            }
        }));
        watch.Stop();
        return perWorker * workers / watch.Elapsed.TotalSeconds;
    }
}
