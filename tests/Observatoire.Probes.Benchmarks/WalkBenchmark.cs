using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.DemoSite;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Benchmarks;

/// <summary>
/// Procedures per minute on the demo site, the runner against a bare walk of the same pages (same Playwright, same
/// browser, same clicks, nothing else), with evidence off and on, and where the runner's time goes phase by phase.
/// </summary>
internal static class WalkBenchmark
{
    private static readonly Dictionary<string, string> Secrets = new() { ["franceconnect_login"] = "test", ["franceconnect_password"] = "123" };

    /// <summary>One configuration: bare walk, runner without evidence, runner with screenshots and traces; interleaved rounds.</summary>
    public static async Task<string> CompareAsync(int rounds, int workers, int latencyMs, TextWriter log)
    {
        var scenarios = Bundled();
        await using var site = await DemoSite.DemoSite.StartAsync(new DemoSiteOptions { Latency = TimeSpan.FromMilliseconds(latencyMs) });
        var bare = new List<double>();
        var off = new List<double>();
        var on = new List<double>();
        var phases = new Dictionary<Phase, double>();
        var offPhases = new Dictionary<Phase, double>();
        var barePhases = new Dictionary<Phase, double>();
        long peak = 0;
        for (var round = 0; round < rounds; round++)
        {
            var (bareSeconds, bareTimings) = await BareAsync(scenarios, workers, site.BaseUrl);
            bare.Add(bareSeconds);
            AddRound(barePhases, bareTimings, rounds);

            var (offSeconds, offTimings, offPeak) = await RunnerAsync(scenarios, workers, site.BaseUrl, evidence: false);
            off.Add(offSeconds);
            AddRound(offPhases, offTimings, rounds);

            var (onSeconds, onPhases, onPeak) = await RunnerAsync(scenarios, workers, site.BaseUrl, evidence: true);
            on.Add(onSeconds);
            peak = Math.Max(peak, Math.Max(offPeak, onPeak));
            AddRound(phases, onPhases, rounds);

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1}: bare {bare[^1]:0.0} s, runner (evidence off) {off[^1]:0.0} s, runner (screenshots + traces) {on[^1]:0.0} s"));
        }

        var b = Median(bare);
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {workers} | {latencyMs} | {scenarios.Count / b * 60:0.0} | {scenarios.Count / Median(off) * 60:0.0} | {scenarios.Count / Median(on) * 60:0.0} | {Median(off) / b:0.00} | {Median(on) / b:0.00} | {peak / 1024 / 1024} |"));
        sb.AppendLine("  phases (runner, evidence on, summed over walks): " + Describe(phases));
        sb.AppendLine("  phases (runner, evidence off, summed over walks): " + Describe(offPhases));
        sb.AppendLine("  phases (bare walk, summed over walks): " + Describe(barePhases));
        return sb.ToString();
    }

    /// <summary>Adds one round's phases to the mean over rounds.</summary>
    private static void AddRound(Dictionary<Phase, double> mean, IEnumerable<KeyValuePair<Phase, double>> round, int rounds)
    {
        foreach (var (phase, ms) in round)
        {
            mean[phase] = mean.GetValueOrDefault(phase) + (ms / rounds);
        }
    }

    private static string Describe(Dictionary<Phase, double> phases)
    {
        var total = phases.Values.Sum();
        return string.Join(", ", phases.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / 1000:0.0} s ({p.Value / total:0%})")));
    }

    private static IReadOnlyList<Scenario> Bundled()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Observatoire.Probes.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/'))!;
        }

        return ScenarioSet.Load([Path.Combine(root, "scenarios")], DataCatalogue.Default).Valid;
    }

    private static async Task<(double Seconds, IReadOnlyDictionary<Phase, double> Phases)> BareAsync(IReadOnlyList<Scenario> scenarios, int workers, Uri baseUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ProbeBrowser.DebianExecutable(headless: true),   // the runner's choice where Playwright's own browsers are not installed (as here)
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var walker = new BareWalk(browser, baseUrl, Secrets.GetValueOrDefault);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(scenarios, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (s, ct) => await walker.WalkAsync(s, ct));
        return (clock.Elapsed.TotalSeconds, walker.Clock.Snapshot());
    }

    private static async Task<(double Seconds, Dictionary<Phase, double> Phases, long Peak)> RunnerAsync(IReadOnlyList<Scenario> scenarios, int workers, Uri baseUrl, bool evidence)
    {
        var reports = Path.Combine(Path.GetTempPath(), "probes-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var runner = await ProbeRunner.StartAsync(new RunnerOptions
            {
                Browser = new BrowserSettings { Trace = evidence ? TraceMode.Always : TraceMode.Off, Screenshots = evidence, AccessibilityTree = evidence },
                BaseUrl = baseUrl,
                Catalogue = DataCatalogue.Default,
                Secret = Secrets.GetValueOrDefault,
                SecretValues = [.. Secrets.Values],
                Reports = reports,
                Workers = workers,
                Retries = 0,
            });
            var peak = 0L;
            using var sampler = new Timer(_ => peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64 + Browsers()), null, 0, 200);
            var clock = Stopwatch.StartNew();
            var results = await runner.RunAsync(scenarios);
            var seconds = clock.Elapsed.TotalSeconds;
            if (results.Any(r => r.FailureKind is not null))
            {
                throw new InvalidOperationException("a walk failed: " + string.Join("; ", results.Where(r => r.FailureKind is not null).Select(r => $"{r.Procedure.Id}: {r.FailureMessage}")));
            }

            var phases = new Dictionary<Phase, double>();
            foreach (var (phase, ms) in results.SelectMany(r => r.Timings))
            {
                phases[phase] = phases.GetValueOrDefault(phase) + ms;
            }

            return (seconds, phases, peak);
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    /// <summary>Memory of the Chromium processes (their resident sets), read from /proc.</summary>
    private static long Browsers()
    {
        long total = 0;
        foreach (var process in Process.GetProcesses())
        {
            try
            {
                if (process.ProcessName.Contains("chrom", StringComparison.OrdinalIgnoreCase))
                {
                    total += process.WorkingSet64;
                }
            }
            catch (InvalidOperationException)
            {
                // The process ended meanwhile.
            }
        }

        return total;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
