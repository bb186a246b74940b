using Observatoire.Probes.Browser;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.DemoSite;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;
using DemoServer = Observatoire.Probes.DemoSite.DemoSite;

namespace Observatoire.Probes.Cli;

internal sealed record RunnerOptions(
    BrowserSettings Browser,
    Uri? BaseUrl,
    DataCatalogue Catalogue,
    Func<string, string?> Secret,
    IReadOnlyList<string> SecretValues,
    string EvidenceDirectory,
    DemoSiteOptions? DemoSite);

internal static class RunnerSetup
{
    /// <summary>The runner's options from the settings, and an empty allure-results folder under <paramref name="reports"/>.</summary>
    public static (RunnerOptions Options, AllureWriter Allure) FromSettings(Settings settings, DataCatalogue catalogue, string reports)
    {
        var options = new RunnerOptions(
            settings.Browser,
            settings.BaseUri,
            catalogue,
            settings.Secret,
            settings.SecretValues,
            Path.Combine(reports, "evidence"),
            new DemoSiteOptions { Latency = settings.DemoLatency, LatencyJitter = settings.DemoLatencyJitter });

        var results = Path.Combine(reports, "allure-results");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true); // one run's evidence only: history lives in the report, not here
        }

        return (options, new AllureWriter(results));
    }
}

/// <summary>
/// Probes procedures: walk, classify, apply reviewers' decisions, score. Owns the browser and, when no
/// base URL is given, the demo site. One instance serves many parallel probes.
/// </summary>
internal sealed class ProbeRunner : IAsyncDisposable
{
    private readonly RunnerOptions _options;
    private readonly ProbeBrowser _browser;
    private readonly Classifier _classifier;
    private readonly ScenarioWalker _walker;

    private ProbeRunner(RunnerOptions options, ProbeBrowser browser, DemoServer? demo, Uri? baseUrl)
    {
        _options = options;
        _browser = browser;
        Demo = demo;
        BaseUrl = baseUrl;
        _classifier = new Classifier(options.Catalogue);
        _walker = new ScenarioWalker(browser, _classifier);
    }

    public DemoServer? Demo { get; }

    public Uri? BaseUrl { get; }

    public string BrowserDescription => _browser.Description;

    /// <summary>The bare walk, for tests that look at what the walker saw rather than at the score.</summary>
    internal Task<WalkResult> WalkAsync(Scenario scenario, CancellationToken cancellationToken = default) =>
        _walker.WalkAsync(scenario, new WalkOptions(BaseUrl, _options.Secret, _options.EvidenceDirectory), cancellationToken);

    public static async Task<ProbeRunner> StartAsync(RunnerOptions options, CancellationToken cancellationToken = default)
    {
        DemoServer? demo = null;
        var baseUrl = options.BaseUrl;
        if (baseUrl is null && options.DemoSite is not null)
        {
            demo = await DemoServer.StartAsync(options.DemoSite, cancellationToken);
            baseUrl = demo.BaseUrl;
        }

        try
        {
            var browser = await ProbeBrowser.LaunchAsync(options.Browser, cancellationToken);
            return new ProbeRunner(options, browser, demo, baseUrl);
        }
        catch
        {
            if (demo is not null)
            {
                await demo.DisposeAsync();
            }

            throw;
        }
    }

    public async Task<ProcedureResult> ProbeAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        var measuredAt = DateTimeOffset.UtcNow;
        var procedure = scenario.Procedure;
        var startUrl = StartUrl(procedure.Start);
        if (procedure.NotApplicable)
        {
            var now = measuredAt.ToUnixTimeMilliseconds();
            return new ProcedureResult
            {
                Procedure = procedure,
                ScenarioFile = scenario.File,
                PersonaId = scenario.Persona.Id,
                Score = ProcedureScore.NotApplicable(),
                MeasuredAt = measuredAt,
                Start = now,
                Stop = now,
                StartUrl = startUrl,
            };
        }

