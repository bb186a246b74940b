using System.Globalization;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Cli;

/// <summary>What `probes run` was asked besides the paths.</summary>
internal sealed record RunRequest(IReadOnlyList<string> Paths, bool NoReport, bool Resume, Shard Shard);

/// <summary>`probes run`: the scenarios through the runner, a line per procedure, the summary, the HTML report.</summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(RunnerSettings settings, RunRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var catalogue = RunnerOptions.LoadCatalogue(settings);
        var sources = request.Paths.Count > 0 ? request.Paths : [settings.Scenarios];
        var set = ScenarioSet.Load(sources, catalogue, settings);
        Diagnostics.Write(stderr, set.Problems);
        var scenarios = request.Shard.Select(set.Valid);
        if (set.Valid.Count == 0)
        {
            stderr.WriteLine(set.Files.Count == 0
                ? $"probes: no scenario file (*.yaml) in {string.Join(", ", sources)}"
                : $"probes: no valid scenario to run in {string.Join(", ", sources)}");
            return set.InvalidFiles > 0 ? ExitCodes.InvalidInput : ExitCodes.Failure;
        }

        var options = RunnerOptions.FromSettings(settings, catalogue) with { ToolVersion = Commands.Version };
        await using var runner = await ProbeRunner.StartAsync(options, request.Resume, request.Shard, cancellationToken);
        var skipped = scenarios.Count(s => runner.IsMeasured(s.Procedure.Id));
        stdout.WriteLine($"Observatoire.Probes {Commands.Version} : {scenarios.Count} démarche(s)"
            + (request.Shard.Count > 1 ? $" (part {request.Shard} des {set.Valid.Count})" : "")
            + $", {settings.Workers} parcours à la fois, {runner.BrowserDescription}");
        stdout.WriteLine($"Mesure {runner.Run.RunId} dans {Relative(runner.Reports)}" + (request.Resume ? $" (reprise : {skipped} déjà mesurée(s))" : ""));
        // `--resume` on a run that had completed measures only what it lacks: said, lest last night be taken for tonight.
        if (runner.Run.ResumedAfterCompletion is { } completed)
        {
            stdout.WriteLine($"  (cette exécution s'était achevée le {completed.ToOffset(TimeSpan.Zero):yyyy-MM-dd HH:mm} UTC : seules les démarches qui lui manquent sont mesurées, les autres résultats sont republiés tels quels ; pour une nouvelle nuit, lancez sans --resume)");
        }

        if (runner.Demo is not null)
        {
            stdout.WriteLine($"Site des démarches de démonstration : {runner.BaseUrl}");
        }

        var progress = new ProgressView(stdout, scenarios.Select(s => s.Procedure.Id.Length).Append(28).Max());
        runner.Progress += progress.Show;
        await runner.RunAsync(scenarios, cancellationToken);

        // A file that cannot be walked still names a procedure the nightly export must account for (the first shard's).
        var unreadable = request.Shard.Index == 1 ? set.Unreadable : [];
        foreach (var broken in unreadable)
        {
            if (runner.RecordUnreadable(broken) is { } recorded)
            {
                progress.Show(new RunProgress(0, 0, 0, TimeSpan.Zero, recorded, null));
            }
        }

        progress.Finish();
        var walked = progress.Elapsed;
        // A file or two tried in the nightly's folder (the paths given name fewer than half the configured scenarios) is a trial.
        var trial = request.Paths.Count > 0 && ScenarioSet.IsTrial(set.Files.Count, settings.Scenarios);
        var completion = await runner.CompleteAsync(trial, cancellationToken);

        var mine = scenarios.Select(s => s.Procedure.Id).Concat(unreadable.Select(u => u.Procedure.Id)).ToHashSet(StringComparer.Ordinal);
        var results = runner.Results.Where(r => mine.Contains(r.Procedure.Id)).ToList();
        WarnUnreadableRuns(runner.Reports, stderr);
        stdout.WriteLine();
        stdout.WriteLine(ChangesView.Render(completion.Changes));
        stdout.WriteLine();
        stdout.WriteLine(Summary(results));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} démarche(s) en {walked.TotalSeconds:0.0} s ; historique, changements, classeur et synthèse en {completion.Elapsed.TotalSeconds:0.0} s"));

        var failed = false;
        if (settings.GenerateHtmlReport && !request.NoReport)
        {
            var output = Path.Combine(runner.Reports, "allure-report");
            if (await AllureReport.GenerateAsync(Path.Combine(runner.Reports, "allure-results"), output, completion.Changes, cancellationToken) is { } problem)
            {
                stderr.WriteLine("probes: " + problem);
                failed = true;
            }
            else
            {
                stdout.WriteLine($"Rapport HTML : {Relative(Path.Combine(output, "index.html"))}");
            }
        }

        stdout.WriteLine($"Synthèse : {Relative(completion.Synthesis)}" + (completion.SynthesisPdf is { } pdf ? $" ({Relative(pdf)})" : $" (pas de PDF : {completion.PdfProblem})"));
        stdout.WriteLine($"Changements : {Relative(Path.Combine(runner.Reports, "changes.csv"))}  Indicateur : {Relative(Path.Combine(runner.Reports, "indicator.csv"))} (.xlsx, .json, indicator-fields.csv)  Preuves : {Relative(Path.Combine(runner.Reports, "allure-results"))}");
        return set.InvalidFiles > 0 ? ExitCodes.InvalidInput
            : results.Any(r => r.Score.Status == MeasureStatus.NotMeasured) ? ExitCodes.NotMeasured
            : failed ? ExitCodes.Failure
            : ExitCodes.Ok;
    }

    internal static string Line(ProcedureResult r, int idWidth)
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
        var flaky = r.Flaky ? $"  [instable : mesurée à la tentative {r.Attempts}]" : "";
        var drift = r.Drift.Count > 0 ? "  [écart: " + string.Join("; ", r.Drift) + "]" : "";
        // What the morning's reviewer reads first: a level fields « à revoir » could move.
        var toConfirm = r.LevelToConfirm() is { } span ? $"  [niveau à confirmer : {span.LevelsText}]" : "";
        return string.Create(CultureInfo.InvariantCulture, $"  {mark} {r.Procedure.Id.PadRight(idWidth)} {r.Score.Level,-14} {Score(r),3}  {r.Pages.Count,2} page(s) {seconds,5:0.0} s  {detail}{toConfirm}{flaky}{drift}");
    }

    private static string Summary(IReadOnlyList<ProcedureResult> results)
    {
        var rows = results.Select(r => (r.Procedure.Id, r.Score.Level, ScoreText: Score(r), r.Procedure.FranceConnect, r.Procedure.Ministry)).ToList();
        var w = Math.Max(12, rows.Count == 0 ? 0 : rows.Max(r => r.Id.Length));
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

    /// <summary>The score, or a dash: "À venir" in a number column would push the next columns out of line.</summary>
    private static string Score(ProcedureResult r) => r.Score.Score?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A path as the user would type it here: relative inside the current folder, absolute outside it.</summary>
    internal static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>A kept night whose summary no longer reads is left out of the comparison: the reader must know.</summary>
    internal static void WarnUnreadableRuns(string reports, TextWriter stderr)
    {
        foreach (var folder in new RunHistory(reports).Unreadable())
        {
            stderr.WriteLine($"probes: warning: {Relative(Path.Combine(folder, "summary.json"))} is missing or does not read: that run is left out of the changes and the trend (its export stays in {Relative(folder)})");
        }
    }
}
