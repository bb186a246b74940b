using System.Globalization;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Cli;

/// <summary>What `probes check` was asked besides the file.</summary>
internal sealed record CheckRequest(IReadOnlyList<string> Paths, bool PauseOnFailure);

/// <summary>
/// `probes check FILE`: the debug loop of one scenario. Walks it and prints, page by page, each step with its line,
/// the fields found and what the classifier decided, and where the walk stopped; writes no report.
/// </summary>
internal static class CheckCommand
{
    public static async Task<int> ExecuteAsync(RunnerSettings settings, CheckRequest request, TextWriter stdout, TextWriter stderr, TextReader stdin, CancellationToken cancellationToken)
    {
        if (request.Paths.Count != 1 || Directory.Exists(request.Paths[0]))
        {
            stderr.WriteLine("probes check: give one scenario file (`probes check scenarios/rsa.yaml`); `probes run` takes folders");
            return ExitCodes.Usage;
        }

        var catalogue = RunnerOptions.LoadCatalogue(settings);
        var set = ScenarioSet.Load(request.Paths, catalogue, settings);
        Diagnostics.Write(stderr, set.Problems);
        if (set.Valid.Count == 0)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = set.Valid[0];
        var scratch = Path.Combine(Path.GetTempPath(), "probes-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = RunnerOptions.FromSettings(settings, catalogue) with
            {
                Reports = scratch,
                Retries = 0,
                Workers = 1,
                ToolVersion = Commands.Version,
                PauseOnFailure = request.PauseOnFailure ? message => PauseAsync(message, stdout, stdin) : null,
            };
            await using var runner = await ProbeRunner.StartAsync(options, cancellationToken: cancellationToken);
            stdout.WriteLine($"{scenario.Procedure.Id}: {scenario.Procedure.Title} ({RunCommand.Relative(scenario.File)}), {runner.BrowserDescription}"
                + (Scenarios.ProcedureInfo.IsStructures(scenario.Procedure.Public) ? $"; read as a structure's procedure (public: {scenario.Procedure.Public})" : ""));
            var result = await runner.ProbeAsync(scenario, cancellationToken);
            Print(result, RunCommand.Relative(scenario.File), stdout);
            return result.Score.Status == MeasureStatus.NotMeasured ? ExitCodes.NotMeasured : ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task PauseAsync(string message, TextWriter stdout, TextReader stdin)
    {
        stdout.WriteLine($"paused on failure: {message}");
        stdout.WriteLine("the browser shows the page as the probe left it; press Enter to close it");
        await stdout.FlushAsync();
        await stdin.ReadLineAsync();
    }

    private static void Print(ProcedureResult result, string file, TextWriter stdout)
    {
        // The final stop_before closes the last page: its step is that page's last.
        var steps = result.Steps.ToLookup(s => result.Pages.Count > 0 ? Math.Min(s.PageIndex, result.Pages.Count - 1) : s.PageIndex);
        var decisions = result.Pages.ToDictionary(p => p.Index, p => p.Fields);
        var lastPage = Math.Max(result.Pages.Count, steps.Count == 0 ? 0 : steps.Max(g => g.Key) + 1);
        for (var index = 0; index < lastPage; index++)
        {
            var page = result.Pages.FirstOrDefault(p => p.Index == index);
            stdout.WriteLine();
            stdout.WriteLine(page is null ? $"Page {index + 1} (not captured)" : $"Page {index + 1} « {page.Title} »  {page.Url}");
            foreach (var step in steps[index])
            {
                stdout.WriteLine($"  {(step.Succeeded ? "✓" : "✗")} {Where(step.Position),-10} {step.Description}");
                if (step.Error is { } error)
                {
                    stdout.WriteLine($"      {error}");
                }
            }

            foreach (var field in decisions.GetValueOrDefault(index) ?? [])
            {
                var verdict = field.Counted ? "COUNTED: held, asked again"
                    : field.Prefilled ? "pre-filled"
                    : field.Holding switch { Catalogue.Holding.Key => "key (lets the administration fetch the data)", Catalogue.Holding.Held => "held, not counted", _ => "not held" };
                var label = field.FieldLabel.Length > 60 ? field.FieldLabel[..59] + "…" : field.FieldLabel;
                stdout.WriteLine($"    · {label,-60} → {field.ItemId ?? "?",-24} {verdict}{(field.Ambiguous ? "  (à revoir)" : "")}");
            }
        }

        stdout.WriteLine();
        var last = result.Steps.Count > 0 ? result.Steps[^1] : null;
        if (result.Score.Status == MeasureStatus.NotMeasured)
        {
            stdout.WriteLine($"✗ not measured ({result.FailureKind}): {result.FailureMessage}");
            stdout.WriteLine($"  watch it: probes check {file} --headed --slow-mo 500 --pause-on-failure");
            // xvfb-run starts a program, not a shell alias: the line names the executable this command runs from.
            var executable = Path.GetRelativePath(Directory.GetCurrentDirectory(), typeof(CheckCommand).Assembly.Location);
            stdout.WriteLine($"  without a display: xvfb-run -a dotnet {executable} check {file} --headed --slow-mo 500 --pause-on-failure");
            return;
        }

        stdout.WriteLine(last is null ? "walk ended" : $"✓ stopped at {Where(last.Position)}: {last.Description}");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Score.Level}, Score_DLNUF {result.Score.ScoreText}: {(result.Score.Counted.Count == 0 ? "nothing asked again" : string.Join(", ", result.Score.Counted.Select(c => c.ItemId)))}"));
        if (result.LevelToConfirm() is { } span)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  level to confirm: {span.LevelsText} (score {span.Lowest} to {span.Highest} depending on the fields « à revoir »)"));
        }

        foreach (var drift in result.Drift)
        {
            stdout.WriteLine($"  ≠ expect: {drift}");
        }

        // A reviewer's decision that names no field of the walk (a typo, or the form changed) decides nothing: say it here.
        foreach (var stale in result.StaleOverrides)
        {
            stdout.WriteLine($"  ≠ override: {stale}");
        }
    }

    /// <summary>"line:column" of a "file:line:column" position: the file is the one being checked.</summary>
    private static string Where(string position)
    {
        var column = position.LastIndexOf(':');
        var line = column > 0 ? position.LastIndexOf(':', column - 1) : -1;
        return line >= 0 ? position[(line + 1)..] : position;
    }
}
