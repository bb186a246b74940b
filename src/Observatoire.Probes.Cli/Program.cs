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
    return await Commands.RunAsync(args, Console.Out, Console.Error, Console.In, cancellation.Token);
}
catch (ProbeException e)
{
    Console.Error.WriteLine("probes: " + e.Message);
    return ExitCodes.Failure;
}
