using System.Diagnostics;
using System.Globalization;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner.Scaffolding;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;
using DemoServer = Observatoire.Probes.DemoSite.DemoSite;

namespace Observatoire.Probes.Runner;

/// <summary>
/// What the end of a run wrote besides the evidence: the changes since the run before, the synthesis page and its PDF
/// (null with the reason when it could not be printed), and how long all this took.
/// </summary>
public sealed record RunCompletion(RunState Run, RunChanges Changes, string Synthesis, string? SynthesisPdf, string? PdfProblem, TimeSpan Elapsed);

/// <summary>Where a run stands, raised after each procedure starts and ends.</summary>
public sealed record RunProgress(int Done, int Total, int Running, TimeSpan Elapsed, ProcedureResult? Finished, string? Retrying)
{
    /// <summary>Time left at the pace so far; null before the first procedure ends.</summary>
    public TimeSpan? Eta => Done == 0 || Done >= Total ? null : Elapsed / Done * (Total - Done);
}

/// <summary>
/// The pipeline every entry point shares: scenario → walk → decisions (classification with the scenario's context,
/// reviewers' overrides) → score → result → run folder (Allure results, records, export). Owns the browser, the demo
/// site when no base URL is given, and the policies around a probe: retries with backoff for infrastructure failures
/// (a procedure measured on a retry is flaky), crash isolation, politeness per host, resume.
/// </summary>
public sealed class ProbeRunner : IAsyncDisposable
{
    private readonly RunnerOptions _options;
    private readonly ProbeBrowser _browser;
    private readonly ScenarioWalker _walker;
    private readonly Classifier _classifier;
    private readonly HostGates _gates;
    private readonly RunFolder _folder;
    private readonly long _started;

