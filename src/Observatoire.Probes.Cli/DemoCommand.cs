using Observatoire.Probes.DemoSite;
using DemoServer = Observatoire.Probes.DemoSite.DemoSite;

namespace Observatoire.Probes.Cli;

/// <summary>`probes demo`: serves the demo procedures site for a person to browse or to author scenarios against.</summary>
internal static class DemoCommand
{
    public static async Task<int> ExecuteAsync(Runner.RunnerSettings settings, TextWriter stdout, CancellationToken cancellationToken)
    {
        await using var site = await DemoServer.StartAsync(new DemoSiteOptions
        {
            Port = settings.DemoPort,
            Latency = settings.DemoLatency,
            LatencyJitter = settings.DemoLatencyJitter,
        }, cancellationToken);
        stdout.WriteLine($"Demo procedures site on {site.BaseUrl} (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        return ExitCodes.Ok;
    }
}
