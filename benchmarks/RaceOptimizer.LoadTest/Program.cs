using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

// Submits many small jobs from many concurrent clients to a running API, then checks that every job finished
// exactly once. Usage: dotnet run -c Release --project benchmarks/RaceOptimizer.LoadTest -- [api url] [jobs] [clients]
// with the API's access token in RaceOptimizer__AccessToken, the variable the API itself reads it from.
var api = new Uri(args.ElementAtOrDefault(0) ?? "http://localhost:5081");
var jobCount = int.Parse(args.ElementAtOrDefault(1) ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
var clients = int.Parse(args.ElementAtOrDefault(2) ?? "50", System.Globalization.CultureInfo.InvariantCulture);
const string SlateId = "sample-dk-cup-kansas";

var accessToken = Environment.GetEnvironmentVariable("RaceOptimizer__AccessToken")
    ?? throw new InvalidOperationException("Set RaceOptimizer__AccessToken to the API's access token: every call is signed in with it.");

using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
var runTag = $"load-{DateTime.UtcNow:yyyyMMddHHmmss}";
var latencies = new double[jobCount];
var ids = new string[jobCount];
var next = -1;
var wall = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < jobCount)
    {
        var request = new { type = "simulate", name = $"{runTag} #{i}", slateId = SlateId, simulate = new { simulations = 50, seed = i } };
        var sent = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/jobs", request);
        latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}));
var submitted = wall.Elapsed;
// The first wave meets a cold API (every endpoint's code compiled on first use): shown apart from the rest as well.
var warm = latencies[Math.Min(clients, jobCount - 1)..];
Array.Sort(warm);
Array.Sort(latencies);
Console.WriteLine($"submit latency p50: {Percentile(latencies, 0.50):F1} ms, p99: {Percentile(latencies, 0.99):F1} ms, max: {latencies[^1]:F1} ms; {jobCount / submitted.TotalSeconds:F0} jobs/s");
Console.WriteLine($"after the first {clients} submits: p50 {Percentile(warm, 0.50):F1} ms, p99: {Percentile(warm, 0.99):F1} ms, max: {warm[^1]:F1} ms");

// Wait until every job of this run has finished, then read them all back.
List<JsonElement> jobs;
do
{
    await Task.Delay(500);
    var history = await http.GetFromJsonAsync<JsonElement[]>("/api/jobs/export") ?? [];
    jobs = [.. history.Where(j => j.GetProperty("name").GetString()!.StartsWith(runTag, StringComparison.Ordinal))];
}
while (jobs.Count < jobCount || jobs.Any(j => j.GetProperty("status").GetString() is "queued" or "running"));
var finished = wall.Elapsed;

var completed = jobs.Count(j => j.GetProperty("status").GetString() == "completed");
var rerun = jobs.Count(j => j.GetProperty("attempts").GetInt32() != 1);
Console.WriteLine($"jobs submitted: {jobCount} by {clients} clients");
Console.WriteLine($"jobs found: {jobs.Count} (distinct ids {jobs.Select(j => j.GetProperty("id").GetString()).Distinct().Count()}), completed: {completed}, run more than once: {rerun}, missing: {ids.Except(jobs.Select(j => j.GetProperty("id").GetString())).Count()}");
Console.WriteLine($"all finished after {finished.TotalSeconds:F1} s ({jobCount / finished.TotalSeconds:F0} jobs/s end to end)");
return completed == jobCount && rerun == 0 ? 0 : 1;

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