        var walk = await _walker.WalkAsync(scenario, new WalkOptions(BaseUrl, _options.Secret, _options.EvidenceDirectory), cancellationToken);
        var pages = new List<PageEvidence>();
        var all = new List<FieldDecision>();
        var stale = new List<string>();
        foreach (var page in walk.Pages)
        {
            var signIn = page.Fields.Any(f => f.Input == "password");
            var decisions = page.Fields.Select(f => SignInAware(_classifier.Classify(f) with { Page = page.Title }, signIn)).ToList();
            pages.Add(new PageEvidence(page.Index, page.Title, page.Url, page.Screenshot, page.AriaSnapshot, page.Start, page.Stop, decisions));
            all.AddRange(decisions);
        }

        if (scenario.Overrides.Count > 0)
        {
            var (reviewed, staleOverrides) = OverrideApplier.Apply(all, scenario.Overrides, _options.Catalogue);
            var byId = reviewed.ToDictionary(d => d.FieldId, StringComparer.Ordinal);
            pages = pages.Select(p => p with { Fields = p.Fields.Select(f => byId[f.FieldId]).ToList() }).ToList();
            all = reviewed.ToList();
            if (walk.Completed)
            {
                stale.AddRange(staleOverrides);
            }
        }

        var score = walk.Completed
            ? ProcedureScore.FromDecisions(all)
            : ProcedureScore.NotMeasured($"{walk.Failure!.Kind}: {walk.Failure.Message}");
        return new ProcedureResult
        {
            Procedure = procedure,
            ScenarioFile = scenario.File,
            PersonaId = scenario.Persona.Id,
            Score = score,
            Decisions = all,
            Pages = pages,
            Steps = walk.Steps.Select(s => new StepEvidence(Redact(s.Description), s.Position.ToString(), s.PageIndex, s.Succeeded, s.Error is null ? null : Redact(s.Error), s.Start, s.Stop)).ToList(),
            FailureKind = walk.Failure?.Kind.ToString(),
            FailureMessage = walk.Failure is null ? null : Redact(walk.Failure.Message),
            TracePath = walk.TracePath,
            Drift = walk.Completed ? Drift(scenario.Expect, score) : [],
            StaleOverrides = stale,
            MeasuredAt = measuredAt,
            Start = walk.Start,
            Stop = walk.Stop,
            StartUrl = startUrl,
        };
    }

    /// <summary>
    /// On a page that asks for a password (a sign-in, FranceConnect's identity provider) an unrecognised field is a
    /// credential, not a data item: reported as not held rather than flagged for review.
    /// </summary>
    private FieldDecision SignInAware(FieldDecision decision, bool signInPage) =>
        !signInPage || decision.ItemId is not null || _options.Catalogue.Find("other.not_held") is not { } notHeld ? decision
        : decision with
        {
            ItemId = notHeld.Id,
            ItemLabel = notHeld.Label,
            Holding = notHeld.Holding,
            Counted = false,
            Ambiguous = false,
            Confidence = 0.8,
            Reason = "champ d'une page de connexion (elle demande un mot de passe) : identifiant de connexion, non compté",
        };

    /// <summary>What differs between the scenario's expectation and the measure: the sign of a changed form.</summary>
    internal static IReadOnlyList<string> Drift(Expectation? expect, ProcedureScore score)
    {
        if (expect is null)
        {
            return [];
        }

        var drift = new List<string>();
        if (expect.Score is { } expected && expected != score.Score)
        {
            drift.Add($"score attendu {expected}, mesuré {score.Score}");
        }

        if (expect.Items is { } items)
        {
            var measured = score.Counted.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
            var missing = items.Where(i => !measured.Contains(i)).ToList();
            var extra = measured.Where(i => !items.Contains(i, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                drift.Add("éléments attendus non comptés : " + string.Join(", ", missing));
            }

            if (extra.Count > 0)
            {
                drift.Add("éléments comptés non attendus : " + string.Join(", ", extra));
            }
        }

        return drift;
    }

    private string StartUrl(string start) =>
        Uri.TryCreate(start, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? start
        : BaseUrl is null ? start : new Uri(BaseUrl, start).ToString();

    private string Redact(string text) => _options.SecretValues.Where(s => s.Length >= 3).Aggregate(text, (t, s) => t.Replace(s, "•••", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }
    }
}
