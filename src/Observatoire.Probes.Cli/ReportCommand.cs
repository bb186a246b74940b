using Observatoire.Probes.Scoring;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>`probes report DIR…`: shards' run folders merged into one report and one export.</summary>
internal static class ReportCommand
{
    public static async Task<int> ExecuteAsync(RunnerSettings settings, IReadOnlyList<string> folders, string? output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // A shell pattern for the shards' folders (`shards/shard-*`) may also catch their logs: a file is no run folder.
        foreach (var file in folders.Where(f => File.Exists(f) && !Directory.Exists(f)))
        {
            stderr.WriteLine($"probes report: {file} is a file, not a run folder: left out");
        }

        folders = [.. folders.Where(f => !File.Exists(f) || Directory.Exists(f))];
        if (folders.Count == 0)
        {
            stderr.WriteLine("probes report: give the run folders to merge (`probes report --help`)");
            return ExitCodes.Usage;
        }

        var target = Path.GetFullPath(output ?? settings.Reports);
        if (folders.Any(f => string.Equals(Path.GetFullPath(f), target, StringComparison.Ordinal)))
        {
            stderr.WriteLine("probes report: the output folder cannot be one of the folders merged: give --output another folder");
            return ExitCodes.Usage;
        }

        var merged = RunMerge.Merge(folders, target, settings.KeepRuns);
        foreach (var problem in merged.Problems)
        {
            stderr.WriteLine("probes report: " + problem);
        }

        if (merged.Changes is null)
        {
            stderr.WriteLine($"probes report: no run folder read: {RunCommand.Relative(target)} is left as it was");
            return ExitCodes.InvalidInput;
        }

        stdout.WriteLine($"{merged.Results.Count} démarche(s) de {folders.Count} dossier(s) d'exécution dans {RunCommand.Relative(target)}" + (merged.Complete ? "" : " (incomplète : des parts manquent ou ne sont pas allées au bout)"));
        RunCommand.WarnUnreadableRuns(target, stderr);
        if (merged.Changes is { } changes)
        {
            stdout.WriteLine(ChangesView.Render(changes));
        }

        // Why each procedure has no score tonight: the shards' logs said it, the merged night's reader sees only this.
        var notMeasured = merged.Results.Where(r => r.Score.Status == MeasureStatus.NotMeasured).OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).ToList();
        if (notMeasured.Count > 0)
        {
            stdout.WriteLine($"Non mesurées : {notMeasured.Count}");
            var width = Math.Max(28, notMeasured.Max(r => r.Procedure.Id.Length));
            foreach (var result in notMeasured)
            {
                stdout.WriteLine(RunCommand.Line(result, width));
            }
        }

        if (settings.GenerateHtmlReport && await AllureReport.GenerateAsync(Path.Combine(target, "allure-results"), Path.Combine(target, "allure-report"), merged.Changes, cancellationToken) is { } failure)
        {
            stderr.WriteLine("probes: " + failure);
            return ExitCodes.Failure;
        }

        // The merged night's synthesis is printed as a run's is: the cabinets read the PDF.
        var synthesis = Path.Combine(target, "synthesis.html");
        if (merged.Changes is not null && File.Exists(synthesis))
        {
            stdout.WriteLine($"Synthèse : {RunCommand.Relative(synthesis)} ({await PrintAsync(settings, synthesis, cancellationToken)})");
        }

        return merged.Problems.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    /// <summary>synthesis.pdf beside the page, printed by a browser of the settings; what was written, or why not.</summary>
    private static async Task<string> PrintAsync(RunnerSettings settings, string synthesis, CancellationToken cancellationToken)
    {
        var pdf = Path.ChangeExtension(synthesis, ".pdf");
        try
        {
            await using var browser = await ProbeBrowser.LaunchAsync(settings.Browser, cancellationToken);
            var problem = await PagePrinter.PrintAsync(browser, await File.ReadAllTextAsync(synthesis, cancellationToken), pdf, cancellationToken);
            return problem is null ? RunCommand.Relative(pdf) : "pas de PDF : " + problem;
        }
        catch (ProbeException e)
        {
            return "pas de PDF : " + e.Message;
        }
    }
}
