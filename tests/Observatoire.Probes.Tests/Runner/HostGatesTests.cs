using System.Diagnostics;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.Tests.Runner;

public sealed class HostGatesTests
{
    [Test]
    public async Task A_navigation_waiting_its_turn_behind_one_that_met_a_429_waits_for_the_hold()
    {
        var gates = new HostGates(new PolitenessSettings { NavigationDelay = TimeSpan.FromMilliseconds(10), ExemptLoopback = false });
        var url = new Uri("https://www.demarches.example.gouv.fr/demande/");
        var first = await gates.EnterNavigationAsync(url, CancellationToken.None);
        var waiting = Stopwatch.StartNew();
        var second = gates.EnterNavigationAsync(url, CancellationToken.None);
        Assert.That(second.IsCompleted, Is.False, "one navigation at a time per host");

        // The first one's page answers 429, Retry-After 1 s; then it ends.
        gates.Hold(url, DateTimeOffset.UtcNow.AddSeconds(1));
        first.Dispose();
        (await second).Dispose();

        Assert.That(waiting.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "the second went out inside the Retry-After");
    }
}
