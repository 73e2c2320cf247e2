using System.Globalization;
using Azure.Storage.Blobs;
using TeamsMockBot.Storage;
using TeamsMockBot.StorageBenchmarks;
using TeamsMockBot.Testing;

// Session-save throughput: BlobDocumentStore.ReplaceAsync (serialize + If-Match PUT) against raw
// BlobClient.UploadAsync of the same, already serialized JSON bytes, through the same client (same
// pipeline, retry options and connection pool) on one in-memory Azurite. Rounds alternate store and
// raw so drift in machine load hits both; the median round is reported.
var rounds = Option("--rounds", 5);
var operations = Option("--ops", 600);
const int Concurrency = 16;

await using var azurite = await AzuriteServer.StartAsync();
var options = new StorageOptions { BlobConnectionString = azurite.ConnectionString, Container = "bench" };
var container = BlobContainers.Connect(options);
var store = new BlobDocumentStore(container);
await store.InitializeAsync(CancellationToken.None);

var session = SessionDocument.Build();
var bytes = DocumentSerializer.Default.Serialize("sessions/bench", session);
var content = BinaryData.FromBytes(bytes);
var etags = new string[Concurrency];
for (var w = 0; w < Concurrency; w++)
{
    etags[w] = await store.CreateAsync(StoreKey(w), session, CancellationToken.None);
}

var rawBlobs = Enumerable.Range(0, Concurrency).Select(w => container.GetBlobClient($"raw/bench-{w}.json")).ToArray();

Task SaveWithStore(int worker) => store.ReplaceAsync(StoreKey(worker), session, etags[worker], CancellationToken.None)
    .ContinueWith(t => etags[worker] = t.Result, TaskScheduler.Default);

Task UploadRaw(int worker) => rawBlobs[worker].UploadAsync(content, overwrite: true);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Session document {bytes.Length:N0} bytes; Azurite 3.37.0 in memory on 127.0.0.1; {rounds} rounds of {operations} saves per case; {Environment.ProcessorCount} cores"));

// Warm-up: JIT, connection pool, Azurite's own caches.
await Throughput.MeasureAsync(Concurrency, operations, SaveWithStore);
await Throughput.MeasureAsync(Concurrency, operations, UploadRaw);

var ratios = new Dictionary<string, double>();
foreach (var (name, workers) in new[] { ("sequential", 1), ("concurrent16", Concurrency) })
{
    var storeRuns = new List<double>();
    var rawRuns = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        storeRuns.Add(await Throughput.MeasureAsync(workers, operations, SaveWithStore));
        rawRuns.Add(await Throughput.MeasureAsync(workers, operations, UploadRaw));
    }

    var storeOps = Median(storeRuns);
    var rawOps = Median(rawRuns);
    ratios[name] = storeOps / rawOps;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-13} store {storeOps,8:F0} ops/s   raw {rawOps,8:F0} ops/s   store/raw {ratios[name]:F2}   (rounds store: {string.Join(", ", storeRuns.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}; raw: {string.Join(", ", rawRuns.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"store/raw ratio sequential={ratios["sequential"]:F2} concurrent16={ratios["concurrent16"]:F2} (target >= 0.80)"));
return 0;

static string StoreKey(int worker) => $"sessions/bench-{worker}";

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
        ? value
        : fallback;
}
