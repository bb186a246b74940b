using System.Reflection;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>Parses the command line and dispatches to a verb; `probes VERB --help` explains each.</summary>
internal static class Commands
{
    public static string Version => typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private const string SettingsHelp = """
        Settings (probes.settings.json, PROBES_<Name> environment variables, or --Name=value):
          Scenarios, Reports, BaseUrl, Workers, Retries, RetryBackoffSeconds, Catalogue, GenerateHtmlReport, KeepRuns,
          Browser:ExecutablePath, Browser:Server, Browser:Headless, Browser:SlowMoMs, Browser:Trace (Off|OnFailure|Always),
          Browser:Screenshots, Browser:AccessibilityTree, Browser:ActionTimeoutSeconds, Browser:NavigationTimeoutSeconds,
          Politeness:MaxWalksPerHost, Politeness:NavigationDelayMs, Politeness:ExemptLoopback, Politeness:Contact,
          DemoSite:Port, DemoSite:LatencyMs, DemoSite:LatencyJitterMs, Secrets:<name>
        """;

    private static readonly Dictionary<string, (string Summary, string Help, string[] Flags)> Verbs = new(StringComparer.Ordinal)
    {
        ["run"] = ("walk scenarios and write the evidence, the export and the HTML report", """
            Usage: probes run [PATH...] [--shard K/N] [--resume] [--no-report] [--headed] [--slow-mo MS] [--Setting=value ...]

            Walks every scenario of the files or folders given (default: the Scenarios setting) and writes, in the Reports
            folder: allure-results/, allure-report/ (HTML), indicator.csv/.xlsx/.json, indicator-fields.csv, changes.csv/.json
            (what changed since the previous run), synthesis.html/.pdf, runs/<run id>/ (the last KeepRuns runs), records/,
            run.json. Without BaseUrl, starts the bundled demo procedures site.

              --shard K/N   run the K-th of N balanced, deterministic parts (merge them with `probes report`)
              --resume      keep the Reports folder's results and measure only the procedures it lacks
              --no-report   skip the HTML report
              --headed      show the browser; --slow-mo MS pauses before each browser action (one scenario: `probes check`)
            """, ["--shard", "--resume", "--no-report", "--headed", "--slow-mo"]),
        ["check"] = ("walk one scenario and show each step, field and decision", """
            Usage: probes check FILE [--headed] [--slow-mo MS] [--pause-on-failure]

            The debug loop of one scenario: walks it and prints, page by page, each step with its line, the fields
            found with the classifier's decision, and where the walk stopped (or why it failed, with the closest
            labels or buttons the page has). Writes no report. Exit 0 when the walk reached its end, 1 otherwise.
              --headed            show the browser (without a display: xvfb-run -a dotnet …/probes.dll check …)
              --slow-mo MS        pause MS milliseconds before each browser action, to follow the walk
              --pause-on-failure  on a failure, keep the page open until Enter is pressed
            """, ["--headed", "--slow-mo", "--pause-on-failure"]),
        ["scaffold"] = ("draft a scenario from a live form", """
            Usage: probes scaffold URL [--follow] [-o FILE] [--force]

            Opens the form as a person would (closes the cookie banner), takes the inventory of its fields and writes a
            draft scenario: the procedure, a synthetic persona with a value of the right shape for each field, the steps
            that fill them by their visible labels, the button that goes on, the classifier's decision on each field, and
            an `expect` block to review. A path (/cheque-energie/) is on the demo site, started here, or on BaseUrl.
            Decisions left to a person are marked TODO; the draft passes `probes validate` as written.
              --follow         fill each page in the browser and go on, signing in with FranceConnect when offered, until
                               the final submission, which becomes `stop_before` (it is never pressed)
              -o, --output F   the file to write (default: the Scenarios folder, <id>.yaml)
              --force          replace the file if it exists
            Exit 0 when drafted (down to the final submission with --follow), 1 when the page cannot be drafted or the
            draft stops early (the file is then written with a TODO where it stops), 2 when the file exists.
            """, ["--follow", "--output", "-o", "--force"]),
        ["validate"] = ("check scenario files without a browser", """
            Usage: probes validate [PATH...]

            Checks scenario files (default: the Scenarios setting) without a browser; every problem as
            file:line:column with the line and a caret under the fault. Exit 0 when all are valid, 2 otherwise.
            """, []),
        ["classify"] = ("classify JSON Lines of field descriptions", """
            Usage: probes classify [FILE|-] [--explain]

            Reads JSON Lines of field descriptions (standard input when - or absent) and writes one JSON line per input
            line, in order: the decision (id, item, held, key, counted, provider, replacement, reason, prefilled, person,
            confidence, review (ambiguous is the same flag, kept for older readers), reading: subject, object, qualifier,
            issuer and context with their cues), {"line": N, "error": "…"} for a bad line, {"line": N, "skipped": "blank
            line"}. Keys read: id (required), label, hint, legend, section, page, administration, public, procedure,
            placeholder, input (or type), name, autocomplete, accept, pattern, options, value, readonly, disabled,
            required; others are ignored.
              --explain     a readable table instead of JSON
            """, ["--explain"]),
        ["report"] = ("merge run folders (shards) into one report and one export", """
            Usage: probes report DIR... [--output OUT]

            Merges the run folders of shards (each the Reports folder of a `probes run --shard K/N`) into OUT (default:
            the Reports setting): every Allure result, one export, one HTML report.
            """, ["--output"]),
        ["trace"] = ("open a walk's Playwright trace offline, in Playwright's viewer on 127.0.0.1", """
            Usage: probes trace FILE|PROCEDURE [--port N]

            Serves Playwright's own trace viewer (shipped with the probes, no internet needed) on 127.0.0.1 for one trace:
            a trace.zip (from the Reports folder's evidence/traces, or the « Trace Playwright » attachment downloaded from
            the report), or a procedure id, whose newest trace in the Reports folder is opened. Prints the address and
            opens it in the desktop's browser when there is one; Ctrl+C stops it.

              --port N      the port to serve on (default 0: any free port)
            """, ["--port"]),
        ["demo"] = ("serve the demo procedures site", """
            Usage: probes demo [--port N]

            Serves the bundled demo procedures site on 127.0.0.1 until Ctrl+C (port 0 = a free one).
            """, ["--port"]),
    };

