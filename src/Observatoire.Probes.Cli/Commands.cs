using System.Reflection;

namespace Observatoire.Probes.Cli;

/// <summary>Parses the command line and dispatches to run, validate or classify.</summary>
internal static class Commands
{
    public static string Version => typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public const string Usage = """
        Usage: probes <command> [arguments] [--Setting=value ...]

        Commands:
          run [PATH...]          Walk every scenario (default: the scenarios folder) and write
                                 reports/allure-results, reports/allure-report and reports/indicator.{csv,json}.
                                 Without BaseUrl, starts the bundled demo procedures site.
          validate [PATH...]     Check scenario files without a browser; every problem as file:line:column.
          classify [FILE|-]      Classify JSON Lines of field descriptions (stdin when - or absent);
                                 one JSON line out per line in. --explain prints a readable table instead.
          demo [--port N]        Serve the demo procedures site until Ctrl+C.

        Settings (probes.settings.json, PROBES_<Name> environment variables, or --Name=value):
          Scenarios, Reports, BaseUrl, Workers, Retries, Catalogue, GenerateHtmlReport,
          Browser:ExecutablePath, Browser:Server, Browser:Trace (Off|OnFailure|Always), Browser:ActionTimeoutSeconds,
          Browser:NavigationTimeoutSeconds, DemoSite:LatencyMs, DemoSite:LatencyJitterMs, Secrets:<name>

        Exit codes: 0 all measured (or all valid), 1 some procedures not measured, 2 invalid input,
                    3 the run failed, 64 wrong command line.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, CancellationToken cancellationToken)
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
        var positional = new List<string>();
        var settingArgs = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                settingArgs.Add(arg);
            }
            else if (arg is "--port" && i + 1 < args.Length)
            {
                settingArgs.Add("--DemoSite:Port=" + args[++i]);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                flags.Add(arg);
            }
            else
            {
                positional.Add(arg);
            }
        }

        var unknown = flags.Where(f => f is not "--explain" and not "--no-report").ToList();
        if (unknown.Count > 0)
        {
            stderr.WriteLine($"probes: unknown option {unknown[0]} (settings are written --Name=value)");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var settings = Settings.Load(settingArgs);
        try
        {
            return await DispatchAsync(command, settings, positional, flags, stdout, stderr, stdin, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            stderr.WriteLine("probes: " + e.Message);
            return ExitCodes.InvalidInput;
        }
    }

    private static async Task<int> DispatchAsync(string command, Settings settings, List<string> positional, HashSet<string> flags, TextWriter stdout, TextWriter stderr, TextReader stdin, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case "run":
                return await RunCommand.ExecuteAsync(settings, positional, flags.Contains("--no-report"), stdout, stderr, cancellationToken);
            case "validate":
                return ValidateCommand.Execute(settings, positional, stdout, stderr);
            case "classify":
                return await ClassifyCommand.ExecuteAsync(settings, positional, flags.Contains("--explain"), stdout, stderr, stdin, cancellationToken);
            case "demo":
                return await DemoCommand.ExecuteAsync(settings, stdout, cancellationToken);
            default:
                stderr.WriteLine($"probes: unknown command `{command}`");
                stderr.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }
}
