using Observatoire.Probes.Results;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>What nightly runs meet: a site in error, a block page, rate limits, a changed form, a hanging page.
/// Each is "not measured" (À venir) with its cause, never a score.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class FaultTests
{
    private const string Procedure = "aide-juridictionnelle";

    [TestCase("?fault=500", nameof(FailureKind.SiteDown), "HTTP 500")]
    [TestCase("?fault=coupure", nameof(FailureKind.SiteDown), "le site ne répond plus, la page http://")]
    [TestCase("?fault=429", nameof(FailureKind.RateLimited), "HTTP 429")]
    [TestCase("?fault=blocked", nameof(FailureKind.Blocked), "HTTP 403")]
    [TestCase("?fault=drift", nameof(FailureKind.TargetNotFound), "le formulaire a changé ou le scénario n'est plus à jour")]
    public async Task A_faulty_site_is_not_measured_and_the_cause_is_named(string query, string kind, string message)
    {
        // A 429 keeps the whole runner off the host for its Retry-After (60 s): that one gets a runner of its own.
        await using var own = kind == nameof(FailureKind.RateLimited) ? await ProbeRunner.StartAsync(BrowserFixture.Options()) : null;
        var runner = own ?? BrowserFixture.Runner;
        var result = await runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled(Procedure), query));

        Assert.Multiple(() =>
        {
            Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.NotMeasured));
            Assert.That(result.Score.Level, Is.EqualTo("À venir"));
            Assert.That(result.Score.Score, Is.Null);
            Assert.That(result.FailureKind?.ToString(), Is.EqualTo(kind));
            Assert.That(result.FailureMessage, Does.Contain(message));
            Assert.That(result.FailureMessage, Does.Match(@"\.yaml:\d+:\d+ : "), "the failure names the scenario line");
            Assert.That(result.TracePath, Is.Not.Null.And.Matches<string>(File.Exists), "a failed walk keeps its trace");
        });
    }

    [Test]
    public async Task A_form_whose_frame_the_site_does_not_serve_is_site_down_not_a_changed_form()
    {
        // The town's page loads; the iframe holding the form answers 500: the step in the frame finds nothing.
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cantine-tarif-social"), "?fault=frame-500"));

        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.SiteDown), result.FailureMessage);
        Assert.That(result.FailureMessage, Does.Contain("le cadre (iframe) qui contient le formulaire n'a pas été servi : le site est en erreur (HTTP 500) à l'adresse http://"));
    }

    [Test]
    public async Task A_page_that_hangs_times_out_without_stopping_the_run()
    {
        await using var impatient = await ProbeRunner.StartAsync(BrowserFixture.Options(
            new BrowserSettings { ActionTimeout = TimeSpan.FromSeconds(2), NavigationTimeout = TimeSpan.FromSeconds(2), Trace = TraceMode.Off },
            BrowserFixture.Site.BaseUrl));

        var result = await impatient.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled(Procedure), "?fault=timeout"));

        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.Timeout), result.FailureMessage);
        Assert.That(result.Stop - result.Start, Is.LessThan(30_000));
    }

    [Test]
    public async Task A_page_whose_load_waits_on_a_stuck_resource_is_still_walked_and_scored()
    {
        // Every page asks for a tracker pixel that never comes: the load event never fires, the forms are there.
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(
            new BrowserSettings { ActionTimeout = TimeSpan.FromSeconds(2), NavigationTimeout = TimeSpan.FromSeconds(15), Trace = TraceMode.Off },
            BrowserFixture.Site.BaseUrl));

        var result = await runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cheque-energie"), "?fault=ressource"));

        Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured), result.FailureMessage);
        Assert.That((result.Score.Level, result.Score.Score), Is.EqualTo(("Optimal", (int?)0)));
    }

    [Test]
    public async Task A_slow_site_is_still_measured()
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cheque-energie"), "?fault=slow"));
        Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured), result.FailureMessage);
        Assert.That(result.Stop - result.Start, Is.GreaterThan(2_500), "the slow switch delays responses");
    }

    [Test]
    public async Task An_unreachable_site_is_site_down()
    {
        await using var nowhere = await ProbeRunner.StartAsync(BrowserFixture.Options(baseUrl: new Uri("http://127.0.0.1:9/")));
        var result = await nowhere.ProbeAsync(BrowserFixture.Bundled(Procedure));
        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.SiteDown), result.FailureMessage);
    }
}
