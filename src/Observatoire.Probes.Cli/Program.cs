using System.Text;
using Observatoire.Probes;
using Observatoire.Probes.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    await using var stdin = Console.OpenStandardInput();
    return await Commands.RunAsync(args, Console.Out, Console.Error, stdin, cancellation.Token);
}
catch (ProbeException e)
{
    Console.Error.WriteLine("probes: " + e.Message);
    return ExitCodes.Failure;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("probes: cancelled");
    return ExitCodes.Failure;
}
catch (Exception e) when (Environment.GetEnvironmentVariable("PROBES_DEBUG") != "1")
{
    // A user gets a sentence, not a stack trace; PROBES_DEBUG=1 shows the trace for a bug report.
    Console.Error.WriteLine($"probes: unexpected error: {e.Message} (run again with PROBES_DEBUG=1 for details, and report it)");
    return ExitCodes.Failure;
}
