using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Cli;
using Observatoire.Probes.DemoSite;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Benchmarks;

/// <summary>Classifying 100 000 fields drawn from the evaluation set (real wording), with the default catalogue.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ClassifierBenchmark
{
    private FieldObservation[] _fields = [];
    private readonly Classifier _classifier = Classifier.Default;

    [GlobalSetup]
    public void Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "evaluation-set.jsonl")).Where(l => l.Length > 0).ToList();
        var parsed = lines.Select(l => ClassifyCommand.Parse(l).Field!).ToList();
        _fields = Enumerable.Range(0, 100_000).Select(i => parsed[i % parsed.Count] with { Id = i.ToString(CultureInfo.InvariantCulture) }).ToArray();
    }

    [Benchmark(Description = "classify 100 000 fields")]
    public int Classify100k()
    {
        var counted = 0;
        foreach (var field in _fields)
        {
            if (_classifier.Classify(field).Counted)
            {
                counted++;
            }
        }

        return counted;
    }
}

/// <summary>Walks every bundled scenario `rounds` times with N workers against the demo site, optionally with latency.</summary>
internal static class WalkBenchmark
{
    public static async Task<int> RunAsync(int rounds, int workers, int latencyMs)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Observatoire.Probes.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/'))!;
        }

        var scenarios = ScenarioLoader.LoadAll(ScenarioLoader.Discover([Path.Combine(root, "scenarios")])).Where(r => r.IsValid).Select(r => r.Scenario!).ToList();
        var secrets = new Dictionary<string, string> { ["franceconnect_login"] = "test", ["franceconnect_password"] = "123" };
        var startup = Stopwatch.StartNew();
        await using var runner = await ProbeRunner.StartAsync(new RunnerOptions(
            new BrowserSettings { Trace = TraceMode.OnFailure },
            null,
            DataCatalogue.Default,
            secrets.GetValueOrDefault,
            [.. secrets.Values],
            Path.Combine(Path.GetTempPath(), "probes-bench"),
            new DemoSiteOptions { Latency = TimeSpan.FromMilliseconds(latencyMs), LatencyJitter = TimeSpan.FromMilliseconds(latencyMs / 2.0) }));
        Console.WriteLine($"startup (demo site + browser): {startup.Elapsed.TotalSeconds:0.00} s");

        var work = Enumerable.Range(0, rounds).SelectMany(_ => scenarios).ToList();
        var clock = Stopwatch.StartNew();
        var durations = new List<double>();
        var failures = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (scenario, ct) =>
        {
            var result = await runner.ProbeAsync(scenario, ct);
            lock (durations)
            {
                durations.Add((result.Stop - result.Start) / 1000.0);
                failures += result.FailureKind is null ? 0 : 1;
            }
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        durations.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{work.Count} walks, {workers} workers, latency {latencyMs} ms (+0..{latencyMs / 2} jitter): {elapsed:0.0} s total, {work.Count / elapsed * 60:0} walks/min, " +
            $"median {durations[durations.Count / 2]:0.00} s, p90 {durations[(int)(durations.Count * 0.9)]:0.00} s per walk, {failures} not measured"));
        return failures == 0 ? 0 : 1;
    }
}
