using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Cli;

/// <summary>The main job: every scenario, in parallel workers, then the evidence, the export and the HTML report.</summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(Settings settings, IReadOnlyList<string> paths, bool noReport, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var catalogue = ValidateCommand.LoadCatalogue(settings, stderr);
        if (catalogue is null)
        {
            return ExitCodes.InvalidInput;
        }

        var sources = paths.Count > 0 ? paths : [settings.Scenarios];
        var files = ScenarioLoader.Discover(sources);
        var loaded = ValidateCommand.LoadWithCatalogue(files, catalogue);
        var invalid = loaded.Where(l => l.Diagnostics.Count > 0).ToList();
        foreach (var d in invalid.SelectMany(l => l.Diagnostics))
        {
            stderr.WriteLine(d);
        }

        var scenarios = loaded.Where(l => l.Diagnostics.Count == 0).Select(l => l.Result.Scenario!).ToList();
        if (scenarios.Count == 0)
        {
            stderr.WriteLine($"probes: no valid scenario to run in {string.Join(", ", sources)}");
            return invalid.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Failure;
        }

        var reports = Path.GetFullPath(settings.Reports);
        var resultsDirectory = Path.Combine(reports, "allure-results");
        var (options, allure) = RunnerSetup.FromSettings(settings, catalogue, reports);

        await using var runner = await ProbeRunner.StartAsync(options, cancellationToken);
        stdout.WriteLine($"Observatoire.Probes {Commands.Version}: {scenarios.Count} procedure(s), {settings.Workers} worker(s), {runner.BrowserDescription}");
        if (runner.Demo is not null)
        {
            stdout.WriteLine($"Demo procedures site on {runner.BaseUrl}");
        }

        var results = new ConcurrentBag<ProcedureResult>();
        var clock = Stopwatch.StartNew();
        var outputLock = new Lock();
        await Parallel.ForEachAsync(scenarios, new ParallelOptions { MaxDegreeOfParallelism = settings.Workers, CancellationToken = cancellationToken }, async (scenario, ct) =>
        {
            ProcedureResult result;
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    result = await runner.ProbeAsync(scenario, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One procedure's crash is that procedure's "not measured", never the run's end.
                    result = Crashed(scenario, e);
                }

                // Every attempt is evidence: Allure groups them by the procedure's stable historyId and shows the retries.
                allure.WriteResult(result);
                if (attempt >= settings.Retries || !Transient(result))
                {
                    break;
                }

                lock (outputLock)
                {
                    stdout.WriteLine($"  ↻ {scenario.Procedure.Id,-28} {result.FailureKind}: retrying ({attempt + 1}/{settings.Retries})");
                }
            }

            results.Add(result);
            lock (outputLock)
            {
                stdout.WriteLine(Line(result));
            }
        });

        var ordered = results.OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).ToList();
        allure.WriteLaunch(new RunInfo(started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), started, Commands.Version, runner.BrowserDescription, catalogue.Source, runner.BaseUrl?.ToString()),
            started.ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        IndicatorExport.Write(reports, ordered, Commands.Version);
        stdout.WriteLine();
        stdout.WriteLine(Summary(ordered));
        stdout.WriteLine($"{ordered.Count} procedure(s) in {clock.Elapsed.TotalSeconds:0.0} s");

        var reportExit = ExitCodes.Ok;
        if (settings.GenerateHtmlReport && !noReport)
        {
            reportExit = await AllureCli.GenerateAsync(resultsDirectory, Path.Combine(reports, "allure-report"), stdout, stderr, cancellationToken);
        }

        stdout.WriteLine($"Evidence: {Relative(resultsDirectory)}  Indicator: {Relative(Path.Combine(reports, "indicator.csv"))} (.json, indicator-fields.csv)");
        if (invalid.Count > 0)
        {
            return ExitCodes.InvalidInput;
        }

        if (ordered.Any(r => r.Score.Status == MeasureStatus.NotMeasured))
        {
            return ExitCodes.NotMeasured;
        }

        return reportExit;
    }

    /// <summary>Worth another try: the site or the browser failed us. A changed form or a refused submission would fail again.</summary>
    private static bool Transient(ProcedureResult result) =>
        result.Score.Status == MeasureStatus.NotMeasured && result.FailureKind is "SiteDown" or "Timeout" or "BrowserError";

    private static ProcedureResult Crashed(Scenario scenario, Exception e) => new()
    {
        Procedure = scenario.Procedure,
        ScenarioFile = scenario.File,
        PersonaId = scenario.Persona.Id,
        Score = ProcedureScore.NotMeasured(e.Message),
        FailureKind = "BrowserError",
        FailureMessage = e.Message.Split('\n')[0],
        MeasuredAt = DateTimeOffset.UtcNow,
        StartUrl = scenario.Procedure.Start,
    };

    private static string Line(ProcedureResult r)
    {
        var mark = r.Score.Status switch
        {
            MeasureStatus.NotMeasured => "!",
            MeasureStatus.NotApplicable => "-",
            _ => r.Score.Level == DlnufLevels.Optimal ? "✓" : "✗",
        };
        var seconds = (r.Stop - r.Start) / 1000.0;
        var detail = r.Score.Status == MeasureStatus.NotMeasured
            ? $"{r.FailureKind}: {r.FailureMessage}"
            : string.Join(" ", r.Score.Counted.Select(c => c.ItemId));
        var drift = r.Drift.Count > 0 ? "  [écart: " + string.Join("; ", r.Drift) + "]" : "";
        return string.Create(CultureInfo.InvariantCulture, $"  {mark} {r.Procedure.Id,-28} {r.Score.Level,-14} {r.Score.ScoreText,3}  {r.Pages.Count} page(s) {seconds,5:0.0} s  {detail}{drift}");
    }

    private static string Summary(IReadOnlyList<ProcedureResult> results)
    {
        var rows = results.Select(r => (r.Procedure.Id, r.Score.Level, r.Score.ScoreText, r.Procedure.FranceConnect, r.Procedure.Ministry)).ToList();
        var w = Math.Max(12, rows.Max(r => r.Id.Length));
        var lines = new List<string>
        {
            $"{"Procédure".PadRight(w)}  {"Niveau",-14} {"Score",5}  {"FranceConnect",-14} Ministère",
            new string('-', w + 60),
        };
        lines.AddRange(rows.Select(r => $"{r.Id.PadRight(w)}  {r.Level,-14} {r.ScoreText,5}  {r.FranceConnect,-14} {r.Ministry}"));
        var levels = results.GroupBy(r => r.Score.Level).OrderBy(g => DlnufLevels.All.ToList().IndexOf(g.Key)).Select(g => $"{g.Key}: {g.Count()}");
        lines.Add(new string('-', w + 60));
        lines.Add(string.Join("  ", levels));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