    private static string Usage => "Usage: probes <command> [arguments] [--Setting=value ...]\n\nCommands:\n"
        + string.Concat(Verbs.Select(v => $"  {v.Key,-10} {v.Value.Summary}\n"))
        + "\n`probes <command> --help` explains one.\n\n" + SettingsHelp + """


        Exit codes: 0 all measured (or all valid), 1 some procedures not measured, 2 invalid input,
                    3 the run failed, 64 wrong command line.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream stdin, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine("probes " + Version);
            return ExitCodes.Ok;
        }

        var command = args[0];
        if (!Verbs.TryGetValue(command, out var verb))
        {
            var guess = Hints.Suggest(command, Verbs.Keys);
            stderr.WriteLine($"probes: unknown command `{command}`" + (guess is null ? "" : $" (did you mean `{guess}`?)"));
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var positional = new List<string>();
        var settingArgs = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(verb.Help + "\n" + SettingsHelp);
                return ExitCodes.Ok;
            }

            var name = arg.Split('=', 2)[0];
            if (name is "--shard" or "--output" or "--port" or "--slow-mo" && verb.Flags.Contains(name, StringComparer.Ordinal) && arg.Length > name.Length)
            {
                options[name] = arg[(name.Length + 1)..]; // --shard=2/8 as well as --shard 2/8
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                settingArgs.Add(arg);
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                if (!verb.Flags.Contains(arg, StringComparer.Ordinal))
                {
                    stderr.WriteLine($"probes {command}: unknown option {arg} (settings are written --Name=value; `probes {command} --help`)");
                    return ExitCodes.Usage;
                }

                var takesValue = arg is "--shard" or "--output" or "-o" or "--port" or "--slow-mo";
                if (takesValue && i + 1 >= args.Length)
                {
                    stderr.WriteLine($"probes {command}: {arg} needs a value (`probes {command} --help`)");
                    return ExitCodes.Usage;
                }

                options[arg == "-o" ? "--output" : arg] = takesValue ? args[++i] : null;
            }
            else
            {
                positional.Add(arg);
            }
        }

        if (command == "demo" && options.TryGetValue("--port", out var port))
        {
            settingArgs.Add("--DemoSite:Port=" + port);
        }

        if (options.ContainsKey("--headed"))
        {
            settingArgs.Add("--Browser:Headless=false");
        }

        if (options.TryGetValue("--slow-mo", out var slowMo))
        {
            settingArgs.Add("--Browser:SlowMoMs=" + slowMo);
        }

        var shard = Shard.All;
        if (options.TryGetValue("--shard", out var shardText) && Shard.Parse(shardText!, out var problem) is not { } parsed)
        {
            stderr.WriteLine($"probes {command}: {problem}");
            return ExitCodes.Usage;
        }
        else if (shardText is not null)
        {
            shard = Shard.Parse(shardText, out _)!;
        }

        try
        {
            var settings = RunnerSettings.Load(settingArgs);
            return command switch
            {
                "run" => await RunCommand.ExecuteAsync(settings, new RunRequest(positional, options.ContainsKey("--no-report"), options.ContainsKey("--resume"), shard), stdout, stderr, cancellationToken),
                "validate" => ValidateCommand.Execute(settings, positional, stdout, stderr),
                "scaffold" => await ScaffoldCommand.ExecuteAsync(settings, new ScaffoldArguments(positional, options.ContainsKey("--follow"), options.GetValueOrDefault("--output"), options.ContainsKey("--force")), stdout, stderr, cancellationToken),
                "check" => await CheckCommand.ExecuteAsync(settings, new CheckRequest(positional, options.ContainsKey("--pause-on-failure")), stdout, stderr, new StreamReader(stdin), cancellationToken),
                "classify" => await ClassifyCommand.ExecuteAsync(settings, positional, options.ContainsKey("--explain"), stdout, stderr, stdin, cancellationToken),
                "report" => await ReportCommand.ExecuteAsync(settings, positional, options.GetValueOrDefault("--output"), stdout, stderr, cancellationToken),
                "trace" => TraceCommand.Execute(settings, positional, options.GetValueOrDefault("--port"), stdout, stderr),
                _ => await DemoCommand.ExecuteAsync(settings, stdout, cancellationToken),
            };
        }
        catch (InvalidInputException e)
        {
            if (e.Diagnostics.Count > 0)
            {
                Diagnostics.Write(stderr, e.Diagnostics);
            }
            else
            {
                stderr.WriteLine("probes: " + e.Message);
            }

            return ExitCodes.InvalidInput;
        }
    }
}
