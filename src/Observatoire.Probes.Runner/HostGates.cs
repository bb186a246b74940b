using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Observatoire.Probes.Runner;

/// <summary>
/// Politeness towards each probed host: at most <see cref="PolitenessSettings.MaxWalksPerHost"/> walks at once, and
/// at least <see cref="PolitenessSettings.NavigationDelay"/> between two navigations, across all walks of the run;
/// after a 429, no walk of the run asks the host anything before its Retry-After has passed.
/// </summary>
internal sealed class HostGates(PolitenessSettings settings)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _walks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, NavigationGate> _navigations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heldUntil = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps every walk off the host until <paramref name="until"/> (a 429's Retry-After; loopback included:
    /// the server asked).</summary>
    public void Hold(Uri url, DateTimeOffset until) =>
        _heldUntil.AddOrUpdate(url.IdnHost, until, (_, known) => known > until ? known : until);

    private async Task WaitHoldAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_heldUntil.TryGetValue(url.IdnHost, out var until) && until - DateTimeOffset.UtcNow is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Waits for a walk slot on the host; dispose the result to free it.</summary>
    public async Task<IDisposable> EnterWalkAsync(Uri url, CancellationToken cancellationToken)
    {
        await WaitHoldAsync(url, cancellationToken);
        if (Exempt(url))
        {
            return Lease.None;
        }

        var gate = _walks.GetOrAdd(url.IdnHost, _ => new SemaphoreSlim(settings.MaxWalksPerHost, settings.MaxWalksPerHost));
        await gate.WaitAsync(cancellationToken);
        return new Lease(() => gate.Release());
    }

    /// <summary>Waits until the host may be asked for another page; dispose the result once that page has loaded
    /// (or failed). Navigations to one host go one at a time and the delay runs from the end of the previous one, so
    /// the host sees them at least the delay apart, whatever time the browser takes to send them.</summary>
    public async Task<IDisposable> EnterNavigationAsync(Uri url, CancellationToken cancellationToken)
    {
        await WaitHoldAsync(url, cancellationToken);
        if (Exempt(url) || settings.NavigationDelay <= TimeSpan.Zero)
        {
            return Lease.None;
        }

        var host = _navigations.GetOrAdd(url.IdnHost, _ => new NavigationGate());
        await host.Turn.WaitAsync(cancellationToken);
        try
        {
            if (host.LastEnded is { } ended && settings.NavigationDelay - Stopwatch.GetElapsedTime(ended) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            // The navigation before this one may have met a 429 while this one waited its turn: its hold applies here too.
            await WaitHoldAsync(url, cancellationToken);
        }
        catch
        {
            host.Turn.Release();
            throw;
        }

        return new Lease(() =>
        {
            host.LastEnded = Stopwatch.GetTimestamp();
            host.Turn.Release();
        });
    }

    private bool Exempt(Uri url) => settings.ExemptLoopback && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)));

    private sealed class NavigationGate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public long? LastEnded { get; set; }
    }

    /// <summary>A place held until disposed; disposing twice releases once.</summary>
    private sealed class Lease(Action release) : IDisposable
    {
        public static readonly Lease None = new(() => { });

        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }
        }
    }
}
