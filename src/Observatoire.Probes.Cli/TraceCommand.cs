using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Cli;

/// <summary>`probes trace FILE|PROCEDURE`: a walk's trace in Playwright's viewer, on this machine, without the internet.</summary>
internal static class TraceCommand
{
    public static int Execute(RunnerSettings settings, IReadOnlyList<string> arguments, string? port, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Count != 1)
        {
            stderr.WriteLine("probes trace: give one trace file or one procedure id (`probes trace --help`)");
            return ExitCodes.Usage;
        }

        if (!int.TryParse(port ?? "0", out var number) || number is < 0 or > 65535)
        {
            stderr.WriteLine($"probes trace: --port must be a port number (0 for any free one), found `{port}`");
            return ExitCodes.Usage;
        }

        if (TraceFiles.Find(Path.GetFullPath(settings.Reports), arguments[0], out var problem) is not { } trace)
        {
            stderr.WriteLine("probes trace: " + problem);
            return ExitCodes.InvalidInput;
        }

        stdout.WriteLine($"Trace {RunCommand.Relative(trace)}: Playwright's trace viewer on 127.0.0.1 (Ctrl+C to stop)");
        stdout.Flush();
        return TraceFiles.Serve(trace, number) == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
