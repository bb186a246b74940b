using Observatoire.Probes.DemoSite;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>How a run treats the sites it probes, read from the demo site's own request log: a cap on walks at once
/// per host, a delay between navigations to one host, a 429's Retry-After honoured by the whole run.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PolitenessTests
{
    private static readonly string[] Procedures = ["cheque-energie", "bourse-college", "cantine-tarif-social"];

    [Test]
    public async Task At_most_the_cap_of_walks_run_at_once_on_one_host_while_other_hosts_go_on()
    {
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options() with
        {
            Workers = 4,
            Politeness = new PolitenessSettings { MaxWalksPerHost = 1, NavigationDelay = TimeSpan.Zero, ExemptLoopback = false },
        });
        var site = runner.Demo!;
        // localhost and 127.0.0.1 are two hosts of one site: two walks on each.
        var other = new UriBuilder(site.BaseUrl) { Host = "localhost" }.Uri;
        Scenario[] scenarios =
        [
            BrowserFixture.Bundled(Procedures[0]),
            BrowserFixture.Bundled(Procedures[1]),
            OnHost(BrowserFixture.Bundled(Procedures[0]), other),
            OnHost(BrowserFixture.Bundled(Procedures[1]), other),
        ];

        var results = await runner.RunAsync(scenarios);

        Assert.That(results.Select(r => r.Score.Status), Is.All.EqualTo(MeasureStatus.Measured), string.Join("\n", results.Select(r => r.FailureMessage)));
        var walks = Walks(site.Requests);
        Assert.Multiple(() =>
        {
            Assert.That(walks.Count(w => w.Host == "127.0.0.1"), Is.EqualTo(2));
            Assert.That(walks.Count(w => w.Host == "localhost"), Is.EqualTo(2));
            Assert.That(MostAtOnce(walks.Where(w => w.Host == "127.0.0.1")), Is.EqualTo(1), "one walk at a time on 127.0.0.1");
            Assert.That(MostAtOnce(walks.Where(w => w.Host == "localhost")), Is.EqualTo(1), "one walk at a time on localhost");
            Assert.That(MostAtOnce(walks), Is.EqualTo(2), "the two hosts were walked side by side");
        });
    }

    [Test]
    public async Task Without_a_cap_the_same_walks_overlap()
    {
        // The control of the test above: the log can see overlapping walks.
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options() with
        {
            Workers = 2,
            Politeness = new PolitenessSettings { MaxWalksPerHost = 2, NavigationDelay = TimeSpan.Zero, ExemptLoopback = false },
        });

        await runner.RunAsync([BrowserFixture.Bundled(Procedures[0]), BrowserFixture.Bundled(Procedures[1])]);

        Assert.That(MostAtOnce(Walks(runner.Demo!.Requests)), Is.EqualTo(2));
    }

    [TestCase(600)]
    [TestCase(0)]
    public async Task Navigations_to_one_host_keep_the_delay_between_them(int delayMs)
    {
        var delay = TimeSpan.FromMilliseconds(delayMs);
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options() with
        {
            Workers = 2,
            Politeness = new PolitenessSettings { MaxWalksPerHost = 2, NavigationDelay = delay, ExemptLoopback = false },
        });

        var results = await runner.RunAsync([BrowserFixture.Bundled(Procedures[0]), BrowserFixture.Bundled(Procedures[1])]);

        Assert.That(results.Select(r => r.Score.Status), Is.All.EqualTo(MeasureStatus.Measured));
        var starts = Navigations(runner.Demo!.Requests).Select(r => r.Start).Order().ToList();
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).ToList();
        TestContext.Out.WriteLine($"{starts.Count} navigations, shortest gap {gaps.Min().TotalMilliseconds:0} ms");
        if (delayMs > 0)
        {
            // The delay runs from the end of the previous navigation, so it holds at the host's door whatever time
            // the browser takes to send a click's request (0.95: the two clocks' granularity).
            Assert.That(gaps, Is.All.GreaterThanOrEqualTo(delay * 0.95));
        }
        else
        {
            Assert.That(gaps.Min(), Is.LessThan(TimeSpan.FromMilliseconds(600)), "the control: without a delay, navigations come closer");
        }
    }

    [Test]
    public async Task A_429_is_waited_out_for_its_Retry_After_and_the_procedure_measured_on_retry_is_flaky()
    {
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options() with
        {
            Retries = 2,
            RetryBackoff = TimeSpan.FromMilliseconds(100),
        });
        var site = runner.Demo!;
        site.LimitRate(requests: 1, retryAfter: TimeSpan.FromSeconds(3));

        var result = await runner.ProbeAsync(BrowserFixture.Bundled(Procedures[0]));

        var log = site.Requests;
        var refused = log.Last(r => r.Status == 429);
        var next = log.First(r => r.Start > refused.End);
        Assert.Multiple(() =>
        {
            Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured), result.FailureMessage);
            Assert.That(result.Attempts, Is.EqualTo(2));
            Assert.That(result.Flaky, Is.True);
            Assert.That(log.Count(r => r.Status == 429), Is.EqualTo(1), "one refusal, then the run waited");
            Assert.That(next.Start - refused.End, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2.9)), "the Retry-After (3 s) wins over the 100 ms backoff");
        });
    }

    [Test]
    public async Task After_a_429_no_other_walk_asks_the_host_before_its_Retry_After()
    {
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options() with
        {
            Workers = 2,
            Retries = 1,
            RetryBackoff = TimeSpan.FromMilliseconds(100),
        });
        var site = runner.Demo!;
        site.LimitRate(requests: 1, retryAfter: TimeSpan.FromSeconds(3));

        var refused = runner.ProbeAsync(BrowserFixture.Bundled(Procedures[0]));
        while (!site.Requests.Any(r => r.Status == 429))
        {
            await Task.Delay(20);
        }

        // The gateway would no longer refuse, but it asked for 3 s: this walk waits with the other one.
        var later = await runner.ProbeAsync(BrowserFixture.Bundled(Procedures[1]));
        var first = await refused;

        var log = site.Requests;
        var refusal = log.Single(r => r.Status == 429);
        var during = log.Where(r => r.Start > refusal.End && r.Start < refusal.End + TimeSpan.FromSeconds(2.9)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first.Flaky, Is.True, first.FailureMessage);
            Assert.That(later.Score.Status, Is.EqualTo(MeasureStatus.Measured), later.FailureMessage);
            Assert.That(later.Attempts, Is.EqualTo(1));
            Assert.That(during.Select(r => $"{r.Method} {r.Path} {r.Status}"), Is.Empty, "nothing asked of the host during the Retry-After");
        });
    }

    private static Scenario OnHost(Scenario scenario, Uri site) =>
        scenario with { Procedure = scenario.Procedure with { Start = new Uri(site, scenario.Procedure.Start).ToString() } };

    private sealed record Walk(string Host, DateTimeOffset Start, DateTimeOffset End);

    /// <summary>One walk per browser session: from its first request's start to its last one's end.</summary>
    private static List<Walk> Walks(IReadOnlyList<DemoRequest> log) =>
        [.. log.Where(r => r.Session is not null).GroupBy(r => (r.Host, r.Session))
            .Select(g => new Walk(g.Key.Host, g.Min(r => r.Start), g.Max(r => r.End)))];

    private static int MostAtOnce(IEnumerable<Walk> walks)
    {
        var edges = walks.SelectMany(w => new[] { (At: w.Start, Step: 1), (At: w.End, Step: -1) }).OrderBy(e => e.At).ThenBy(e => e.Step);
        int now = 0, most = 0;
        foreach (var (_, step) in edges)
        {
            now += step;
            most = Math.Max(most, now);
        }

        return most;
    }

    /// <summary>Requests that start a navigation: a redirect's target is part of the navigation that asked for it.</summary>
    private static List<DemoRequest> Navigations(IReadOnlyList<DemoRequest> log)
    {
        var last = new Dictionary<string, DemoRequest>();
        var navigations = new List<DemoRequest>();
        foreach (var r in log.OrderBy(r => r.Start))
        {
            var key = r.Session ?? "";
            var followsRedirect = last.TryGetValue(key, out var previous) && previous.Status is >= 300 and < 400;
            if (!followsRedirect)
            {
                navigations.Add(r);
            }

            last[key] = r;
        }

        return navigations;
    }
}
