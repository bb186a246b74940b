using System.Diagnostics;
using System.Globalization;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Runner.Scaffolding;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Cli;

/// <summary>What `probes scaffold` was asked.</summary>
internal sealed record ScaffoldArguments(IReadOnlyList<string> Paths, bool Follow, string? Output, bool Force);

/// <summary>
/// `probes scaffold URL`: a draft scenario from the live form, written where the scenarios live. A path is on the site
/// under test: the bundled demo site, started here as `probes run` does, unless BaseUrl is set.
/// </summary>
internal static class ScaffoldCommand
{
    public static async Task<int> ExecuteAsync(RunnerSettings settings, ScaffoldArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.Paths.Count != 1)
        {
            stderr.WriteLine("probes scaffold: give the form's URL, or a path on the demo site (`probes scaffold /cheque-energie/ --follow`)");
            return ExitCodes.Usage;
        }

        var url = arguments.Paths[0];
        if (SiteUrls.Problem(url) is { } problem)
        {
            stderr.WriteLine($"probes scaffold: cannot open `{url}`: {problem}");
            return ExitCodes.InvalidInput;
        }

        if (arguments.Output is { } wanted && File.Exists(wanted) && !arguments.Force)
        {
            stderr.WriteLine(Exists(wanted));
            return ExitCodes.InvalidInput;
        }

        var catalogue = RunnerOptions.LoadCatalogue(settings);
        var scratch = Path.Combine(Path.GetTempPath(), "probes-scaffold-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configured = RunnerOptions.FromSettings(settings, catalogue);
            var options = configured with
            {
                Reports = scratch,
                Retries = 0,
                Workers = 1,
                ToolVersion = Commands.Version,
                // Nobody reads the evidence of a draft's walk: no screenshots, trees or traces to spend time on.
                Browser = settings.Browser with { Screenshots = false, AccessibilityTree = false, Trace = TraceMode.Off },
                DemoSite = url.StartsWith('/') ? configured.DemoSite : null, // an absolute URL needs no demo site
            };
            var clock = Stopwatch.StartNew();
            await using var runner = await ProbeRunner.StartAsync(options, cancellationToken: cancellationToken);
            // A test site's « user:password@ » opens it; the console, often a CI log, never shows them.
            stdout.WriteLine($"Drafting a scenario from {SiteUrls.Published(runner.BaseUrl is { } site && url.StartsWith('/') ? new Uri(site, url).ToString() : url)}{(arguments.Follow ? ", following it to the final submission" : "")}, {runner.BrowserDescription}");
            var draft = await runner.ScaffoldAsync(new ScaffoldRequest(url, arguments.Follow, Path.Combine(settings.Scenarios, "files")), cancellationToken);
            if (draft.Yaml is null)
            {
                stderr.WriteLine("probes scaffold: " + draft.Problem);
                return ExitCodes.NotMeasured;
            }

            var output = arguments.Output ?? Path.Combine(settings.Scenarios, draft.Id + ".yaml");
            try
            {
                draft.Save(output, arguments.Force);
            }
            catch (IOException) when (File.Exists(output) && !arguments.Force)
            {
                stderr.WriteLine(Exists(output));
                return ExitCodes.InvalidInput;
            }

            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            stdout.WriteLine($"Wrote {RunCommand.Relative(output)}: {draft.Pages} page(s), {draft.Todos} TODO(s) to review, in {seconds} s");
            if (draft.Problem is { } stopped)
            {
                stderr.WriteLine($"probes scaffold: the draft ends before the final submission: {stopped}");
                return ExitCodes.NotMeasured;
            }

            stdout.WriteLine($"Next: decide each TODO, then `probes validate {RunCommand.Relative(output)}` and `probes check {RunCommand.Relative(output)}`");
            return ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static string Exists(string file) =>
        $"probes scaffold: {RunCommand.Relative(file)} exists: name another file with -o FILE, or add --force to replace it";
}
