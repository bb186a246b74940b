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
    private readonly ConcurrentDictionary<string, long> _nextNavigation = new(StringComparer.OrdinalIgnoreCase);
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
            return NoSlot.Instance;
        }

        var gate = _walks.GetOrAdd(url.IdnHost, _ => new SemaphoreSlim(settings.MaxWalksPerHost, settings.MaxWalksPerHost));
        await gate.WaitAsync(cancellationToken);
        return new Slot(gate);
    }

    /// <summary>Waits until the host may be asked for another page.</summary>
    public async Task BeforeNavigationAsync(Uri url, CancellationToken cancellationToken)
    {
        await WaitHoldAsync(url, cancellationToken);
        if (Exempt(url) || settings.NavigationDelay <= TimeSpan.Zero)
        {
            return;
        }

        var delay = Stopwatch.Frequency * settings.NavigationDelay.Ticks / TimeSpan.TicksPerSecond;
        long wait = 0;
        _nextNavigation.AddOrUpdate(url.IdnHost, _ => Stopwatch.GetTimestamp() + delay, (_, next) =>
        {
            var now = Stopwatch.GetTimestamp();
            var slot = Math.Max(now, next);
            wait = slot - now;
            return slot + delay;
        });
        if (wait > 0)
        {
            await Task.Delay(Stopwatch.GetElapsedTime(0, wait), cancellationToken);
        }
    }

    private bool Exempt(Uri url) => settings.ExemptLoopback && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)));

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoSlot : IDisposable
    {
        public static readonly NoSlot Instance = new();

        public void Dispose()
        {
        }
    }
}