    private ProbeRunner(RunnerOptions options, ProbeBrowser browser, DemoServer? demo, Uri? baseUrl, RunFolder folder)
    {
        _options = options;
        _browser = browser;
        Demo = demo;
        BaseUrl = baseUrl;
        _folder = folder;
        _classifier = new Classifier(options.Catalogue);
        _walker = new ScenarioWalker(browser);
        _gates = new HostGates(options.Politeness);
        _started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    /// <summary>The demo site this runner started, when no base URL was given.</summary>
    public DemoServer? Demo { get; }

    public Uri? BaseUrl { get; }

    public string BrowserDescription => _browser.Description;

    internal ProbeBrowser Browser => _browser;

    /// <summary>The run folder's identity: which run, started when, resumed or not.</summary>
    public RunState Run => _folder.State;

    public string Reports => _folder.Root;

    /// <summary>Raised from worker threads as procedures start, retry and end.</summary>
    public event Action<RunProgress>? Progress;

    /// <summary>Starts the demo site (without a base URL) and the browser, and opens the run folder.</summary>
    /// <param name="resume">Keep the run folder's results and skip the procedures already measured in it.</param>
    public static async Task<ProbeRunner> StartAsync(RunnerOptions options, bool resume = false, Shard? shard = null, CancellationToken cancellationToken = default)
    {
        DemoServer? demo = null;
        var baseUrl = options.BaseUrl;
        if (baseUrl is null && options.DemoSite is not null)
        {
            demo = await DemoServer.StartAsync(options.DemoSite, cancellationToken);
            baseUrl = demo.BaseUrl;
        }

        ProbeBrowser? browser = null;
        try
        {
            browser = await ProbeBrowser.LaunchAsync(options.Browser, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            var folder = RunFolder.Open(options.Reports, new RunState(RunFolder.NewRunId(now), now, options.ToolVersion, (shard ?? Shard.All).ToString()), resume);
            return new ProbeRunner(options, browser, demo, baseUrl, folder);
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            if (demo is not null)
            {
                await demo.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>True when a resumed run already holds this procedure's final result.</summary>
    public bool IsMeasured(string procedureId) => _folder.RecordOf(procedureId) is { } record && !Unread(record);

    /// <summary>A result recorded because the scenario could not be read (<see cref="RecordUnreadable"/>): a resumed run
    /// walks the scenario once it is mended.</summary>
    private static bool Unread(ProcedureResult record) => record is { FailureKind: FailureKind.ScenarioError, Steps.Count: 0, PersonaId: "" };

    /// <summary>Every final result of the run folder (this run's, and a resumed run's earlier ones).</summary>
    public IReadOnlyList<ProcedureResult> Results => _folder.Records;

    /// <summary>
    /// Probes many procedures with the configured workers; a resumed run skips those already measured. Each result
    /// is final and written as soon as its procedure ends.
    /// </summary>
    public async Task<IReadOnlyList<ProcedureResult>> RunAsync(IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken = default)
    {
        var todo = scenarios.Where(s => !IsMeasured(s.Procedure.Id)).ToList();
        var clock = Stopwatch.StartNew();
        int done = scenarios.Count - todo.Count, running = 0;
        var results = new List<ProcedureResult>();
        var gate = new Lock();
        await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = _options.Workers, CancellationToken = cancellationToken }, async (scenario, ct) =>
        {
            Interlocked.Increment(ref running);
            var result = await ProbeAsync(scenario, ct);
            lock (gate)
            {
                results.Add(result);
                done++;
                running--;
                Progress?.Invoke(new RunProgress(done, scenarios.Count, running, clock.Elapsed, result, null));
            }
        });
        return results;
    }

    /// <summary>
    /// Probes one procedure to its final result: walks again after an infrastructure failure (with backoff, honouring a
    /// 429's Retry-After), never after the scenario's own fault; a crash is that procedure's "not measured", never the
    /// run's end. Every attempt goes to the evidence; the final result to the run's record and export.
    /// </summary>
    public async Task<ProcedureResult> ProbeAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ProcedureResult result;
        for (var attempt = 1; ; attempt++)
        {
            result = await AttemptAsync(scenario, cancellationToken);
            var retry = attempt <= _options.Retries && result.FailureKind is { } kind && kind.IsTransient();
            if (!retry)
            {
                result = result with { Attempts = attempt, Flaky = attempt > 1 && result.Score.Status != MeasureStatus.NotMeasured };
                Write(() => _folder.WriteAttempt(result), result);
                break;
            }

            Write(() => _folder.WriteAttempt(result with { Attempts = attempt }), result);
            var wait = Backoff(attempt, result);
            Progress?.Invoke(new RunProgress(0, 0, 0, TimeSpan.Zero, null,
                string.Create(CultureInfo.InvariantCulture, $"{scenario.Procedure.Id} : {result.FailureKind?.French()}, nouvelle tentative dans {wait.TotalSeconds:0.#} s ({attempt}/{_options.Retries})")));
            await Task.Delay(wait, cancellationToken);
        }

        Write(() => _folder.WriteFinal(result), result);
        return result;
    }

    /// <summary>
    /// Records a scenario file that cannot be walked as its procedure's result, not measured (a scenario error, with the
    /// file's first problem and what to do), so that the export, the evidence and the morning review say why the
    /// procedure has no score tonight instead of leaving it out. A procedure already measured in a resumed run is kept.
    /// </summary>
    public ProcedureResult? RecordUnreadable(UnreadableScenario scenario)
    {
        if (_folder.IsRecorded(scenario.Procedure.Id))
        {
            return null;
        }

        var first = scenario.Problems.Count > 0 ? scenario.Problems[0] : null;
        var more = scenario.Problems.Count > 1 ? $" (et {scenario.Problems.Count - 1} autre(s) problème(s))" : "";
        var message = $"le scénario ne peut pas être lu : {first?.ToString() ?? ScenarioLoader.Display(scenario.File)}{more} ; corrigez-le (`probes validate {ScenarioLoader.Display(scenario.File)}`) puis relancez-le";
        var now = DateTimeOffset.UtcNow;
        var result = new ProcedureResult
        {
            Procedure = Published(KnownBefore(scenario)),
            ScenarioFile = scenario.File,
            PersonaId = "",
            Score = ProcedureScore.NotMeasured($"{FailureKind.ScenarioError}: {message}"),
            FailureKind = FailureKind.ScenarioError,
            FailureMessage = message,
            MeasuredAt = now,
            Start = now.ToUnixTimeMilliseconds(),
            Stop = now.ToUnixTimeMilliseconds(),
            StartUrl = scenario.Procedure.Start.Length > 0 ? StartUrl(scenario.Procedure.Start) : "",
        };
        Write(() => _folder.WriteAttempt(result), result);
        Write(() => _folder.WriteFinal(result), result);
        return result;
    }

    /// <summary>The nights kept before this run, newest first: read once, however many files cannot be read.</summary>
    private IReadOnlyList<RunSummary> NightsBefore => _nightsBefore ??= [.. new RunHistory(Reports).Before(Run.RunId, trials: true).OrderByDescending(r => r.StartedAt)];

    private IReadOnlyList<RunSummary>? _nightsBefore;

    /// <summary>
    /// A file whose `procedure` block cannot be read is known only by its file name: the procedure keeps the row, title,
    /// ministry and administration of its last measure in the history, so that the export and the synthesis still name it.
    /// </summary>
    private ProcedureInfo KnownBefore(UnreadableScenario scenario)
    {
        var procedure = scenario.Procedure;
        if (procedure.Start.Length > 0 || procedure.Ministry.Length > 0)
        {
            return procedure;
        }

        // The newest record that gave it a row: a night a copy held the row recorded it without one.
        var records = NightsBefore.SelectMany(r => r.Procedures).Where(p => p.Id == procedure.Id).ToList();
        var known = records.FirstOrDefault(p => p.ObservatoireId is { Length: > 0 }) ?? records.FirstOrDefault();
        return known is null ? procedure : procedure with
        {
            // A row another file now gives (a copy of this one) is not given twice.
            ObservatoireId = known.ObservatoireId is { } row && scenario.TakenRows.Contains(row) ? null : known.ObservatoireId,
            Title = known.Title, Ministry = known.Ministry, Administration = known.Administration,
        };
    }

    /// <summary>
    /// Ends the run: launch files, the complete export and workbook, the run kept in the dated history, what changed since
    /// the run before, the synthesis page and its PDF, run.json marked completed.
    /// </summary>
    /// <param name="trial">The run was asked for a narrow part of the configured scenarios (a file or two tried, a filtered
    /// test run): see <see cref="RunHistory"/>'s trials.</param>
    public async Task<RunCompletion> CompleteAsync(bool trial = false, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var info = new RunInfo(Run.RunId, Run.StartedAt, _options.ToolVersion, BrowserDescription, _options.Catalogue.Source, BaseUrl is null ? null : Published(BaseUrl.ToString()));
        var (changes, synthesis) = _folder.Complete(info, _started, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), _options.KeepRuns, trial);
        var pdf = Path.ChangeExtension(synthesis, ".pdf");
        var problem = await PagePrinter.PrintAsync(_browser, await File.ReadAllTextAsync(synthesis, cancellationToken), pdf, cancellationToken);
        return new RunCompletion(Run, changes, synthesis, problem is null ? pdf : null, problem, clock.Elapsed);
    }

    /// <summary>
    /// Drafts a scenario from the live form at the request's URL: walks it as a person would (cookie banner, FranceConnect,
    /// every field to fill with synthetic values, the button that goes on), with --follow page after page until the final
    /// submission, which it never presses; each field's decision and the score proposed are written beside the steps.
    /// </summary>
    public async Task<ScaffoldDraft> ScaffoldAsync(ScaffoldRequest request, CancellationToken cancellationToken = default)
    {
        var scaffolder = new Scaffolder(request);
        var scenario = scaffolder.Skeleton;
        var options = WalkOptionsFor(scenario, new PhaseClock()) with { Continue = scaffolder.NextAsync };
        var walk = await _walker.WalkAsync(scenario, options, cancellationToken);
        return scaffolder.Finish(walk, (fields, audience) => Decide(scenario with { Procedure = scenario.Procedure with { Public = audience } }, fields));
    }

    /// <summary>The bare walk, for tests that look at what the walker saw rather than at the score.</summary>
    internal Task<WalkResult> WalkAsync(Scenario scenario, CancellationToken cancellationToken = default) =>
        _walker.WalkAsync(scenario, WalkOptionsFor(scenario, new PhaseClock()), cancellationToken);

    private static void Write(Action write, ProcedureResult result)
    {
        var start = Stopwatch.GetTimestamp();
        write();
        (result.Timings as Dictionary<Phase, double>)?.TryAdd(Phase.Writing, Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 1));
    }

