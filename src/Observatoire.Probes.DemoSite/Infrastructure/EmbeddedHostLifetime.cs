using Microsoft.Extensions.Hosting;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>A host lifetime that leaves console signals to the process that embeds the site.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