    private TimeSpan Backoff(int attempt, ProcedureResult failed)
    {
        var backoff = _options.RetryBackoff * Math.Pow(2, attempt - 1);
        if (failed.FailureKind == FailureKind.RateLimited && failed.RetryAfter is { } asked)
        {
            backoff = asked > backoff ? asked : backoff;
        }

        return backoff > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : backoff;
    }

    private async Task<ProcedureResult> AttemptAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var measuredAt = DateTimeOffset.UtcNow;
        var procedure = scenario.Procedure;
        var startUrl = StartUrl(procedure.Start);
        if (procedure.NotApplicable)
        {
            var now = measuredAt.ToUnixTimeMilliseconds();
            return new ProcedureResult
            {
                Procedure = Published(procedure),
                ScenarioFile = scenario.File,
                PersonaId = scenario.Persona.Id,
                Score = ProcedureScore.NotApplicable(),
                MeasuredAt = measuredAt,
                Start = now,
                Stop = now,
                StartUrl = startUrl,
            };
        }

        try
        {
            using var slot = Uri.TryCreate(startUrl, UriKind.Absolute, out var start)
                ? await _gates.EnterWalkAsync(start, cancellationToken)
                : null;
            var clock = new PhaseClock();
            var walk = await _walker.WalkAsync(scenario, WalkOptionsFor(scenario, clock), cancellationToken);
            return Assemble(scenario, walk, clock, measuredAt, startUrl);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One procedure's crash is that procedure's "not measured", never the run's end.
            var redact = Redactor(scenario);
            return new ProcedureResult
            {
                Procedure = Published(procedure),
                ScenarioFile = scenario.File,
                PersonaId = scenario.Persona.Id,
                Score = ProcedureScore.NotMeasured(redact(e.Message)),
                FailureKind = FailureKind.BrowserError,
                FailureMessage = redact("the probe failed: " + e.Message.Split('\n')[0]),
                MeasuredAt = measuredAt,
                StartUrl = startUrl,
            };
        }
    }

    private ProcedureResult Assemble(Scenario scenario, WalkResult walk, PhaseClock clock, DateTimeOffset measuredAt, string startUrl)
    {
        var pages = new List<PageEvidence>();
        var all = new List<FieldDecision>();
        var read = new List<FieldDecision>();
        // What is published is scrubbed of what only the walk knew to be someone's too: a page titled with the identity
        // FranceConnect gave (« Mon espace – Angela DUBOIS »), a label or a choice that quotes it.
        var redact = Redactor(scenario, walk.Shown);
        foreach (var page in walk.Pages)
        {
            var title = redact(page.Title);
            var decided = clock.Time(Phase.Classification, () => Decide(scenario, page.Fields));
            read.AddRange(decided.Select(d => d with { Page = page.Title }));
            var decisions = decided.Select(d => d with { Page = title, FieldLabel = redact(d.FieldLabel), Reason = redact(d.Reason) }).ToList();
            pages.Add(new PageEvidence(page.Index, title, redact(Published(page.Url)), page.Screenshot, page.AriaSnapshot, page.Start, page.Stop, decisions,
                [.. page.Fields.Select(f => Observed(scenario, f, redact))]));
            all.AddRange(decisions);
        }

        // Reviewers' decisions name fields as the page wrote them.
        var stale = walk.Completed && scenario.Overrides.Count > 0 ? OverrideApplier.Stale(read, scenario.Overrides) : [];
        var score = walk.Completed
            ? ProcedureScore.FromDecisions(all)
            : ProcedureScore.NotMeasured($"{walk.Failure!.Kind}: {redact(walk.Failure.Message)}");
        return new ProcedureResult
        {
            Procedure = Published(scenario.Procedure),
            ScenarioFile = scenario.File,
            PersonaId = scenario.Persona.Id,
            Score = score,
            Decisions = all,
            Pages = pages,
            Steps = walk.Steps.Select(s => new StepEvidence(redact(s.Description), s.Position.ToString(), s.PageIndex, s.Succeeded, s.Error is null ? null : redact(s.Error), s.Start, s.Stop)).ToList(),
            FailureKind = walk.Failure?.Kind,
            FailureMessage = walk.Failure is null ? null : redact(walk.Failure.Message),
            RetryAfter = RetryAfter(walk.Failure?.RetryAfter),
            TracePath = walk.TracePath,
            Drift = walk.Completed ? Expectations.Drift(scenario.Expect, score) : [],
            StaleOverrides = stale,
            MeasuredAt = measuredAt,
            Start = walk.Start,
            Stop = walk.Stop,
            StartUrl = startUrl,
            Timings = new Dictionary<Phase, double>(clock.Snapshot()),
        };
    }

    private WalkOptions WalkOptionsFor(Scenario scenario, PhaseClock clock) =>
        new(BaseUrl, _options.Secret, Path.Combine(_folder.Root, "evidence"), fields => Decide(scenario, fields))
        {
            EnterNavigation = _gates.EnterNavigationAsync,
            PauseOnFailure = _options.PauseOnFailure,
            Redact = Redactor(scenario),
            // The whole run keeps off a host that answered 429, not only this procedure's next attempt.
            RateLimited = (host, retryAfter) => _gates.Hold(host, DateTimeOffset.UtcNow + Longest(RetryAfter(retryAfter), _options.RetryBackoff)),
            Clock = clock,
        };

    /// <summary>
    /// The decisions on one page's fields, as the evidence shows them: the classifier's reading with the procedure's
    /// context, sign-in pages' credentials, then the reviewers' overrides. Screenshots and scores use this one function.
    /// </summary>
    private IReadOnlyList<FieldDecision> Decide(Scenario scenario, IReadOnlyList<FieldObservation> fields)
    {
        var signIn = fields.Any(f => f.Input == "password");
        var decisions = _classifier.ClassifyInOrder([.. fields.Select(f => f with { Administration = scenario.Procedure.Administration, Public = scenario.Procedure.Public })]).Select(d => SignInAware(d, signIn)).ToList();
        return scenario.Overrides.Count == 0 ? decisions : OverrideApplier.Apply(decisions, scenario.Overrides, _options.Catalogue).Decisions;
    }

    /// <summary>
    /// A field as `probes classify` reads it and as the classifier read it (the procedure's administration and public), to
    /// publish: its texts without the persona's values, a value the site showed as a mark (it makes the field pre-filled,
    /// whoever's it is), none where the probe typed it.
    /// </summary>
    private static FieldObservation Observed(Scenario scenario, FieldObservation field, Func<string, string> redact)
    {
        string? Clean(string? text) => text is null ? null : redact(text);
        return field with
        {
            Label = Clean(field.Label),
            Hint = Clean(field.Hint),
            Legend = Clean(field.Legend),
            Section = Clean(field.Section),
            Page = Clean(field.Page),
            Placeholder = Clean(field.Placeholder),
            Name = Clean(field.Name),
            Pattern = Clean(field.Pattern),
            Accept = Clean(field.Accept),
            Options = [.. field.Options.Select(redact)],
            Administration = scenario.Procedure.Administration,
            Public = scenario.Procedure.Public,
            Value = field.FilledByProbe || string.IsNullOrWhiteSpace(field.Value) ? null : Personal.Mark,
            FilledByProbe = false,
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

    private string StartUrl(string start) => Published(
        Uri.TryCreate(start, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? start
        : BaseUrl is null ? start : new Uri(BaseUrl, start).ToString());

    private static string Published(string url) => SiteUrls.Published(url);

    /// <summary>The procedure as the records and the report keep it: its start URL without a test site's « user:password@ ».</summary>
    private static ProcedureInfo Published(ProcedureInfo procedure) => procedure with { Start = SiteUrls.Published(procedure.Start) };

    private static TimeSpan Longest(TimeSpan? asked, TimeSpan floor) =>
        asked is { } a && a > floor ? (a > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : a) : floor;

    private static TimeSpan? RetryAfter(string? header) =>
        header is null ? null
        : int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at - DateTimeOffset.UtcNow
        : null;

    /// <summary>Messages never quote a secret nor a persona value (a page title or an error may hold one), masked as the
    /// evidence masks them: every form (a date as the page writes it, an encoding), from 3 characters, case ignored; a date
    /// typed in three fields as the date it makes; the « user:password » of a test site's address or of an absolute start URL. A value the scenario only
    /// picks among the site's options (a `select`'s option, a box's label) is the site's wording, which the evidence keeps
    /// too: « la liste n'a pas de choix « Veuf(ve) » (elle propose …) » stays readable.</summary>
    private Func<string, string> Redactor(Scenario scenario, IEnumerable<string>? shown = null)
    {
        var picked = PickedOnly(scenario);
        var persona = scenario.Persona.Values;
        var entered = scenario.Steps.Where(s => s.Kind is StepKind.Fill or StepKind.Select && s.Argument is not null)
            .Select(s => Placeholders.Find(s.Argument!).All(p => !p.IsSecret && persona.ContainsKey(p.Name)) ? Placeholders.Resolve(s.Argument!, persona, _ => null) : "").ToList();
        var hidden = Personal.Values(persona.Where(v => !picked.Contains(v.Key)).Select(v => v.Value).Concat(_options.SecretValues).Concat(Personal.DatesInParts(entered))
            .Concat(SiteUrls.Credentials(BaseUrl, scenario.Procedure.Start)).Concat(shown ?? []));
        // Every label, choice and reason of a procedure goes through it: the values' forms are worked out once.
        return Personal.Scrubber(hidden);
    }

    /// <summary>The persona values the scenario uses only as a choice among the site's options, never typed nor elsewhere.</summary>
    private static HashSet<string> PickedOnly(Scenario scenario)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in scenario.Steps)
        {
            foreach (var (_, name) in Placeholders.Find(step.Argument ?? "").Where(p => !p.IsSecret))
            {
                (step.Kind == StepKind.Select ? picked : other).Add(name);
            }

            foreach (var (_, name) in Placeholders.Find(step.Target?.Value ?? "").Where(p => !p.IsSecret))
            {
                (step.Kind is StepKind.Check or StepKind.Uncheck ? picked : other).Add(name);
            }
        }

        picked.ExceptWith(other);
        return picked;
    }

    public async ValueTask DisposeAsync()
    {
        _folder.Dispose();
        await _browser.DisposeAsync();
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }
    }
}
