using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

/// <summary>
/// Where relative URLs point, where secrets come from, where traces go, and how each field is decided (the runner's
/// decision: classification and reviewers' overrides), so screenshots outline the final decisions.
/// </summary>
public sealed record WalkOptions(Uri? BaseUrl, Func<string, string?> Secret, string EvidenceDirectory, Func<IReadOnlyList<FieldObservation>, IReadOnlyList<FieldDecision>> Decide)
{
    /// <summary>Awaited before each action that may load a page of a host, and disposed once the page has loaded:
    /// the runner's politeness (one navigation at a time per host, a delay between them).</summary>
    public Func<Uri, CancellationToken, Task<IDisposable>>? EnterNavigation { get; init; }

    /// <summary>Told at once when the site answers a page with 429, with its Retry-After header if any, so the
    /// runner keeps every walk off the host without waiting for this one to end.</summary>
    public Action<Uri, string?>? RateLimited { get; init; }

    /// <summary>Awaited when a walk fails, before its browser context closes: a person debugging a scenario looks at
    /// the page as the probe left it (headed browser) and says when to go on.</summary>
    public Func<string, Task>? PauseOnFailure { get; init; }

    /// <summary>How the runner masks a message (persona values, secrets); the walk adds the values the site pre-filled,
    /// before a failure is paused on or returned.</summary>
    public Func<string, string>? Redact { get; init; }

    /// <summary>Where the walk's time goes, phase by phase.</summary>
    public PhaseClock Clock { get; init; } = new();

    /// <summary>
    /// Makes the walk open-ended: after the scenario's steps, shows the page the walk stands on and runs the steps
    /// returned, until none are or a `stop_before` ends the walk. `probes scaffold` drafts a scenario this way, with the
    /// walker's submission guard, sign-in handling and secrets.
    /// </summary>
    public Func<PageSurvey, CancellationToken, Task<IReadOnlyList<ScenarioStep>>>? Continue { get; init; }
}

/// <summary>
/// Walks one scenario in a fresh browser context and takes the inventory of every field on every page,
/// as first seen (so a value present on first sight is what the site pre-filled, not what the probe typed).
/// Never clicks a final submission unless the scenario targets a test environment.
/// </summary>
public sealed partial class ScenarioWalker
{
    /// <summary>The inventory, returned as one JSON string: Playwright's serialisation of the same result as an object grows
    /// with the fields (a 40-field page: 10 ms a read as an object, 4 as a string). Every document of a walk is given the
    /// inventory as it is created (<see cref="InventoryDefinition"/>, an init script of the walk's context): the read that
    /// follows a navigation was a call to find none, then a call that sent and compiled inventory.js's thousand lines
    /// (14 ms on a demo form page against 6 ms with the definition there). A document the init script did not reach still
    /// gets it at its first read.</summary>
    private static readonly string InventoryDefinition = "Object.defineProperty(window, '__probeInventory', { value: (" + Resource("inventory.js") + "\n), writable: true, configurable: true });";

    /// <summary>What every document of a walk is given as it is created: the inventory, and what it reads of a list before the
    /// site's scripts draw it (choices.js).</summary>
    private static readonly string DocumentScript = Resource("choices.js") + "\n" + InventoryDefinition;

    private static readonly string InventoryScript = "(a) => { " + InventoryDefinition + " return JSON.stringify(window.__probeInventory(a)); }";

    /// <summary>The inventory the document keeps, or null when it has none yet (a new document).</summary>
    private const string KeptInventoryScript = "(a) => window.__probeInventory ? JSON.stringify(window.__probeInventory(a)) : null";

    private static async Task<string> InventoryOfAsync(IFrame frame, object arguments) =>
        await frame.EvaluateAsync<string?>(KeptInventoryScript, arguments) ?? await frame.EvaluateAsync<string>(InventoryScript, arguments);

    internal static readonly string EvidenceScript = Resource("evidence.js");

    /// <summary>inventory.js's region `label`: the label of a field as a person reads it (without its hint and its required
    /// mark), shared by the inventory, the `probe-label` engine and the labels offered when a target is not found.</summary>
    private static readonly string LabelScript = Region(Resource("inventory.js"), "label");

    /// <summary>The name of the selector engine that finds a field by its label as a person reads it
    /// (<see cref="LabelEngineScript"/>); registered once per browser, before any context.</summary>
    internal const string LabelEngine = "probe-label";

    /// <summary>The engine itself: label-engine.js, its leading comment left out (Playwright reads the script as an expression).</summary>
    internal static readonly string LabelEngineScript = Expression(Resource("label-engine.js")).Replace("/* label */", LabelScript, StringComparison.Ordinal);

    /// <summary>The name of the selector engine that tags what a look found (<see cref="TagEngineScript"/>).</summary>
    internal const string TagEngine = "probe-tag";

    /// <summary>
    /// Last part of a look's selector: marks each element the parts before it found with the look's tag, and keeps it.
    /// Playwright resolves a selector in its isolated world, where counting is one round trip; evaluating a script on what it
    /// found runs in the page's world, where Playwright first installs its whole selector script in every new document
    /// (about 25 ms, more than the look itself). The look then reads the tagged elements with a script of the page's world.
    /// </summary>
    internal const string TagEngineScript = """
        (() => {
          const queryAll = (root, tag) => { if (!root.setAttribute) return []; root.setAttribute('data-probe-tag', tag); return [root]; };
          return { query: (root, tag) => queryAll(root, tag)[0] || null, queryAll };
        })()
        """;

    private static string Expression(string script) => script[script.IndexOf("(() =>", StringComparison.Ordinal)..].TrimEnd();

    private readonly ProbeBrowser _browser;

    public ScenarioWalker(ProbeBrowser browser) => _browser = browser;

    // Asking to be sent a verification code or a sign-in link (« Envoyer le code », « Renvoyer un nouveau code ») is a step
    // of the form, never the application; submitting a code (« Soumettre le code ») or anything that names the application
    // after it (« Envoyer le code de signature de ma demande ») may be, and stays refused. The pattern also runs in the page.
    [GeneratedRegex(@"((?:envoyer(?!\s+(?:(?:le|un|une|mon|votre|nouveau|à nouveau|de nouveau)\s+)*(?:codes?|liens?)(?![a-zà-ÿ])(?![^.]*(?<![a-zà-ÿ])(?:demandes?|dossiers?|signatures?|sign[ée]r?|candidatures?|d[ée]clarations?|inscriptions?|valid[ée]r?)(?![a-zà-ÿ]))))|d[ée]poser|transmettre|soumettre|confirmer l.envoi|valider (et envoyer|ma demande|mon dossier|la demande|le dossier)|payer|signer et envoyer|j.envoie|je transmets|je d[ée]pose|je soumets|(?:valide|confirme|signe|finalise|termine)[rz]?\s+(?:et\s+\S+\s+)?(?:ma|mon|la|le|votre|cette|ce)\s+(?:demande|dossier|d[ée]claration|candidature|inscription|saisine|r[ée]clamation|souscription|commande|formulaire|signalement|requ[êe]te|t[ée]l[ée]proc[ée]dure))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinalSubmission();

    // « Valider », « Confirmer », « Terminer » alone (or « … mes informations »): the step's own button where it asks
    // something, the submission under a form that asks nothing (inventory.js decides with the page in hand).
    [GeneratedRegex(@"^\s*(?:je\s+)?(?:valider|valide|confirmer|confirme|terminer|termine|finaliser|finalise)(?:\s+(?:mes|les|vos|ma|la)\s+(?:informations|r[ée]ponses|donn[ée]es|choix|saisie))?\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirmation();

    /// <summary>True when a button or link with this name would submit the application.</summary>
    public static bool IsFinalSubmission(string accessibleName) => FinalSubmission().IsMatch(accessibleName);

    public async Task<WalkResult> WalkAsync(Scenario scenario, WalkOptions options, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, scenario, options);
        return await run.ExecuteAsync(cancellationToken);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>The lines of a script between its `// #region NAME` and `// #endregion NAME` lines.</summary>
    private static string Region(string script, string name)
    {
        var start = script.IndexOf("// #region " + name, StringComparison.Ordinal);
        var end = script.IndexOf("// #endregion " + name, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"region {name} missing from the embedded script");
        }

        return script[start..end];
    }

    private static string Resource(string name)
    {
        using var stream = typeof(ScenarioWalker).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded script {name} missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Thrown inside a walk to stop it with a classified failure.</summary>
    private sealed class StepFailure(FailureKind kind, string message) : Exception(message)
    {
        public FailureKind Kind { get; } = kind;

        /// <summary>The step to fix, when it is not the step the walk stopped at (a value the site refused later).</summary>
        public SourcePosition? Position { get; init; }
    }

    private sealed partial class Run(ScenarioWalker walker, Scenario scenario, WalkOptions options)
    {
        private readonly List<PageCapture> _pages = [];
        private readonly List<StepRecord> _steps = [];
        private readonly HashSet<string> _secretsUsed = new(StringComparer.Ordinal);
        private readonly HashSet<string> _uploaded = new(StringComparer.Ordinal); // a file's name may name its owner
        private readonly List<string> _entered = []; // typed and picked, in order: a date in three fields is one date
        private readonly Dictionary<string, FieldObservation> _fields = new(StringComparer.Ordinal);

        /// <summary>The signature of the page each field was first seen on.</summary>
        private readonly Dictionary<string, string> _seenOn = new(StringComparer.Ordinal);
        private readonly List<string> _fieldOrder = [];
        private IPage _page = null!;
        private SubmissionGuard? _guard;
        private Uri? _start;
        private string _title = "";
        private string _url = "";
        private string _signature = "";
        private long _pageStart;
        private int? _navigationStatus;

        /// <summary>The last frame navigation the site did not serve (status, or 0 and the network error), or null.</summary>
        private (int Status, string? Error, string Url)? _frameFailure;

        /// <summary>The page a navigation asked for and the site did not serve (its connection refused or cut), until one is.</summary>
        private (string Error, string Url)? _pageFailure;
        private string? _retryAfter;

        /// <summary>The page left by the last click, until an inventory sees the page change: its evidence, its
        /// signature, and the first step that belongs to the page that follows (the click itself).</summary>
        private (PageEvidence Evidence, string Signature, int FirstStep)? _pendingPage;

        /// <summary>The page and the fields the last inventory saw: what a later one no longer sees was hidden meanwhile.</summary>
        private (string Signature, HashSet<string> Ids) _lastLook = ("", []);

        /// <summary>Every field the probe marked as filled (inventory.js's <c>filled</c>), shown or not.</summary>
        private readonly HashSet<string> _filledByProbe = new(StringComparer.Ordinal);

        /// <summary>The values the probe typed on the page it is on.</summary>
        private readonly HashSet<string> _typedOnPage = new(StringComparer.Ordinal);
        private ITracing? _tracing;
        private string? _navigationUrl;
        private string? _blocker;

        public async Task<WalkResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            var start = Now();
            WalkFailure? failure = null;
            string? tracePath = null;
            IBrowserContext? context = null;
            try
            {
                context = await walker._browser.NewContextAsync();
                await context.AddInitScriptAsync(DocumentScript);
                _guard = scenario.Procedure.TestEnvironment ? null : new SubmissionGuard(context);
                if (_guard is not null)
                {
                    await _guard.HearScriptSubmissionsAsync();
                }

                if (walker._browser.Settings.Trace != TraceMode.Off)
                {
                    // DOM snapshots let the trace viewer replay each action; the screencast would cost a third of the walk, and the evidence has its own screenshots.
                    await context.Tracing.StartAsync(new() { Title = scenario.Procedure.Id, Screenshots = false, Snapshots = true, Sources = false });
                    _tracing = context.Tracing;
                }

                _page = await context.NewPageAsync();
                _page.Response += (_, response) =>
                {
                    if (response.Request.IsNavigationRequest && response.Frame != _page.MainFrame)
                    {
                        // A frame's page the site did not serve (a 404 is a frame's own business: a tracker, an old link).
                        _frameFailure = response.Status is 403 or 429 or >= 500 ? (response.Status, null, response.Url) : null;
                    }

                    if (response.Request.IsNavigationRequest && response.Frame == _page.MainFrame)
                    {
                        _frameFailure = null; // a new page: its frames are yet to load
                        _pageFailure = null;
                        _navigationStatus = response.Status;
                        _navigationUrl = response.Url;
                        _retryAfter = response.Status == 429 && response.Headers.TryGetValue("retry-after", out var after) ? after : null;
                        if (response.Status == 429 && Uri.TryCreate(response.Url, UriKind.Absolute, out var host))
                        {
                            options.RateLimited?.Invoke(host, _retryAfter);
                        }
                    }
                };

                // The site's own scripts still asking its server (an API filling the company once the SIRET is typed):
                // the page as left is read once they have their answer.
                _page.Request += (_, request) =>
                {
                    if (IsOwnScriptRequest(request))
                    {
                        Interlocked.Increment(ref _scriptRequests);
                        Interlocked.Increment(ref _scriptRequestsStarted);
                    }
                };
                _page.RequestFinished += (_, request) =>
                {
                    if (IsOwnScriptRequest(request))
                    {
                        Interlocked.Decrement(ref _scriptRequests);
                    }
                };
                _page.RequestFailed += (_, request) =>
                {
                    if (IsOwnScriptRequest(request))
                    {
                        Interlocked.Decrement(ref _scriptRequests);
                    }

                    if (request.IsNavigationRequest && request.Failure is { } error && error.StartsWith("net::ERR_", StringComparison.Ordinal) && error is not ("net::ERR_ABORTED" or "net::ERR_BLOCKED_BY_CLIENT"))
                    {
                        if (request.Frame != _page.MainFrame)
                        {
                            _frameFailure = (0, error, request.Url);
                        }
                        else
                        {
                            _pageFailure = (error, request.Url);
                        }
                    }
                };

                _pageStart = Now();
                await StepAsync(new ScenarioStep(StepKind.Goto, scenario.StartPosition ?? new(ScenarioLoader.Display(scenario.File), 1, 1), null, scenario.Procedure.Start), "open " + scenario.Procedure.Start, cancellationToken);
                for (var i = 0; i < scenario.Steps.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _nextSteps = scenario.Steps.Skip(i + 1);
                    await StepAsync(scenario.Steps[i], scenario.Steps[i].Describe(), cancellationToken);
                }

                if (options.Continue is { } next)
                {
                    await ContinueAsync(next, cancellationToken);
                }
            }
            catch (StepFailure e)
            {
                failure = new WalkFailure(e.Kind, e.Message, e.Position ?? (_steps.Count > 0 ? _steps[^1].Position : null)) { RetryAfter = RetryAfter() };
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                failure = new WalkFailure(FailureKind.Timeout, "la mesure a été annulée avant la fin du parcours", null);
            }
            catch (PlaywrightException e)
            {
                failure = new WalkFailure(FailureKind.BrowserError, BrowserWords(e.Message), _steps.Count > 0 ? _steps[^1].Position : null);
            }
            finally
            {
                if (context is not null)
                {
                    if (failure is not null)
                    {
                        failure = failure with { Message = Redacted(failure.Message) };
                    }

                    if (failure is not null && options.PauseOnFailure is { } pause)
                    {
                        await pause(failure.Message);
                    }

                    if (failure is not null && _page is not null)
                    {
                        // Evidence of the failed page is best effort: a page still hanging must not hold the run.
                        await TryCloseFailedPageAsync().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    tracePath = await Clock.TimeAsync(Phase.Trace, () => StopTraceAsync(context, failure is not null));
                    await context.CloseAsync();
                }
            }

            // Values seen later in the walk (an identity pre-filled after the sign-in page showed it) are scrubbed from every page's tree.
            var sensitive = SensitiveValues();
            var pages = _pages.Select(p => p.AriaSnapshot is null ? p : p with { AriaSnapshot = Personal.Scrub(p.AriaSnapshot, sensitive) }).ToList();
            return new WalkResult(pages, [.. _steps.Select(s => s.Error is null ? s : s with { Error = Redacted(s.Error) })], failure, tracePath, start, Now())
            {
                Shown = [.. Shown().Concat(_uploaded).Distinct(StringComparer.Ordinal)],
            };
        }

        private async Task StepAsync(ScenarioStep step, string description, CancellationToken cancellationToken)
        {
            // One group per step of the scenario in the trace's action list, as in the evidence.
            await GroupAsync($"{description} ({step.ScenarioPosition.Line}:{step.ScenarioPosition.Column})");
            try
            {
                await StepCoreAsync(step, description, cancellationToken);
            }
            finally
            {
                await GroupEndAsync();
            }
        }

        private async Task StepCoreAsync(ScenarioStep step, string description, CancellationToken cancellationToken)
        {
            var started = Now();
            try
            {
                await ExecuteStepAsync(step, cancellationToken);
                if (step.Kind is StepKind.Fill or StepKind.Select or StepKind.Check or StepKind.Uncheck or StepKind.Upload && _lastAnswer is { } answer)
                {
                    _lastAnswer = answer with { At = Stopwatch.GetTimestamp() }; // a page saves once the answer is given (a search typed, a choice pressed)
                }

                ThrowIfSubmissionBlocked(step, description);
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, true, null, started, Now()));
            }
            catch (Exception e) when (e is not StepFailure { Kind: FailureKind.SubmissionRefused } && _guard is { Blocked.Count: > 0 })
            {
                // Whatever the step then met (an aborted navigation, a page that never came), the cause is the blocked submission.
                var refused = SubmissionRefused(step, description);
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, refused.Message, started, Now()));
                throw refused;
            }
            catch (StepFailure e) when (e.Kind is FailureKind.TargetNotFound or FailureKind.Timeout && step.Target?.Frame is not null && _frameFailure is { } frame)
            {
                // Not found in a frame whose page the site did not serve: the site is down, not the form changed.
                var (kind, what) = frame.Status == 0 ? (FailureKind.SiteDown, $"le site ne répond pas ({frame.Error}) à l'adresse {frame.Url}") : HttpFailure(frame.Status, frame.Url);
                var failure = new StepFailure(kind, $"{step.Where} : {StepWording.French(description)} : le cadre (iframe) qui contient le formulaire n'a pas été servi : {what}");
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, failure.Message, started, Now()));
                throw failure;
            }
            catch (StepFailure e) when (e.Kind is FailureKind.TargetNotFound or FailureKind.Timeout && _pageFailure is { } page)
            {
                // Not found on the browser's own error page: the site stopped answering during the walk (a server restarted in
                // the night), the form did not change; the walk is tried again later as for a site down from the start.
                var failure = new StepFailure(FailureKind.SiteDown, $"{step.Where} : {StepWording.French(description)} : le site ne répond plus, la page {page.Url} n'a pas été servie ({page.Error})");
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, failure.Message, started, Now()));
                throw failure;
            }
            catch (StepFailure e) when (e.Position is { } at && at != step.ScenarioPosition && _steps.FindLastIndex(s => s.Position == at) is >= 0 and var earlier)
            {
                // A value the site refused once it saved it (Démarche Numérique) fails the step that gave it; the step that
                // found it out never acted.
                _steps[earlier] = _steps[earlier] with { Succeeded = false, Error = e.Message };
                throw;
            }
            catch (StepFailure e)
            {
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, e.Message, started, Now()));
                throw;
            }
            catch (TimeoutException e)
            {
                var failure = await ExplainAsync(FailureKind.Timeout, $"{step.Where} : {StepWording.French(description)} : {NoAnswer(e.Message, step.Kind)}");
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, failure.Message, started, Now()));
                throw failure;
            }
            catch (PlaywrightException e) when (WrongElement(e.Message))
            {
                // The target found an element this action cannot act on (a `select` on a text field): the scenario's step
                // or the form is to fix, another walk would fail the same way.
                var failure = new StepFailure(FailureKind.ScenarioError, $"{step.Where} : {StepWording.French(description)} : {BrowserWords(e.Message)} : "
                    + "vérifiez la cible de l'étape (elle trouve un autre champ) ou son action (`fill`, `select`, `check`)");
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, failure.Message, started, Now()));
                throw failure;
            }
            catch (PlaywrightException e)
            {
                var kind = e.Message.Contains("net::ERR_", StringComparison.Ordinal) ? FailureKind.SiteDown : FailureKind.BrowserError;
                var failure = await ExplainAsync(kind, $"{step.Where} : {StepWording.French(description)} : {BrowserWords(e.Message)}");
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, failure.Message, started, Now()));
                throw failure;
            }
            catch (ProbeException e)
            {
                _steps.Add(new StepRecord(description, step.ScenarioPosition, _pages.Count, false, e.Message, started, Now()));
                throw new StepFailure(FailureKind.ScenarioError, $"{step.Where} : {e.Message}");
            }
        }

        private void ThrowIfSubmissionBlocked(ScenarioStep step, string description)
        {
            if (_guard is { Blocked.Count: > 0 })
            {
                throw SubmissionRefused(step, description);
            }
        }

        private StepFailure SubmissionRefused(ScenarioStep step, string description) => new(FailureKind.SubmissionRefused,
            $"{step.Where} : {StepWording.French(description)} : la page a tenté d'envoyer la demande ({string.Join(" ; ", _guard!.Blocked.Distinct())}) ; la sonde a bloqué la requête, rien n'a été envoyé. "
            + "Retirez l'étape qui la déclenche et terminez le scénario par `stop_before`, ou indiquez `test_environment: true` si le site est un environnement de recette");

        private async Task ExecuteStepAsync(ScenarioStep step, CancellationToken cancellationToken)
        {
            switch (step.Kind)
            {
                case StepKind.Goto:
                    var url = Absolute(Resolve(step.Argument!));
                    using (await EnterNavigationAsync(new Uri(url), cancellationToken))
                    {
                        _navigationStatus = null;
                        _scriptRequestsAtAction = Volatile.Read(ref _scriptRequestsStarted);
                        await Clock.TimeAsync(Phase.Navigation, async () =>
                        {
                            await _page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
                            await WaitForLoadAsync(step, "l'ouverture de la page");
                        });
                    }

                    await AfterNavigationAsync(step, cancellationToken);
                    return;

                case StepKind.Fill:
                    var field = await LocateToFillAsync(step, cancellationToken);
                    if (_marked.Choices is { } choices && await FillListAsync(step, field, choices))
                    {
                        return;
                    }

                    Answering(step);
                    var typed = Resolve(step.Argument!);
                    _typedOnPage.Add(typed);
                    _entered.Add(typed);
                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(() => field.FillAsync(typed)));
                    return; // typing seldom reveals fields; the inventory before the next click catches those that appear

                case StepKind.Select:
                    var select = await LocateToFillAsync(step, cancellationToken);
                    Answering(step);
                    var choice = Resolve(step.Argument!);
                    _entered.Add(choice);
                    await SelectAsync(step, select, choice);
                    return; // a choice may reveal fields: the inventory before the next click takes them, as first seen

                case StepKind.Check or StepKind.Uncheck:
                    var box = await LocateToFillAsync(step, cancellationToken);
                    Answering(step);
                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(() => CheckAsync(step, box, step.Kind == StepKind.Check)));
                    return;

                case StepKind.Upload:
                    var input = await LocateToFillAsync(step, cancellationToken);
                    Answering(step);
                    _uploaded.Add(Path.GetFileName(step.Argument!));
                    IElementHandle? opener = null;
                    // The look found the file input itself (the usual case): the file goes on it, with no look for the input.
                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(async () =>
                    {
                        if (_marked.FileInput)
                        {
                            await input.SetInputFilesAsync(step.Argument!);
                        }
                        else
                        {
                            opener = await UploadAsync(input, step.Argument!);
                        }
                    }));
                    if (opener is not null)
                    {
                        await ChooseFileAsync(step, opener, step.Argument!);
                    }

                    return;

                case StepKind.Click:
                    await ClickAsync(step, cancellationToken);
                    return;

                case StepKind.Press:
                    var pressed = await LocateAsync(step, cancellationToken);
                    await InternalAsync("liste choisie", () => pressed.EvaluateAsync(PickedListScript));
                    await ActAndFollowAsync(step, () => pressed.PressAsync(step.Argument!, new() { Timeout = (float)walker._browser.Settings.NavigationTimeout.TotalMilliseconds }), "l'appui sur la touche", cancellationToken);
                    return;

                case StepKind.WaitFor:
                    if (step.Target!.Kind == TargetKind.Url)
                    {
                        var fragment = Resolve(step.Target.Value);
                        await _page.WaitForURLAsync(u => u.Contains(fragment, StringComparison.Ordinal));
                    }
                    else
                    {
                        // What a person waits for is shown: a text in a step the page keeps hidden (Gravity Forms keeps every
                        // page of a form in it) is not there yet.
                        var awaited = await LocateAsync(step, cancellationToken);
                        try
                        {
                            await awaited.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = (float)walker._browser.Settings.ActionTimeout.TotalMilliseconds });
                        }
                        catch (TimeoutException)
                        {
                            throw new StepFailure(FailureKind.TargetNotFound,
                                $"{step.Where} : {StepWording.French(step.Target!)} est sur la page mais caché : la page attendue n'est pas affichée ; vérifiez les étapes précédentes");
                        }
                    }

                    return;

                case StepKind.StopBefore:
                    var submit = await LocateAsync(step, cancellationToken);
                    // Recorded, not internal: the trace's last snapshot is then the page as filled, before its final button.
                    if (!await submit.IsVisibleAsync())
                    {
                        throw new StepFailure(FailureKind.TargetNotFound, $"{step.Where} : {StepWording.French(step.Target!)} est sur la page mais caché : le parcours n'est pas arrivé jusqu'au bouton final ; vérifiez les étapes précédentes");
                    }

                    await InventoryAsync(asLeft: true);
                    ThrowIfAnswerRefused();
                    ClosePage(await CaptureAsync());
                    return;
            }
        }

        /// <summary>
        /// A `fill` in a list of fixed choices one types into (Démarche Numérique's): typing there shows choices and keeps
        /// none. When the scenario's next step picks among what the typing shows (`select` or an arrow key on that list), the
        /// list is pressed open and the value typed key by key, as a person does (filled into a box not pressed first, React
        /// drops it and the keys then pick the list's first choice). A click on one of its choices next is refused with the `select` to write.
        /// Else a value that is one of the choices is chosen, as `select` does, and anything else fails here, where the walk
        /// would otherwise go on with nothing chosen.
        /// True when the step is done; false for an empty value (the box emptied as written).
        /// </summary>
        private async Task<bool> FillListAsync(ScenarioStep step, ILocator list, IReadOnlyList<string> choices)
        {
            var value = Resolve(step.Argument!);
            if (value.Length == 0)
            {
                return false;
            }

            // As a person reads them: a non-breaking space is a space, a typographic apostrophe an apostrophe.
            static string Read(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('’', '\'').Trim();
            bool Same(string choice, string text) => string.Equals(Read(choice), Read(text), StringComparison.OrdinalIgnoreCase);
            bool IsChoice(string text) => choices.Any(c => Same(c, text));
            var next = _nextSteps.SkipWhile(s => s.Kind == StepKind.WaitFor).FirstOrDefault();
            if (next is { Kind: StepKind.Click, Target: { Kind: TargetKind.Text or TargetKind.Button } clicked } && IsChoice(clicked.Value))
            {
                // Such a list is drawn again as each answer is saved, closing it under a click to come: `select` chooses
                // through that, and says so when it cannot.
                throw new StepFailure(FailureKind.ScenarioError,
                    $"{step.Where} : {StepWording.French(step.Describe())} puis clic sur « {Short(clicked.Value, 60)} » : ce champ est une liste où l'on choisit ; "
                    + $"remplacez ces deux étapes par `select:` avec le même libellé et `option: {clicked.Value}`");
            }

            // An arrow key right after the typing moves in the list it opened, however its step names the box (a label, a css).
            var picks = next is { Kind: StepKind.Press, Argument: "ArrowDown" or "ArrowUp" } || (next is { Kind: StepKind.Select } && next.Target == step.Target);
            if (picks)
            {
                _typedOnPage.Add(value);
                _entered.Add(value);
                // Pressed, then typed key by key: react-aria's single list keeps only what its keys typed. On a page that saves
                // each answer, the first press on a list is saved and the list drawn again, empty and closed: that is let
                // happen before typing, and the list pressed open again.
                Answering(step);
                await Clock.TimeAsync(Phase.Locating, () => OpenAsync(list, "drawn", value));
                if (_autosaves)
                {
                    await AwaitAutosaveAsync();
                    Answering(step);
                    await Clock.TimeAsync(Phase.Locating, () => OpenAsync(list, "drawn", value));
                }

                await Clock.TimeAsync(Phase.Locating, () => EnterAsync(() => list.PressSequentiallyAsync(value)));
                return true;
            }

            if (choices.FirstOrDefault(c => Same(c, value)) is { } choice)
            {
                Answering(step);
                _entered.Add(choice);
                // A choice already made (a dossier opened again) shows beside a multi-choice list, which no longer offers it.
                if (!await InternalAsync("choix déjà fait", () => list.EvaluateAsync<bool>(ShowsChoiceScript, choice)))
                {
                    await SelectAsync(step, list, choice);
                }

                return true;
            }

            var closest = Hints.Closest(value, choices) is { Count: > 0 } near ? near : [.. choices.Take(6)];
            throw new StepFailure(FailureKind.ScenarioError,
                $"{step.Where} : {StepWording.French(step.Describe())} : ce champ est une liste où l'on choisit et « {Short(value, 60)} » n'est pas parmi ses choix "
                + $"(les plus proches : {string.Join(", ", closest.Select(c => $"« {Short(c, 60)} »"))}) : écrivez `select:` avec le même libellé et le choix à faire en `option:`, "
                + "ou faites suivre `fill` de la flèche (`press: ArrowDown`) qui mène au choix");
        }

        private async Task ClickAsync(ScenarioStep step, CancellationToken cancellationToken)
        {
            // One look finds the target, reads its name and what lies where the click lands: each further look would
            // resolve the target again (a role's name is computed over the page).
            var (target, _, look) = await Clock.TimeAsync(Phase.Locating, () => FindAsync(step, Look.Click, cancellationToken));
            // The element found by part of its name may say more than the scenario's words (« Envoyer le code » found
            // « Envoyer le code et signer ma demande »): then both are read.
            var said = step.Target!.Kind is TargetKind.Button or TargetKind.Link or TargetKind.Text ? step.Target.Value : null;
            var found = said is not null && _foundByExactName ? said
                : look?.Name ?? await InternalAsync("nom du bouton", () => target.EvaluateAsync<string>(NameScript));
            said ??= found;
            var name = IsFinalSubmission(said) ? said : IsFinalSubmission(found) ? found : look is { Final: true } ? found : null;
            if (!scenario.Procedure.TestEnvironment && name is not null)
            {
                throw new StepFailure(FailureKind.SubmissionRefused,
                    $"{step.Where} : clic sur « {name} » refusé : il enverrait la demande. Terminez le scénario par `- stop_before: {name}`, ou indiquez `test_environment: true` si le site est un environnement de recette");
            }

            await Clock.TimeAsync(Phase.Locating, () => EnsureUncoveredAsync(step, target, look));

            // A click that starts a navigation waits for it to commit: give it the navigation's patience. A radio or a box its
            // own label covers is clicked where it lies, on that label, as a person does: Playwright would wait for the
            // label to stop « intercepting » the click until its timeout. Its state must change as a click changes it (a
            // disabled one fails the step); a field under a floating label is clicked there.
            var patience = (float)walker._browser.Settings.NavigationTimeout.TotalMilliseconds;
            await ActAndFollowAsync(step, async () =>
            {
                switch (look?.ByLabel)
                {
                    case "radio":
                        await target.SetCheckedAsync(true, new() { Force = true, Timeout = patience });
                        break;
                    case "checkbox":
                        await target.SetCheckedAsync(!await target.IsCheckedAsync(), new() { Force = true, Timeout = patience });
                        break;
                    default:
                        await target.ClickAsync(new() { Timeout = patience, Force = look?.ByLabel is not null });
                        break;
                }
            }, "le clic", cancellationToken);
        }

        /// <summary>An action that may lead to another page: inventory and screenshot of this one first, then the action, then the page that follows.</summary>
        private async Task ActAndFollowAsync(ScenarioStep step, Func<Task> action, string what, CancellationToken cancellationToken)
        {
            await InventoryAsync(asLeft: true);
            ThrowIfAnswerRefused();
            var evidence = await CaptureAsync();
            var signatureBefore = _signature;
            var refusalBefore = _lastRefusal;
            _refused = null;
            using var navigation = Uri.TryCreate(_page.Url, UriKind.Absolute, out var here)
                ? await EnterNavigationAsync(here, cancellationToken)
                : null;
            _navigationStatus = null;
            _scriptRequestsAtAction = Volatile.Read(ref _scriptRequestsStarted);
            var started = Stopwatch.GetTimestamp();
            try
            {
                await action();
                await WaitForLoadAsync(step, what);
            }
            finally
            {
                Clock.Add(Phase.Navigation, started);
            }

            if (_guard is { Blocked.Count: > 0 })
            {
                // Chromium shows its own error page for the submission the guard aborted: no page of the procedure. The page
                // left, as filled, is the walk's last; the step then fails as a refused submission.
                navigation?.Dispose();
                ClosePage(evidence);
                _lastPageClosed = true;
                return;
            }

            if (step.Target!.Frame is not null)
            {
                // A form in an iframe navigates on its own: the page's load state says nothing about it, the frame's does
                // (Playwright's click returns once the frame's navigation has committed, its load state then starts anew).
                IFrame? waited = null;
                try
                {
                    foreach (var frame in _page.Frames.Where(f => f != _page.MainFrame && !f.IsDetached))
                    {
                        waited = frame;
                        await frame.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)walker._browser.Settings.NavigationTimeout.TotalMilliseconds });
                    }
                }
                catch (TimeoutException)
                {
                    // Under load Playwright sometimes misses a frame's load the browser has finished, as it does a page's
                    // (WaitForLoadAsync): the frame itself is asked before the step fails.
                    if (!await LoadedAsync(waited))
                    {
                        throw new StepFailure(FailureKind.Timeout, $"{step.Where} : le cadre {step.Target.Frame} n'a pas fini de se charger après {what}");
                    }
                }
                catch (PlaywrightException)
                {
                    // A frame removed while we waited: the inventory looks at the frames that remain.
                }
            }

            navigation?.Dispose();
            await AfterNavigationAsync(step, cancellationToken, evidence, signatureBefore);
            if (_signature == signatureBefore && step.Kind is StepKind.Click or StepKind.Press)
            {
                // A click or a key that left the page where it was may have answered (an option of a list a search drew,
                // Enter in a list): a page that saves each answer is given the time to save it, as after a fill.
                _lastAnswer = (started, _scriptRequestsAtAction);
            }

            if (_signature == signatureBefore && Refused(refusalBefore) is { Count: > 0 } refused)
            {
                _refused = refused;
                if (options.Continue is null)
                {
                    throw new StepFailure(FailureKind.ScenarioError, $"{step.Where} : {StepWording.French(step.Describe())} : {RefusalWords(refused)}");
                }
            }
        }

        /// <summary>The fields the site or the browser refused at the last inventory, and its count of the browser's refusals.</summary>
        private (IReadOnlyList<RefusedField> Fields, int Events) _lastRefusal = ([], 0);

        /// <summary>The fields refused by the last action that left the page where it was (null when it was not refused):
        /// what an open-ended walk's survey says (<see cref="PageSurvey.Refused"/>).</summary>
        private IReadOnlyList<RefusedField>? _refused;

        /// <summary>
        /// The fields an action that left the page where it was got refused, or none: the browser refused fields as the
        /// action tried to send the form (its `invalid` events), or fields are marked refused that were not before the
        /// action, or with another message (a script's check, the site's answer drawn again). Fields marked refused before
        /// and left so, the action did not try to send: a click that adds a block, opens a list, is not refused.
        /// </summary>
        private IReadOnlyList<RefusedField> Refused((IReadOnlyList<RefusedField> Fields, int Events) before)
        {
            var (now, events) = _lastRefusal;
            if (now.Count == 0)
            {
                return [];
            }

            var known = before.Fields.Select(f => (f.Id, f.Message)).ToHashSet();
            return events != before.Events || now.Any(f => !known.Contains((f.Id, f.Message))) ? now : [];
        }

        /// <summary>« le site a refusé l'étape : « Commune » : Ce champ est obligatoire. » and what to do.</summary>
        private string RefusalWords(IReadOnlyList<RefusedField> refused)
        {
            var named = string.Join(" ; ", refused.Take(3).Select(f => f.ToString()).Where(f => f.Length > 0));
            var more = refused.Count > 3 ? $" (et {refused.Count - 3} autre(s) champ(s))" : "";
            return $"le site a refusé l'étape : {(named.Length > 0 ? named : "un champ refusé sans message")}{more}. La page « {_title} » est restée affichée : "
                + "remplissez ces champs ou corrigez les valeurs du persona (vérifiez les étapes de cette page)";
        }

        /// <summary>What the look of the last step that answers read of its field: its own id (else name,
        /// <see cref="MarkFilledScript"/>), whether it is a file input (an upload then needs no look for the input), and for
        /// a `select` the kind of list it is (<see cref="ListKindScript"/>), the fixed choices of a list one types into.</summary>
        private sealed record MarkedField(string Key, bool FileInput, string? ListKind, IReadOnlyList<string>? Choices = null)
        {
            public static readonly MarkedField None = new("", false, null);
        }

        private MarkedField _marked = MarkedField.None;

        /// <summary>The scenario's steps after the one running: typing the start of a choice in a list is an answer only when a
        /// later step on that list picks the choice.</summary>
        private IEnumerable<ScenarioStep> _nextSteps = [];

        /// <summary>On this page, the step that answered each field (by its own id, else name), and the messages the field
        /// showed then.</summary>
        private readonly Dictionary<string, (ScenarioStep Step, HashSet<string> Shown)> _answeredBy = new(StringComparer.Ordinal);

        /// <summary>When the last answer was given, and <see cref="_scriptRequestsStarted"/> as the probe began to give it.</summary>
        private (long At, int Requests)? _lastAnswer;

        /// <summary>The page saves each answer as it is given (Démarche Numérique's champs: data-controller="autosave").</summary>
        private bool _autosaves;

        /// <summary>Démarche Numérique's autosave sends an answer a second after the last change (config/application.rb
        /// `debounce_delay: 1000`), with a margin to have it sent.</summary>
        private static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(1200);

        private void Answering(ScenarioStep step)
        {
            if (_marked.Key.Length > 0)
            {
                _answeredBy[_marked.Key] = (step, [.. _lastRefusal.Fields.Where(f => f.Keys.Contains(_marked.Key)).Select(f => f.Message)]);
            }

            _lastAnswer = (Stopwatch.GetTimestamp(), Volatile.Read(ref _scriptRequestsStarted));
        }

        /// <summary>A page that saves each answer as it is given, then shows what it refused or draws the field anew, is given
        /// the time to save the last one, and its answer, before the probe looks at it as it leaves it.</summary>
        private async Task AwaitAutosaveAsync()
        {
            if (!_autosaves || _lastAnswer is not { } answer)
            {
                return;
            }

            var left = AutosaveDelay - Stopwatch.GetElapsedTime(answer.At);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }

            await SettleScriptRequestsAsync(answer.Requests);
            _lastAnswer = null;
        }

        /// <summary>
        /// Fails the walk when the page shows, under a field the probe answered, an error it did not show when the probe
        /// answered it: Démarche Numérique checks each answer as it saves it and writes « … est invalide » under its champ,
        /// the page going on as before. Said at the step that gave the value, the one to correct, however far the walk went
        /// since. An open-ended walk (scaffold) reads the page's errors in its survey instead.
        /// </summary>
        private void ThrowIfAnswerRefused()
        {
            if (options.Continue is not null)
            {
                return;
            }

            var refused = _lastRefusal.Fields.Where(f => f.Shown)
                .Select(f => (Field: f, Answer: f.Keys.Select(k => _answeredBy.TryGetValue(k, out var a) && !a.Shown.Contains(f.Message) ? a.Step : null).FirstOrDefault(a => a is not null)))
                .Where(r => r.Answer is not null).ToList();
            if (refused.Count == 0)
            {
                return;
            }

            var (field, answer) = refused[0];
            var more = refused.Count > 1 ? $" (et {refused.Count - 1} autre(s) valeur(s) refusée(s) : {string.Join(" ; ", refused.Skip(1).Take(2).Select(r => $"{r.Answer!.Where} {r.Field}"))})" : "";
            throw new StepFailure(FailureKind.ScenarioError,
                $"{answer!.Where} : {StepWording.French(answer.Describe())} : le site a refusé la valeur : {field}{more}. Corrigez la valeur du persona ou de l'étape")
            {
                Position = answer.ScenarioPosition,
            };
        }

        /// <summary>Checks the answer of a navigation and starts a new page when the title or URL changed.</summary>
        private async Task AfterNavigationAsync(ScenarioStep step, CancellationToken cancellationToken, PageEvidence? evidenceBefore = null, string? signatureBefore = null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_navigationStatus is { } status && status >= 400)
            {
                var (kind, what) = HttpFailure(status, _navigationUrl);
                throw new StepFailure(kind, $"{step.Where} : {what}");
            }

            // The page as a person first sees it: what its own scripts asked its site for as it loaded (a profile that fills
            // the name) is there, even if the scenario types at once (a form patched only while untouched would stay empty).
            await SettleScriptRequestsAsync(_scriptRequestsAtAction);
            var previousPageCount = _fieldOrder.Count;
            var snapshot = await InventoryCoreAsync();
            if (_blocker is not null)
            {
                throw new StepFailure(FailureKind.Blocked, $"{step.Where} : la page affiche un {_blocker} : une sonde ne peut pas aller plus loin");
            }

            // A new page: the title or URL of the page, or of a frame holding the form, changed. A frame may commit its
            // navigation after the click returned: the next inventory that sees the change closes the page then.
            _pendingPage = signatureBefore is null ? null : (evidenceBefore ?? PageEvidence.None, signatureBefore, _steps.Count);
            await MergeSnapshotAsync(snapshot, previousPageCount);
        }

        private async Task MergeSnapshotAsync(Snapshot snapshot, int previousPageCount, bool asLeft = false)
        {
            if (_pendingPage is { } left && snapshot.Signature != left.Signature)
            {
                // The fields seen so far belong to the page we left; the screenshot and tree taken before the click show them.
                _pendingPage = null;
                ClosePage(left.Evidence, snapshot.Title, PathOf(_page.Url), previousPageCount);
                for (var i = left.FirstStep; i < _steps.Count; i++)
                {
                    _steps[i] = _steps[i] with { PageIndex = _pages.Count }; // the click and what followed it lead to this page
                }
            }

            Merge(snapshot.Fields, snapshot.Signature, asLeft);
            (_title, _url, _signature) = (snapshot.Title, PathOf(_page.Url), snapshot.Signature);
            _lastRefusal = (snapshot.Invalid, snapshot.InvalidEvents);
        }

        /// <summary>
        /// What must never be readable in the evidence: the persona's values (typed by the probe), the secrets used, the
        /// names of the files uploaded, and the values the site showed in its fields (pre-filled from an administration).
        /// A choice among the site's own options (a list, a radio button, a box) is not someone's data: it stays
        /// readable, and the evidence no longer depends on whether the inventory had seen the field yet.
        /// </summary>
        private IReadOnlyList<string> SensitiveValues() => Personal.Values(PersonalCandidates());

        private IEnumerable<string> PersonalCandidates() =>
            scenario.Persona.Values.Values.Concat(_secretsUsed).Concat(_uploaded).Concat(Shown())
                .Concat(Personal.DatesInParts(_entered)).Concat(SiteUrls.Credentials(options.BaseUrl, scenario.Procedure.Start)); // a test site's « user:password@ »

        /// <summary>What the site showed in its fields (pre-filled from an administration), choices among its options aside.</summary>
        private IEnumerable<string> Shown() => _fields.Values.Where(f => f.Input is not ("select" or "radio" or "checkbox")).Select(f => f.Value).OfType<string>();

        /// <summary>A message as the evidence may quote it: the runner's redaction (persona values, secrets), and the values
        /// the site pre-filled, which the runner does not know (« Textes les plus proches : « Marie Dupont » »).</summary>
        private string Redacted(string message) =>
            Personal.Scrub(options.Redact?.Invoke(message) ?? message, Personal.Values(Shown().Concat(_uploaded).Concat(SiteUrls.Credentials(options.BaseUrl, scenario.Procedure.Start))));

        /// <summary>True when the frame's own document says it has loaded; false when it cannot say.</summary>
        private static async Task<bool> LoadedAsync(IFrame? frame)
        {
            try
            {
                return frame is not null && await frame.EvaluateAsync<string>("() => document.readyState").WaitAsync(TimeSpan.FromSeconds(2)) == "complete";
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return false;
            }
        }

        /// <summary>
        /// Waits for the page: its document within the navigation timeout, then its load event. Playwright's wait is
        /// asked in turns of the action timeout, and between turns the browser itself is asked: under load, Playwright
        /// sometimes misses the lifecycle of a document the browser has finished (seen after clicks on the
        /// FranceConnect pages and on form steps: « document complete » while the wait ran out). A document that is
        /// parsed but whose load event waits on a resource that never comes (a stuck tracker, a font) is usable, as it
        /// is for a person: after the action timeout the walk goes on.
        /// </summary>
        private async Task WaitForLoadAsync(ScenarioStep step, string what)
        {
            var settings = walker._browser.Settings;
            var turn = settings.ActionTimeout < settings.NavigationTimeout ? settings.ActionTimeout : settings.NavigationTimeout;
            var started = Stopwatch.GetTimestamp();
            while (true)
            {
                var left = settings.NavigationTimeout - Stopwatch.GetElapsedTime(started);
                try
                {
                    await _page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = (float)Math.Max(1, Math.Min(turn.TotalMilliseconds, left.TotalMilliseconds)) });
                    break;
                }
                catch (TimeoutException)
                {
                    var state = await ReadyStateAsync();
                    if (state == "complete")
                    {
                        return; // the browser has the whole page, load event included
                    }

                    if (state == "interactive")
                    {
                        break;
                    }

                    if (Stopwatch.GetElapsedTime(started) >= settings.NavigationTimeout)
                    {
                        throw new StepFailure(FailureKind.Timeout,
                            $"{step.Where} : la page n'a pas fini de se charger après {what} (navigateur sur {PathOf(_page.Url)}, "
                            + (state is null ? "sans réponse du navigateur)" : $"document.readyState « {state} »)"));
                    }
                }
            }

            try
            {
                await _page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)turn.TotalMilliseconds });
            }
            catch (TimeoutException)
            {
                // The document is there (DOMContentLoaded): a resource is late, the form is not.
            }
        }

        /// <summary>The document's readyState as the browser says it, or null when it does not within 3 s.</summary>
        private Task<string?> ReadyStateAsync() =>
            _page.EvaluateAsync<string>("() => document.readyState").WaitAsync(TimeSpan.FromSeconds(3))
                .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);

        private async Task<IDisposable?> EnterNavigationAsync(Uri url, CancellationToken cancellationToken) =>
            options.EnterNavigation is { } gate ? await gate(url, cancellationToken) : null;

        private PhaseClock Clock => options.Clock;

        private string? RetryAfter() => _retryAfter;

        /// <param name="asLeft">The page as the probe leaves it (before the action that moves on, at the end): what it
        /// hid since the last look, after the probe's answers, was not asked.</param>
        private async Task InventoryAsync(bool asLeft = false)
        {
            if (asLeft)
            {
                await AwaitAutosaveAsync();
                await SettleScriptRequestsAsync();
            }

            var previousPageCount = _fieldOrder.Count;
            await MergeSnapshotAsync(await InventoryCoreAsync(), previousPageCount, asLeft);
        }

        /// <summary>One inventory of the page; <see cref="Frames"/> holds each frame's survey when one was asked.</summary>
        private sealed record Snapshot(string Title, string Signature, List<FieldObservation> Fields, List<PageSurvey.FrameSource>? Frames = null)
        {
            /// <summary>The fields the site or the browser refused, with their messages (inventory.js, region refusal).</summary>
            public IReadOnlyList<RefusedField> Invalid { get; init; } = [];

            /// <summary>How many times the browser refused a field in the documents read (its `invalid` events).</summary>
            public int InvalidEvents { get; init; }
        }

        /// <summary>A field the site or the browser refused: its label and the message shown, or the browser's; its controls'
        /// own ids (else names), and whether the page shows the message.</summary>
        private sealed record RefusedField(string Id, string Label, string Message)
        {
            public IReadOnlyList<string> Keys { get; init; } = [];

            public bool Shown { get; init; }

            // A message that names its field already (Démarche Numérique's « « Adresse électronique » doit être rempli ») is said
            // once, not after its label again.
            public override string ToString() => (Label, Message) switch
            {
                ({ Length: > 0 }, { Length: > 0 }) when Message.Contains($"« {Label} »", StringComparison.OrdinalIgnoreCase) => Message.TrimEnd('.'),
                ({ Length: > 0 }, { Length: > 0 }) => $"« {Label} » : {Message.TrimEnd('.')}",
                ({ Length: > 0 }, _) => $"« {Label} »",
                _ => Message.TrimEnd('.'),
            };
        }

        private sealed record PageEvidence(byte[]? Screenshot, string? AccessibilityTree)
        {
            public static readonly PageEvidence None = new(null, null);
        }

        private Task<Snapshot> InventoryCoreAsync() => InternalAsync("relevé des champs", () => Clock.TimeAsync(Phase.Inventory, () => InventoryFramesAsync(survey: false)));

        private async Task<Snapshot> InventoryFramesAsync(bool survey)
        {
            var fields = new List<FieldObservation>();
            var title = "";
            var signature = new StringBuilder();
            var frameIndex = 0;
            var frames = survey ? new List<PageSurvey.FrameSource>() : null;
            var invalid = new List<RefusedField>();
            var invalidEvents = 0;
            _blocker = null;
            foreach (var frame in _page.Frames)
            {
                var key = frame == _page.MainFrame ? "" : $"i{frameIndex++}-";
                JsonElement result;
                try
                {
                    result = JsonElementOf(await InventoryOfAsync(frame, InventoryArguments(key, survey)));
                }
                catch (PlaywrightException) when (frame != _page.MainFrame)
                {
                    // The frame navigated while we looked: look again once its new page has loaded, or leave it.
                    try
                    {
                        await frame.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5000 });
                        result = JsonElementOf(await InventoryOfAsync(frame, InventoryArguments(key, survey)));
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        continue;
                    }
                }

                var frameTitle = result.GetProperty("title").GetString() ?? "";
                if (frame == _page.MainFrame)
                {
                    title = frameTitle;
                }
                else if (frameTitle.Length > 0 && result.GetProperty("fields").GetArrayLength() > 0 && !title.Contains(frameTitle, StringComparison.Ordinal))
                {
                    title += " › " + frameTitle; // the form lives in an iframe: its steps name the page
                }

                if (frame == _page.MainFrame)
                {
                    _autosaves = result.TryGetProperty("autosaves", out var autosaves) && autosaves.ValueKind == JsonValueKind.True;
                }

                if (result.TryGetProperty("blocker", out var blocker) && blocker.ValueKind == JsonValueKind.String)
                {
                    _blocker = blocker.GetString();
                }

                if (result.TryGetProperty("filled", out var filled))
                {
                    _filledByProbe.UnionWith(filled.EnumerateArray().Select(f => f.GetString() ?? ""));
                }

                var frameFields = result.GetProperty("fields").EnumerateArray().Select(f => ToObservation(f, title)).ToList();
                fields.AddRange(frameFields);
                var frameInvalid = result.TryGetProperty("invalid", out var refused) && refused.ValueKind == JsonValueKind.Array
                    ? refused.EnumerateArray().Select(r => new RefusedField(r.GetProperty("id").GetString() ?? "", (r.GetProperty("label").GetString() ?? "").Trim(), (r.GetProperty("message").GetString() ?? "").Trim())
                    {
                        Keys = r.TryGetProperty("keys", out var keys) ? [.. keys.EnumerateArray().Select(k => k.GetString() ?? "").Where(k => k.Length > 0)] : [],
                        Shown = r.TryGetProperty("shown", out var shown) && shown.ValueKind == JsonValueKind.True,
                    }).ToList()
                    : [];
                invalid.AddRange(frameInvalid);
                invalidEvents += result.TryGetProperty("invalidEvents", out var events) && events.ValueKind == JsonValueKind.Number ? events.GetInt32() : 0;
                var part = RouteOf(frame.Url) + "#" + frameTitle;
                var (step, redrawn) = StepOf(key, result.TryGetProperty("doc", out var doc) ? doc.GetString() : null, frameFields);
                if (step > 0)
                {
                    part += "@" + step; // another step posted back to the same address, under the same title
                }

                // The same step answered again with its fields refused (TYPO3's form posts each step to an address of its
                // own, « ?tx_form_formframework[action]=perform… »): the site refused the step, no new page came. The page
                // keeps its signature while that document stays as it came.
                var documentId = result.TryGetProperty("doc", out var d) ? d.GetString() : null;
                if (redrawn && frameInvalid.Count > 0 && _frameParts.TryGetValue(key, out var previous))
                {
                    _redrawnAs[key] = (documentId, part, previous.Part);
                }

                if (_redrawnAs.TryGetValue(key, out var kept) && kept.Document == documentId && kept.Came == part)
                {
                    part = kept.Part;
                }

                _frameParts[key] = (documentId, part);
                signature.Append(part).Append('|');
                if (frames is not null)
                {
                    // A scenario names one level of iframe (`frame: "iframe#formulaire"`): deeper frames are not offered.
                    var selector = frame.ParentFrame == _page.MainFrame ? await FrameSelectorAsync(frame) : null;
                    if (frame == _page.MainFrame || selector is not null)
                    {
                        frames.Add(new(selector, result.Clone(), frameFields));
                    }
                }

                if (_guard is not null)
                {
                    await _guard.LearnAsync(result.GetProperty("finals"));
                }
            }

            return new Snapshot(title, signature.ToString(), fields, frames) { Invalid = invalid, InvalidEvents = invalidEvents };
        }

        /// <summary>Per frame (its key): the document its last inventory read, the fields it saw there, and how many
        /// times a new document with other fields came under the same address and title.</summary>
        private readonly Dictionary<string, (string? Document, int Step, HashSet<string> Fields)> _documents = new(StringComparer.Ordinal);

        /// <summary>Per frame (its key): its part of the page's signature at its last inventory.</summary>
        private readonly Dictionary<string, (string? Document, string Part)> _frameParts = new(StringComparer.Ordinal);

        /// <summary>Per frame: a document the site sent back with the step's fields refused, the part of the signature it
        /// came with, and the part of the page it refused, which it keeps.</summary>
        private readonly Dictionary<string, (string? Document, string Came, string Part)> _redrawnAs = new(StringComparer.Ordinal);

        /// <summary>
        /// How many steps a frame went through without its address or title telling: a form that posts back to its own
        /// address (Drupal's Webform wizard) draws its next step in a new document under the same address, title and
        /// heading; a person sees another page. The same step drawn again in a new document (the site refused a value and
        /// shows the step with its errors, a reload) is the same page: most of its fields were on the document before
        /// (<see cref="StepOf"/> says it was redrawn; with fields refused, the page keeps its signature even under another
        /// address).
        /// A wizard that swaps its step in the same document (Form.io, SurveyJS: no address, title or heading changes)
        /// replaces every question shown by others: another page too. A choice that shows a block, or hides one, leaves
        /// the other questions where they were: the same page.
        /// </summary>
        private (int Step, bool Redrawn) StepOf(string frameKey, string? document, List<FieldObservation> fields)
        {
            var seen = fields.Select(f => string.Join('\u001f', f.Label, f.Legend, f.Input, f.Name)).ToHashSet(StringComparer.Ordinal);
            var step = 0;
            var redrawn = false;
            if (_documents.TryGetValue(frameKey, out var last))
            {
                step = last.Step;
                var sameStep = seen.Count == 0 ? last.Fields.Count == 0 : seen.Count(last.Fields.Contains) * 2 >= seen.Count;
                var swapped = document == last.Document && seen.Count > 0 && last.Fields.Count > 0 && !seen.Overlaps(last.Fields);
                if ((document != last.Document && !sameStep) || swapped)
                {
                    step++;
                }

                redrawn = document != last.Document && sameStep && seen.Count > 0;

                if (document == last.Document && seen.Count == 0)
                {
                    seen = last.Fields; // the step between two drawings: the next one is compared with the questions last shown
                }
            }

            _documents[frameKey] = (document, step, seen);
            return (step, redrawn);
        }

        private static JsonElement JsonElementOf(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        /// <summary>The inventory's arguments: the frame's key, and what a final submit control looks like (for the guard).</summary>
        private object InventoryArguments(string key, bool survey = false)
        {
            var stop = scenario.Steps.LastOrDefault(s => s.Kind == StepKind.StopBefore)?.Target;
            return new
            {
                frameKey = key,
                finalPattern = _guard is null ? null : FinalSubmission().ToString(),
                confirmPattern = _guard is null ? null : Confirmation().ToString(),
                stopText = stop is { Kind: TargetKind.Button or TargetKind.Link or TargetKind.Text } ? Resolve(stop.Value).ToLowerInvariant() : null,
                stopCss = stop is { Kind: TargetKind.Css } ? stop.Value : stop is { Kind: TargetKind.TestId } ? $"[data-testid=\"{stop.Value}\"]" : null,
                survey,
                fieldErrors = FieldErrorSelector,
                summaryErrors = SummaryErrorSelector,
            };
        }

        private static FieldObservation ToObservation(JsonElement f, string page)
        {
            string? S(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
            bool B(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
            return new FieldObservation
            {
                Id = S("id")!,
                Selector = S("selector"),
                Label = S("label"),
                LabelSource = S("labelSource"),
                Hint = S("hint"),
                Legend = S("legend"),
                Section = S("section"),
                Page = S("page") ?? page,
                Placeholder = S("placeholder"),
                Input = S("input"),
                Name = S("name"),
                Autocomplete = S("autocomplete"),
                Accept = S("accept"),
                Pattern = S("pattern"),
                Value = S("value"),
                ReadOnly = B("readOnly"),
                Disabled = B("disabled"),
                Required = B("required"),
                FilledByProbe = B("filledByProbe"),
                Options = f.TryGetProperty("options", out var o) ? o.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [],
            };
        }

        /// <summary>
        /// Keeps the first sighting of each field (later sightings carry what the probe typed), in the order the page shows
        /// them: a field a choice revealed goes right after the field before it on the page, not at the end of the list,
        /// since a field is read with the one before it (its block). Only after a field first seen on the same page, so
        /// each page's fields stay together for <see cref="ClosePage(PageEvidence)"/>.
        /// </summary>
        private void Merge(List<FieldObservation> fields, string signature, bool asLeft)
        {
            var present = fields.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var vanished = _lastLook.Signature == signature
                ? _lastLook.Ids.Where(id => !present.Contains(id) && _fieldOrder.Contains(id)).ToList()
                : [];
            _lastLook = (signature, present);
            foreach (var field in fields.Where(f => !_fields.ContainsKey(f.Id)))
            {
                // A page that draws its fields again (Démarche Numérique after a dependent answer) puts a new element in
                // place of one already seen: the same field, whose first sight stays what the site had put there.
                if (vanished.FirstOrDefault(id => IsSameField(_fields[id], field)) is { } twin)
                {
                    vanished.Remove(twin);
                    _fields[field.Id] = _fields[twin] with { Id = field.Id, Selector = field.Selector };
                    _seenOn[field.Id] = _seenOn[twin];
                    _fieldOrder[_fieldOrder.IndexOf(twin)] = field.Id;
                }
            }

            if (asLeft)
            {
                // Hidden since the last look by an answer of the probe (« Vivez-vous en couple ? Non » hides the spouse's
                // block): not asked. A field the probe filled was asked, whatever the page shows of it now.
                _fieldOrder.RemoveAll(id => vanished.Contains(id) && !_filledByProbe.Contains(id));
            }

            string? before = null;
            foreach (var field in fields)
            {
                if (_fields.TryGetValue(field.Id, out var seen))
                {
                    // A list whose choices are drawn once it is opened (or loaded late): its choices as they were read.
                    if (seen.Options.Count == 0 && field.Options.Count > 0)
                    {
                        _fields[field.Id] = seen = seen with { Options = field.Options };
                    }

                    // Empty at first sight, filled since by the site and not by the probe (an API fills the company's name
                    // once the SIRET is typed, a profile loads after the page): pre-filled by the administration, not asked.
                    if (string.IsNullOrEmpty(seen.Value) && field.Value is { Length: > 0 } filledBySite && field.Input is not ("radio" or "checkbox")
                        && !field.FilledByProbe && !_filledByProbe.Contains(field.Id) && !_typedOnPage.Contains(filledBySite))
                    {
                        _fields[field.Id] = seen with { Value = filledBySite, ReadOnly = seen.ReadOnly || field.ReadOnly };
                    }
                }
                else
                {
                    // First seen with a value the probe typed on this page: a copy the page drew after the probe typed.
                    var typedCopy = !field.FilledByProbe && !field.ReadOnly && field.Value is { Length: > 0 } value && _typedOnPage.Contains(value);
                    _fields[field.Id] = typedCopy ? field with { FilledByProbe = true } : field;
                    _seenOn[field.Id] = signature;
                    var after = before is null || _seenOn[before] != signature ? -1 : _fieldOrder.IndexOf(before);
                    if (after >= 0)
                    {
                        _fieldOrder.Insert(after + 1, field.Id);
                    }
                    else
                    {
                        _fieldOrder.Add(field.Id);
                    }
                }

                before = field.Id;
            }
        }

        private void ClosePage(PageEvidence evidence) => ClosePage(evidence, _title, _url, _fieldOrder.Count);

        private int _scriptRequests;

        /// <summary>Whether the last target found was found by its exact name (a button, a link, a text).</summary>
        private bool _foundByExactName;

        /// <summary>A fetch or XHR of the page to its own site (a chat's long polling elsewhere is not waited for).</summary>
        private bool IsOwnScriptRequest(IRequest request) =>
            request.ResourceType is "fetch" or "xhr"
            && Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && Uri.TryCreate(_page.Url, UriKind.Absolute, out var page)
            && string.Equals(url.IdnHost, page.IdnHost, StringComparison.OrdinalIgnoreCase);

        /// <summary>Own script requests started since the walk began (<see cref="_scriptRequests"/> counts those not answered).</summary>
        private int _scriptRequestsStarted;

        /// <summary><see cref="_scriptRequestsStarted"/> when the last action that may load a page began.</summary>
        private int _scriptRequestsAtAction;

        /// <summary>
        /// Waits (1.5 s at most) for the site's own script requests to be answered, so what they fill is seen: those in
        /// flight, and those started since <paramref name="since"/> (a count of <see cref="_scriptRequestsStarted"/>).
        /// Once answered, the page's own handlers are given a moment to use the answer (and to ask the next question: a
        /// session, then the profile). Nothing to wait for costs nothing.
        /// </summary>
        private async Task SettleScriptRequestsAsync(int? since = null)
        {
            var waited = Stopwatch.StartNew();
            var seen = since ?? Volatile.Read(ref _scriptRequestsStarted);
            var answered = false;
            while (waited.ElapsedMilliseconds < 1500)
            {
                if (Volatile.Read(ref _scriptRequests) > 0)
                {
                    answered = true;
                    await Task.Delay(25);
                    continue;
                }

                var started = Volatile.Read(ref _scriptRequestsStarted);
                if (started == seen && !answered)
                {
                    return;
                }

                (seen, answered) = (started, false);
                await Task.Delay(50);
            }
        }

        /// <summary>What a page the site answered with an error status means for the walk, and how to say it.</summary>
        private static (FailureKind Kind, string What) HttpFailure(int status, string? url) => status switch
        {
            403 => (FailureKind.Blocked, $"accès refusé (HTTP 403) à l'adresse {url} : le site bloque la sonde"),
            429 => (FailureKind.RateLimited, $"trop de requêtes (HTTP 429) à l'adresse {url} : le site limite le rythme de la sonde"),
            404 => (FailureKind.TargetNotFound, $"page introuvable (HTTP 404) à l'adresse {url} : la démarche a changé d'adresse, mettez le scénario à jour"),
            >= 500 => (FailureKind.SiteDown, $"le site est en erreur (HTTP {status}) à l'adresse {url}"),
            _ => (FailureKind.TargetNotFound, $"le site a répondu HTTP {status} à l'adresse {url}"),
        };

        /// <summary>Two sightings of one field drawn twice: the same label, group, kind and name.</summary>
        private static bool IsSameField(FieldObservation a, FieldObservation b) =>
            a.Label == b.Label && a.Legend == b.Legend && a.Input == b.Input && a.Name == b.Name;

        private void ClosePage(PageEvidence evidence, string nextTitle, string nextUrl, int fieldCount)
        {
            _typedOnPage.Clear();
            _answeredBy.Clear();
            var fields = _fieldOrder.Take(fieldCount).Select(id => _fields[id]).ToList();
            _pages.Add(new PageCapture(_pages.Count, _title.Length > 0 ? _title : _url, _url, fields, evidence.Screenshot, evidence.AccessibilityTree, _pageStart, Now()));
            foreach (var id in _fieldOrder.Take(fieldCount).ToList())
            {
                _fieldOrder.Remove(id);
            }

            _pageStart = Now();
            _title = nextTitle;
            _url = nextUrl;
        }

        /// <summary>The walk's last page is already in <see cref="_pages"/> (closed before a refused submission).</summary>
        private bool _lastPageClosed;

        private async Task TryCloseFailedPageAsync()
        {
            if (_lastPageClosed)
            {
                return;
            }

            try
            {
                await InventoryAsync(asLeft: true);
                ClosePage(await CaptureAsync());
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or StepFailure)
            {
                // Evidence of a failed page is best effort.
            }
        }

        /// <summary>The page's evidence before the probe leaves it: its screenshot and its accessibility tree, each when
        /// the settings ask for it.</summary>
        private Task<PageEvidence> CaptureAsync() => InternalAsync("capture annotée et arbre d'accessibilité", async () =>
        {
            // Side by side: the tree reads the document, which the marks only restyle.
            var screenshot = ScreenshotCoreAsync();
            var tree = AccessibilityTreeAsync();
            return new PageEvidence(await screenshot, await tree);
        });

        /// <summary>
        /// The accessibility tree of the page on screen, with the tree of each frame that holds a form (a page's tree stops
        /// at an iframe), masked and scrubbed: read before the action that may leave the page, so each page of the
        /// evidence has its own.
        /// </summary>
        private async Task<string?> AccessibilityTreeAsync()
        {
            if (!walker._browser.Settings.AccessibilityTree)
            {
                return null;
            }

            return await Clock.TimeAsync(Phase.AccessibilityTree, async () =>
            {
                var tree = new StringBuilder();
                foreach (var frame in _page.Frames)
                {
                    try
                    {
                        var snapshot = await frame.Locator("body").AriaSnapshotAsync(new() { Timeout = 3000 });
                        if (frame != _page.MainFrame)
                        {
                            tree.Append("# cadre (iframe) ").Append(PathOf(frame.Url)).Append('\n');
                        }

                        tree.Append(snapshot).Append('\n');
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        // The evidence is still useful without a frame's tree.
                    }
                }

                if (tree.Length == 0)
                {
                    return null;
                }

                var aria = Personal.ScrubShortValues(Personal.Scrub(MaskValues(tree.ToString().TrimEnd('\n')), SensitiveValues()), Personal.ShortValues(PersonalCandidates()));
                return SiteUrls.IsSignInPage(_page.Url) ? Personal.ScrubSignInTree(aria) : aria;
            });
        }

        /// <summary>A screenshot with the fields outlined by decision: red counted, green pre-filled, blue key; typed values masked.</summary>
        private async Task<byte[]?> ScreenshotCoreAsync()
        {
            if (!walker._browser.Settings.Screenshots)
            {
                return null;
            }

            var fields = _fieldOrder.Select(id => _fields[id]).ToList();
            var decisions = Clock.Time(Phase.Classification, () => fields.Zip(options.Decide(fields), (f, d) => (f.Selector, Decision: d)).ToList());
            var started = Stopwatch.GetTimestamp();
            var marks = decisions.Where(d => d.Selector is not null).Select(d => new
            {
                selector = d.Selector,
                style = d.Decision.Counted ? "counted" : d.Decision.Prefilled && d.Decision.Holding == Catalogue.Holding.Held ? "prefilled" : d.Decision.Holding == Catalogue.Holding.Key ? "key" : "other",
            }).ToList();
            var signIn = SiteUrls.IsSignInPage(_page.Url);
            // As the page shows them (« LEA CHLOE », « 06 98 76 54 32 »); their encodings (URL, entities, JSON) are in no shown text.
            var sensitive = SensitiveValues().SelectMany(Personal.Written).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var alone = Personal.ShortValues(PersonalCandidates());
            try
            {
                // The marks stay on until the next screenshot takes them off: the probe's next action does not see them.
                var (fits, unstuck) = (false, false);
                foreach (var frame in _page.Frames)
                {
                    var prepared = await frame.EvaluateAsync<JsonElement>(EvidenceScript, new { marks, sensitive, alone, signIn, undo = false });
                    fits |= frame == _page.MainFrame && prepared.TryGetProperty("fits", out var f) && f.GetBoolean();
                    unstuck |= frame == _page.MainFrame && prepared.TryGetProperty("unstuck", out var u) && u.GetInt32() > 0;
                }

                try
                {
                    return await ShootAsync(fullPage: !fits);
                }
                finally
                {
                    if (unstuck)
                    {
                        // The page as the site lays it out for the probe's next step, the capture taken or not.
                        await _page.EvaluateAsync(RestickScript);
                    }
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return null;
            }
            finally
            {
                Clock.Add(Phase.Screenshots, started);
            }
        }

        /// <summary>Sticks again the bars the evidence script laid in their place for a capture (evidence.js, region `restick`;
        /// the main frame only, where bars are unstuck).</summary>
        private static readonly string RestickScript = "() => { const all = (sel) => document.querySelectorAll(sel); " + Region(EvidenceScript, "restick") + " }";

        /// <summary>
        /// The whole page as a JPEG (a tenth of PNG's encoding time and size for a form page, and sharp enough to read every
        /// label); the viewport alone when the evidence script found that the page fits in it (half the cost of a capture
        /// beyond it). Playwright's options that still the page (caret, animations) stay off: each runs a script
        /// in every frame per screenshot, a fifth of its time, and the masks already hide the caret of a typed value.
        /// </summary>
        private Task<byte[]> ShootAsync(bool fullPage) => _page.ScreenshotAsync(new()
        {
            Type = ScreenshotType.Jpeg,
            Quality = 80,
            FullPage = fullPage,
            Timeout = 10_000,
            Caret = ScreenshotCaret.Initial,
        });

        /// <summary>Marks a field the probe is about to fill, keeping the value it had (the site's, if any): a field first
        /// inventoried after the probe typed in it still tells what the site had put there. The ids of the field and of the
        /// group it belongs to (a radio group, a date in three inputs) are kept in the page too: a page that removes the
        /// element afterwards (Démarche Numérique draws no file input once the file is saved) still asked it. So is the
        /// field's own id (else its name and value), for inventory.js to mark again the field a site draws anew in its place
        /// once it saved the answer (Démarche Numérique, its server's choice `selected` and the marks gone).</summary>
        private const string MarkFilledScript = """
            (e) => {
              if (!('probeBefore' in e.dataset)) e.dataset.probeBefore = e.tagName === 'SELECT' || ['checkbox', 'radio', 'file'].includes(e.type) || (e.type === 'range' && !e.hasAttribute('value')) ? '' : (e.value || '');
              e.dataset.probeFilled = '1';
              const answered = window.__probeAnswered || (window.__probeAnswered = []);
              const own = e.id ? { id: e.id } : e.name ? { name: e.name, value: ['checkbox', 'radio'].includes(e.type) ? e.value : null } : null;
              if (own && !answered.some((a) => a.id === own.id && a.name === own.name && a.value === own.value)) answered.push({ ...own, before: e.dataset.probeBefore });
              if (e.type === 'radio' && e.name) document.querySelectorAll('input[type=radio]').forEach((r) => { if (r.name === e.name) r.dataset.probeFilled = '1'; });
              const kept = window.__probeFilledIds || (window.__probeFilledIds = []);
              // A box of a list a labelled button opens (vue-dsfr's multiselect) fills that list.
              const list = Array.from(document.querySelectorAll('button[aria-controls][aria-expanded]')).find((b) => b.labels && b.labels.length
                && b.getAttribute('aria-controls').split(/\s+/).some((id) => { const c = document.getElementById(id); return c && c.contains(e); }));
              if (list) list.dataset.probeFilled = '1';
              for (const n of [e, e.closest('fieldset'), e.parentElement, list]) if (n && n.dataset && n.dataset.probeId) kept.push(n.dataset.probeId);
              return !own ? '' : own.id ? '#' + own.id : own.name + (own.value === null ? '' : '=' + own.value);
            }
            """;

        /// <summary>The name a person reads on a button, a link or a text.</summary>
        private const string NameScript = "e => (e.innerText || e.value || e.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim()";

        /// <summary>Counts the matches and, when there is exactly one, reads its name and what covers it: the look before
        /// a click in one round trip.</summary>
        private const string CountAndLookScript = $$"""
            (elements) => {
              if (elements.length !== 1) return { count: elements.length };
              ({{PickedListScript}})(elements[0]);
              return { count: 1, name: ({{NameScript}})(elements[0]), look: ({{CoverScript}})(elements[0], null), final: elements[0].dataset.probeFinal === '1' };
            }
            """;

        /// <summary>A click on an option of a list a kit draws (role=option: Choices.js, SurveyJS) answers that list: the list
        /// nearest the option, or the box whose list it is (aria-controls: react-aria draws it at the end of the page), is marked
        /// filled by the probe, or its value, new since the page's first look, would read as the site's. So is a box one types
        /// into to choose, pressed or clicked: its keys choose (Démarche Numérique's lists).</summary>
        private const string PickedListScript = $$"""
            (e) => {
              if (e.matches('input[role=combobox]')) { ({{MarkFilledScript}})(e); return; }
              const option = e.closest('[role=option]');
              if (!option) return;
              const listbox = option.closest('[role=listbox]');
              const owner = listbox && listbox.id ? document.querySelector(`[aria-controls~="${CSS.escape(listbox.id)}"]`) : null;
              if (owner) { ({{MarkFilledScript}})(owner); return; }
              for (let box = option.parentElement; box && box !== document.body; box = box.parentElement) {
                const list = box.querySelector('select, [role=combobox], [aria-haspopup=listbox]');
                if (list) { ({{MarkFilledScript}})(list); return; }
              }
            }
            """;

        /// <summary>What the look before a click saw of its one target: its name, what lies where the click lands, and whether
        /// the last inventory marked it as the final submission (inventory.js: « Valider » on a recap that sends by script);
        /// <see cref="ByLabel"/>: the click lands on the target's own label, drawn over it (the target's type: radio, checkbox,
        /// other), else null.</summary>
        private sealed record ClickLook(string Name, Cover? Cover, bool Final, string? ByLabel = null);

        /// <summary>What a look does beside counting the matches.</summary>
        private enum Look
        {
            Count,
            Mark,
            Click,
        }

        /// <summary>The file input an element found for an upload stands for: itself, the one it holds, or the one in the box
        /// around it that holds no other field, a few levels up (inventory.js's `fieldLabels` the other way round). An upload kit
        /// that hides its input keeps the field's label on the button it draws to open it (GOV.UK Frontend, Gravity Forms'
        /// multi-file upload): a partial label finds that button. The input is marked as filled; null when there is none.</summary>
        private const string FileInputScript = $$"""
            (e) => {
              const files = (n) => n.querySelectorAll('input[type=file]');
              let input = e.matches('input[type=file]') ? e : files(e).length === 1 ? files(e)[0] : null;
              for (let box = e.parentElement, depth = 0; !input && box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
                if (Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea')).some((f) => f.type !== 'file')) break;
                if (files(box).length) { input = files(box).length === 1 ? files(box)[0] : null; break; }
              }
              if (input && input !== e) ({{MarkFilledScript}})(input);
              return input;
            }
            """;

        /// <summary>The link or button that opens a file chooser the kit draws with no file input yet, which the element found
        /// for an upload is or holds alone (inventory.js's `opensChooser` and `chooserLabels`: Form.io's « parcourir »); null
        /// when there is none.</summary>
        private static readonly string ChooserOpenerScript = "(e) => {\n" + LabelScript + """
              const openers = [e, ...e.querySelectorAll('a, button, [role=button]')].filter((o) => opensChooser(o) && chooserLabels(o).length);
              return openers.length === 1 ? openers[0] : null;
            }
            """;

        /// <summary>Sets the file on the input the found element stands for (<see cref="FileInputScript"/>); returns the opener
        /// of a file chooser drawn without an input when the element stands for one (<see cref="ChooserOpenerScript"/>), to
        /// attach the file through the chooser; else sets the file on the element itself (Playwright then says why it cannot).</summary>
        private static async Task<IElementHandle?> UploadAsync(ILocator found, string file)
        {
            var handle = await found.EvaluateHandleAsync(FileInputScript);
            try
            {
                // (A handle to null is no element: AsElement() would throw where it should say so.)
                if (handle is IElementHandle input)
                {
                    await input.SetInputFilesAsync(file);
                    return null;
                }
            }
            finally
            {
                await handle.DisposeAsync();
            }

            var chooser = await found.EvaluateHandleAsync(ChooserOpenerScript);
            if (chooser is IElementHandle opener)
            {
                return opener;
            }

            await chooser.DisposeAsync();
            await found.SetInputFilesAsync(file);
            return null;
        }

        /// <summary>
        /// Attaches a file through the chooser a kit opens with no file input in the page until its link is pressed (Form.io's
        /// file component: « parcourir » creates an input and clicks it): the link is clicked inside Playwright's wait for the
        /// file chooser, which takes the file. The field is inventoried first, as it is before the kit draws the file chosen in
        /// place of its opener, and marked as filled by the probe. The opener is never a submit or final button
        /// (inventory.js's `opensChooser`); its name is checked again. No chooser within the action's patience: the step fails.
        /// </summary>
        private async Task ChooseFileAsync(ScenarioStep step, IElementHandle opener, string file)
        {
            try
            {
                var name = await InternalAsync("nom de l'ouvreur", () => opener.EvaluateAsync<string>(NameScript));
                if (IsFinalSubmission(name))
                {
                    throw new StepFailure(FailureKind.SubmissionRefused,
                        $"{step.Where} : clic sur « {name} » refusé : il enverrait la demande ; la cible de l'étape `upload` doit être le champ de fichier");
                }

                await InventoryAsync();
                await InternalAsync("marque du champ rempli", () => opener.EvaluateAsync(MarkFilledScript));
                var patience = (float)walker._browser.Settings.ActionTimeout.TotalMilliseconds;
                try
                {
                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(async () =>
                    {
                        var chooser = await _page.RunAndWaitForFileChooserAsync(() => opener.ClickAsync(new() { Timeout = patience }), new() { Timeout = patience });
                        await chooser.SetFilesAsync(file);
                    }));
                }
                catch (TimeoutException)
                {
                    throw new StepFailure(FailureKind.TargetNotFound,
                        $"{step.Where} : {StepWording.French(step.Target!)} : « {name} » n'a ouvert aucun sélecteur de fichier en {patience / 1000:0} s : le formulaire a changé ou le scénario n'est plus à jour");
                }
            }
            finally
            {
                await opener.DisposeAsync();
            }
        }

        /// <summary>The fixed choices of a list one types into that the document wrote (choices.js), or null.</summary>
        private const string ChoicesScript = "e => e.getAttribute('role') === 'combobox' && window.__probeChoices ? window.__probeChoices.get(e.id) || null : null";

        /// <summary>Counts the matches and marks the one when there is exactly one: the look and the mark in one round trip
        /// (and whether it is a file input, which an upload then fills as it is; for a `select`, the kind of list it is;
        /// the choices of a box one types into to choose among choices the document wrote, choices.js).</summary>
        private const string CountAndMarkScript = $$"""
            (elements, option) => [elements.length, elements.length === 1 ? ({{MarkFilledScript}})(elements[0]) : '', elements.length === 1 && elements[0].matches('input[type=file]'),
              elements.length === 1 && option !== null ? ({{ListKindScript}})(elements[0], option) : null,
              elements.length === 1 ? ({{ChoicesScript}})(elements[0]) : null]
            """;

        /// <summary>The <c>count</c> elements the tag engine marked with this look's tag (in the document and its open shadow
        /// roots), tags taken off, given to the look (<see cref="CountAndMarkScript"/> or <see cref="CountAndLookScript"/>).</summary>
        private const string TaggedLookScript = $$"""
            ({ tag, count, click, option }) => {
              const found = [];
              const take = (root) => root.querySelectorAll('[data-probe-tag]').forEach((e) => { if (e.getAttribute('data-probe-tag') === tag) found.push(e); e.removeAttribute('data-probe-tag'); });
              const shadows = (root) => root.querySelectorAll('*').forEach((e) => { if (e.shadowRoot) { take(e.shadowRoot); shadows(e.shadowRoot); } });
              // Open shadow roots are searched only for what the document itself does not hold (a look at every element).
              take(document);
              if (found.length < count) shadows(document);
              return click ? ({{CountAndLookScript}})(found) : ({{CountAndMarkScript}})(found, option);
            }
            """;

        private int _looks;

        /// <summary>
        /// Runs a look (<see cref="CountAndMarkScript"/>, <see cref="CountAndLookScript"/>) on what <paramref name="candidate"/>
        /// finds in two cheap round trips: Playwright counts and tags the matches in its isolated world (<see cref="TagEngine"/>),
        /// then a script of the page's world reads them. A target in an iframe is looked at on the locator itself (its frame
        /// holds the tags, not the page).
        /// </summary>
        private async Task<JsonElement?> TaggedLookAsync(ILocator candidate, Target target, bool click, string? option = null)
        {
            if (target.Frame is not null)
            {
                return click ? await candidate.EvaluateAllAsync<JsonElement>(CountAndLookScript) : await candidate.EvaluateAllAsync<JsonElement>(CountAndMarkScript, option);
            }

            var tag = (++_looks).ToString(CultureInfo.InvariantCulture);
            var count = await candidate.Locator(TagEngine + "=" + tag).CountAsync();
            if (count == 0)
            {
                return null; // nothing tagged: the look has nothing to read
            }

            return await _page.EvaluateAsync<JsonElement>(TaggedLookScript, new { tag, count, click, option });
        }

        /// <summary>
        /// DSFR draws the box on the label over a transparent input: a forced click lands on the label, as a person's does.
        /// A box that another element covers (a cookie banner) does not change: the forced click landed on that element.
        /// The box is ticked once the element has gone by itself within <see cref="CoverPatience"/>, else the step fails
        /// saying what covers it.
        /// </summary>
        private async Task CheckAsync(ScenarioStep step, ILocator box, bool check)
        {
            try
            {
                await box.SetCheckedAsync(check, new() { Force = true });
                return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("did not change its state", StringComparison.Ordinal))
            {
                var cover = await CoverAsync(step.Target!, box);
                if (cover is null)
                {
                    if (await PressSwitchSideAsync(box, check))
                    {
                        return;
                    }

                    throw;
                }

                var waited = Stopwatch.StartNew();
                while (cover is not null && waited.Elapsed < CoverPatience)
                {
                    await Task.Delay(100);
                    cover = await CoverAsync(step.Target!, box);
                }

                if (cover is not null)
                {
                    throw Covered(step, cover);
                }
            }

            await box.SetCheckedAsync(check, new() { Force = true });
        }

        /// <summary>The side of the answer on a switch drawn with two, « Non » and « Oui », in the label around its box:
        /// SurveyJS's boolean, unanswered, takes the side a click lands on (a click on the box, at its left, answers « Non »).
        /// A person presses « Oui » to tick it: pressed where that word is drawn (under the switch's thumb layer). Whether
        /// the box now says so.</summary>
        private static async Task<bool> PressSwitchSideAsync(ILocator box, bool check)
        {
            var side = box.Locator("xpath=ancestor::label[1]").GetByText(check ? "Oui" : "Non", new() { Exact = true });
            if (await side.CountAsync() != 1)
            {
                return false;
            }

            await side.ClickAsync(new() { Force = true });
            return await box.IsCheckedAsync() == check;
        }

        /// <summary>How long a covered target is given to come free by itself (an overlay fading out) before the step
        /// fails: a person sees at once what is in the way; Playwright would wait for the whole timeout and say « timeout ».</summary>
        private TimeSpan CoverPatience => TimeSpan.FromSeconds(Math.Min(2, walker._browser.Settings.ActionTimeout.TotalSeconds));

        /// <summary>
        /// Before a click: one look at what lies where the click lands. When another element is there, Playwright's own check
        /// (a trial click, with its other scroll positions: a sticky header is scrolled away) is given <see cref="CoverPatience"/>
        /// to find the target free; when it reports the target still covered, the step fails saying by what. A target that is
        /// not covered but not ready either (hidden, disabled, moving) is left to the click, which waits for it as before.
        /// </summary>
        private async Task EnsureUncoveredAsync(ScenarioStep step, ILocator target, ClickLook? look = null)
        {
            // A target in an iframe is looked at again from the page holding it (a banner over the whole frame).
            var cover = look is not null && step.Target!.Frame is null ? look.Cover : await CoverAsync(step.Target!, target);
            if (cover is null)
            {
                return;
            }

            try
            {
                await InternalAsync("essai du clic", async () =>
                {
                    await target.ClickAsync(new() { Trial = true, Timeout = (float)CoverPatience.TotalMilliseconds });
                    return true;
                });
            }
            catch (TimeoutException e) when (e.Message.Contains("intercepts pointer events", StringComparison.Ordinal))
            {
                throw Covered(step, await CoverAsync(step.Target!, target) ?? CoverInLog(e.Message));
            }
            catch (TimeoutException)
            {
                // Not a matter of cover: the click waits for the target as it always has.
            }
        }

        /// <summary>What covers a target: the outermost element over it that does not hold it (the banner, not its
        /// paragraph), its visible text, and the buttons or links it offers.</summary>
        private sealed record Cover(string Element, string Text, IReadOnlyList<string> Actions);

        private StepFailure Covered(ScenarioStep step, Cover cover)
        {
            var text = cover.Text.Length > 0 ? $" « {Short(cover.Text, 60)} »" : "";
            // A final button is never offered as a way to close it (a sticky footer holds « Déposer le dossier »): the advice is
            // a step to write, and that step would be refused.
            var ways = cover.Actions.Where(a => !IsFinalSubmission(a)).ToList();
            var offers = ways.Count > 0 ? $" (il propose {string.Join(", ", ways.Select(a => $"« {Short(a, 40)} »"))})" : "";
            return new StepFailure(FailureKind.TargetNotFound,
                $"{step.Where} : {StepWording.French(step.Target!)} est recouvert par {cover.Element}{text}, toujours là après {CoverPatience.TotalSeconds:0} s : "
                + $"fermez-le d'abord par une étape click{offers}");
        }

        /// <summary>Playwright's own words for the element in the way (« &lt;div class="voile"&gt;…&lt;/div&gt; intercepts
        /// pointer events »), when the page no longer shows it to a look of ours.</summary>
        private static Cover CoverInLog(string log)
        {
            var m = InterceptedBy().Match(Escapes().Replace(log, ""));
            return new Cover(m.Success ? m.Groups["element"].Value : "un autre élément", "", []);
        }

        /// <summary>A text as a message quotes it: one line, cut at <paramref name="max"/> characters.</summary>
        private static string Short(string text, int max)
        {
            var line = Spaces().Replace(text, " ").Trim();
            if (line.Length <= max)
            {
                return line;
            }

            var space = line.LastIndexOf(' ', max);
            return line[..(space > max / 2 ? space : max)].TrimEnd(' ', ',', ';', ':', '.') + "…";
        }

        /// <summary>
        /// What covers <paramref name="element"/> at the point a click lands (its centre, scrolled into view if it is not),
        /// or null when nothing does or nothing can be told (not drawn, gone). A target in an iframe is looked at in its
        /// frame, then its iframe at that point in the page holding it (a banner of the page over the frame's form).
        /// </summary>
        private async Task<Cover?> CoverAsync(Target target, ILocator element)
        {
            try
            {
                return await InternalAsync("recouvrement de la cible", async () =>
                {
                    var look = await element.EvaluateAsync<JsonElement>(CoverScript, null, new() { Timeout = 2000 });
                    if (look.ValueKind != JsonValueKind.Object)
                    {
                        return null;
                    }

                    var cover = ReadCover(look);
                    if (cover is not null || target.Frame is null)
                    {
                        return cover;
                    }

                    var point = new { x = look.GetProperty("x").GetDouble(), y = look.GetProperty("y").GetDouble() };
                    var outer = await _page.Locator(target.Frame).First.EvaluateAsync<JsonElement>(CoverScript, point, new() { Timeout = 2000 });
                    return outer.ValueKind == JsonValueKind.Object ? ReadCover(outer) : null;
                });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return null;
            }
        }

        private static Cover? ReadCover(JsonElement look) =>
            look.TryGetProperty("cover", out var c) && c.ValueKind == JsonValueKind.Object
                ? new Cover(c.GetProperty("element").GetString() ?? "", c.GetProperty("text").GetString() ?? "",
                    [.. c.GetProperty("actions").EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 0)])
                : null;

        /// <summary>
        /// The element at the point a click on <c>e</c> lands, when it is neither <c>e</c>, inside it, around it (a control that
        /// lets clicks through to its own box: SurveyJS's dropdown input, pointer-events: none), nor one of its labels:
        /// <c>{ x, y, cover }</c> (the point in the frame's viewport), or null when <c>e</c> is not drawn. Given the point
        /// <c>inner</c> in the iframe <c>e</c>, looks at that point of the iframe in the page that holds it.
        /// </summary>
        private const string CoverScript = """
            (e, inner) => {
              const doc = e.ownerDocument, win = doc.defaultView;
              const parent = (n) => (n.parentNode && n.parentNode.nodeType === 11 ? n.parentNode.host : n.parentNode);
              const holds = (outer, n) => { for (; n; n = parent(n)) if (n === outer) return true; return false; };
              const box = () => Array.from(e.getClientRects()).find((r) => r.width * r.height > 0.99);
              let r = box();
              if (!r) return null;
              let x, y;
              if (inner) {
                const s = win.getComputedStyle(e);
                x = r.left + e.clientLeft + parseFloat(s.paddingLeft || '0') + inner.x;
                y = r.top + e.clientTop + parseFloat(s.paddingTop || '0') + inner.y;
              } else {
                if (r.top < 0 || r.left < 0 || r.bottom > win.innerHeight || r.right > win.innerWidth) {
                  e.scrollIntoView({ block: 'center', inline: 'center' });
                  r = box();
                  if (!r) return null;
                }
                x = r.left + r.width / 2;
                y = r.top + r.height / 2;
              }
              x = Math.min(Math.max(x, 0), win.innerWidth - 1);
              y = Math.min(Math.max(y, 0), win.innerHeight - 1);
              let hit = doc.elementFromPoint(x, y);
              while (hit && hit.shadowRoot) { const deeper = hit.shadowRoot.elementFromPoint(x, y); if (!deeper || deeper === hit) break; hit = deeper; }
              if (!hit || hit === doc.body || hit === doc.documentElement || holds(e, hit) || holds(hit, e)) return { x, y, cover: null };
              // Its own label drawn over it (DSFR draws a radio or a box on its label, the input transparent beneath).
              if (Array.from(e.labels || []).some((l) => holds(l, hit))) return { x, y, cover: null, byLabel: e.type === 'radio' || e.type === 'checkbox' ? e.type : 'other' };
              let cover = hit;
              for (let up = parent(cover); up && up.nodeType === 1 && up !== doc.body && up !== doc.documentElement && !holds(up, e); up = parent(up)) cover = up;
              const text = (n) => String(n.innerText || n.textContent || '').replace(/\s+/g, ' ').trim();
              const classes = typeof cover.className === 'string' ? cover.className.trim().split(/\s+/).filter(Boolean).slice(0, 3).join(' ') : '';
              const element = '<' + cover.tagName.toLowerCase() + (cover.id ? ` id="${cover.id}"` : classes ? ` class="${classes}"` : '') + '>';
              const visible = (n) => !!(n.offsetWidth || n.offsetHeight || n.getClientRects().length);
              const actions = [...new Set(Array.from(cover.querySelectorAll('button, a[href], [role=button], input[type=button], input[type=submit]')).filter(visible)
                .map((b) => (text(b) || b.value || b.getAttribute('aria-label') || '').trim()).filter(Boolean))].slice(0, 4);
              return { x, y, cover: { element, text: (text(cover) || cover.getAttribute('aria-label') || '').slice(0, 200), actions } };
            }
            """;

        /// <summary>The field a step fills, marked as filled by the probe.</summary>
        private async Task<ILocator> LocateToFillAsync(ScenarioStep step, CancellationToken cancellationToken)
        {
            _marked = MarkedField.None;
            var (field, marked, _) = await Clock.TimeAsync(Phase.Locating, () => FindAsync(step, Look.Mark, cancellationToken));
            if (!marked)
            {
                // Found among several by its visibility: marked now, with the choices of a list one types into (one round trip).
                var read = await InternalAsync("marque du champ rempli", () => field.EvaluateAsync<JsonElement>($"e => [({MarkFilledScript})(e), ({ChoicesScript})(e)]"));
                _marked = new(read[0].GetString() ?? "", false, null,
                    read[1].ValueKind == JsonValueKind.Array ? [.. read[1].EnumerateArray().Select(c => c.GetString() ?? "")] : null);
            }

            return field;
        }

        /// <summary>
        /// Finds the step's target the way a person would: an exact name first, then a partial one; waits for
        /// dynamic pages; refuses to guess between several matches.
        /// </summary>
        private async Task<ILocator> LocateAsync(ScenarioStep step, CancellationToken cancellationToken) =>
            (await Clock.TimeAsync(Phase.Locating, () => FindAsync(step, Look.Count, cancellationToken))).Found;

        private async Task GroupAsync(string name)
        {
            if (_tracing is not null)
            {
                await _tracing.GroupAsync(name);
            }
        }

        private async Task GroupEndAsync()
        {
            if (_tracing is not null)
            {
                await _tracing.GroupEndAsync();
            }
        }

        /// <summary>
        /// The probe's own calls (counting, evaluating, outlining) stay out of the trace (<see cref="OutOfTrace"/>), so its
        /// action list reads as the scenario's steps; where Playwright cannot leave them out, they go into a group of their own.
        /// </summary>
        private async Task<T> InternalAsync<T>(string what, Func<Task<T>> action)
        {
            if (OutOfTrace.Available(_page))
            {
                return await OutOfTrace.RunAsync(_page, action);
            }

            await GroupAsync("sonde : " + what);
            try
            {
                return await action();
            }
            finally
            {
                await GroupEndAsync();
            }
        }

        /// <summary>
        /// Typing, choosing, ticking and attaching leave the trace too: the step's group still names each one, and the page
        /// they leave is in the DOM snapshot taken before the action that leaves it (a click, a key press, the final check of
        /// `stop_before`). A snapshot before and after each of them cost a third of a fill; a build without
        /// <see cref="OutOfTrace"/> records them as usual. An internal call leaves no error in the trace either: a failed one
        /// puts its message, call log included, in a group of its own (the trace is scrubbed of personal values when written).
        /// </summary>
        private async Task EnterAsync(Func<Task> action)
        {
            try
            {
                await OutOfTrace.RunAsync(_page, async () =>
                {
                    await action();
                    return true;
                });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException && _tracing is not null && OutOfTrace.Available(_page))
            {
                await GroupAsync("échec : " + (e.Message.Length > 2000 ? e.Message[..2000] + "…" : e.Message));
                await GroupEndAsync();
                throw;
            }
        }

        private async Task<(ILocator Found, bool Marked, ClickLook? Look)> FindAsync(ScenarioStep step, Look look, CancellationToken cancellationToken)
        {
            var target = step.Target!;
            var value = Resolve(target.Value);
            // A `select`'s look also reads which kind of list it found, for the choice it is to make.
            var option = step.Kind == StepKind.Select && look == Look.Mark ? Resolve(step.Argument!) : null;
            var deadline = Stopwatch.StartNew();
            var timeout = walker._browser.Settings.ActionTimeout;
            while (true)
            {
                var (found, marked, ambiguous, first, clickLook) = await InternalAsync("recherche de la cible", () => LookAsync(target, value, step.Kind, look, option));
                if (found is not null)
                {
                    // The first look of a button, a link or a text is by its exact name: the element then says what the scenario says.
                    _foundByExactName = first && target.Kind is TargetKind.Button or TargetKind.Link or TargetKind.Text;
                    return (found, marked, clickLook);
                }

                if (ambiguous > 0)
                {
                    throw new StepFailure(FailureKind.TargetNotFound,
                        $"{step.Where} : {ambiguous} éléments correspondent à {StepWording.French(target)} : précisez la cible (un texte plus long, `exact: true`) ou utilisez `css`");
                }

                if (deadline.Elapsed > timeout)
                {
                    throw await ExplainAsync(FailureKind.TargetNotFound, $"{step.Where} : {StepWording.French(target)} est introuvable sur la page « {_title} » après {timeout.TotalSeconds:0} s : "
                        + "le formulaire a changé ou le scénario n'est plus à jour" + await ClosestAsync(target, value));
                }

                await Task.Delay(100, cancellationToken);
            }
        }

        /// <summary>One look, no wait: the one element the target finds (an exact name first, then a partial one; among
        /// several, the one visible), or how many it found when it cannot choose; the one found by its name alone is marked
        /// (<see cref="Look.Mark"/>) or looked at for a click (<see cref="Look.Click"/>) by the same look.</summary>
        private async Task<(ILocator? Found, bool Marked, int Ambiguous, bool First, ClickLook? Look)> LookAsync(Target target, string value, StepKind kind, Look look, string? option)
        {
            var ambiguous = 0;
            var first = true;
            foreach (var candidate in Candidates(target, value, kind))
            {
                ClickLook? clickLook = null;
                int count;
                switch (look)
                {
                    case Look.Mark:
                        var mark = await TaggedLookAsync(candidate, target, click: false, option);
                        count = mark is { } m ? m[0].GetInt32() : 0;
                        _marked = mark is { } read
                            ? new(read[1].GetString() ?? "", read[2].ValueKind == JsonValueKind.True, read[3].ValueKind == JsonValueKind.String ? read[3].GetString() : null,
                                read[4].ValueKind == JsonValueKind.Array ? [.. read[4].EnumerateArray().Select(c => c.GetString() ?? "")] : null)
                            : MarkedField.None;
                        break;
                    case Look.Click:
                        (count, clickLook) = await TaggedLookAsync(candidate, target, click: true) is { } seen ? ReadClickLook(seen) : (0, null);
                        break;
                    default:
                        count = await candidate.CountAsync();
                        break;
                }

                if (count == 1)
                {
                    return (candidate, look is Look.Mark, 0, first, clickLook);
                }

                if (count > 1)
                {
                    var visible = candidate.Filter(new() { Visible = true });
                    if (look is Look.Click && await TaggedLookAsync(visible, target, click: true) is { } visibleLook && ReadClickLook(visibleLook) is (1, var seen))
                    {
                        return (visible, false, 0, first, seen);
                    }

                    if (look is not Look.Click && await visible.CountAsync() == 1)
                    {
                        return (visible, false, 0, first, null);
                    }

                    ambiguous = Math.Max(ambiguous, count);
                }

                first = false;
            }

            return (null, false, ambiguous, false, null);
        }

        private static (int Count, ClickLook? Look) ReadClickLook(JsonElement seen)
        {
            var count = seen.GetProperty("count").GetInt32();
            if (count != 1)
            {
                return (count, null);
            }

            var at = seen.GetProperty("look");
            return (1, new ClickLook(seen.GetProperty("name").GetString() ?? "", at.ValueKind == JsonValueKind.Object ? ReadCover(at) : null,
                seen.GetProperty("final").ValueKind == JsonValueKind.True,
                at.ValueKind == JsonValueKind.Object && at.TryGetProperty("byLabel", out var byLabel) && byLabel.ValueKind == JsonValueKind.String ? byLabel.GetString() : null));
        }

        private IEnumerable<ILocator> Candidates(Target target, string value, StepKind kind)
        {
            var scope = target.Frame is null ? null : _page.FrameLocator(target.Frame);
            // An exact label is also the label as a person reads it: without the hint DSFR writes inside it, without the
            // required mark a kit adds (« * »).
            ILocator Label(bool exact) => exact
                ? (scope?.GetByLabel(value, new() { Exact = true }) ?? _page.GetByLabel(value, new() { Exact = true })).Or(scope?.Locator(ByLabelAsRead(value)) ?? _page.Locator(ByLabelAsRead(value)))
                : (scope?.GetByLabel(value, new() { Exact = false }) ?? _page.GetByLabel(value, new() { Exact = false })).Or(scope?.Locator(ByLabelPartAsRead(value)) ?? _page.Locator(ByLabelPartAsRead(value)));
            ILocator Role(AriaRole role, bool exact) => scope?.GetByRole(role, new() { Name = value, Exact = exact }) ?? _page.GetByRole(role, new() { Name = value, Exact = exact });
            ILocator Text(bool exact) => scope?.GetByText(value, new() { Exact = exact }) ?? _page.GetByText(value, new() { Exact = exact });
            // A button whose aria-label is one word that is not what it shows (a translation key left untranslated: Form.io's
            // « nextButtonAriaLabel » over « Suivant ») is pressed by a person by the words it shows.
            ILocator ShownAs(string selector) => (scope?.Locator(selector) ?? _page.Locator(selector))
                .Filter(new() { HasTextRegex = new Regex("^\\s*" + string.Join("\\s+", value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + "\\s*$") });
            var exactOnly = target.Exact;
            switch (target.Kind)
            {
                case TargetKind.Label:
                    // A box, a switch or a choice a kit draws without a native control (role=checkbox, role=radio) is named by
                    // its own text, which no <label> holds: a person ticks it by that name. Exact names first, native or drawn:
                    // « J'accepte » drawn is not « J'accepte de recevoir la lettre » native.
                    var ticked = kind is StepKind.Check or StepKind.Uncheck;
                    ILocator Ticks(bool exact) => Role(AriaRole.Checkbox, exact).Or(Role(AriaRole.Radio, exact)).Or(Role(AriaRole.Switch, exact));
                    // An upload's label may find both the button a kit draws over its hidden file input and the input itself (by
                    // the label the inventory gives it): the input first, whichever of the two is shown.
                    if (kind is StepKind.Upload)
                    {
                        yield return Label(true).And(scope?.Locator("input[type=file]") ?? _page.Locator("input[type=file]"));
                    }

                    yield return Label(true);
                    if (ticked)
                    {
                        yield return Ticks(true);
                    }

                    if (!exactOnly)
                    {
                        yield return Label(false);
                        if (ticked)
                        {
                            yield return Ticks(false);
                        }
                    }

                    break;
                case TargetKind.Button:
                    // A bare name in a click means "the button or link a person would press".
                    yield return kind is StepKind.Click or StepKind.StopBefore ? Role(AriaRole.Button, true).Or(Role(AriaRole.Link, true)) : Role(AriaRole.Button, true);
                    yield return ShownAs(kind is StepKind.Click or StepKind.StopBefore ? KeyNamedButtons + ", " + KeyNamedLinks : KeyNamedButtons);
                    if (!exactOnly)
                    {
                        yield return kind is StepKind.Click or StepKind.StopBefore ? Role(AriaRole.Button, false).Or(Role(AriaRole.Link, false)) : Role(AriaRole.Button, false);
                    }

                    break;
                case TargetKind.Link:
                    yield return Role(AriaRole.Link, true);
                    yield return ShownAs(KeyNamedLinks);
                    if (!exactOnly)
                    {
                        yield return Role(AriaRole.Link, false);
                    }

                    break;
                case TargetKind.Text:
                    yield return Text(true);
                    if (!exactOnly)
                    {
                        yield return Text(false);
                    }

                    break;
                case TargetKind.Placeholder:
                    yield return scope?.GetByPlaceholder(value, new() { Exact = exactOnly }) ?? _page.GetByPlaceholder(value, new() { Exact = exactOnly });
                    break;
                case TargetKind.TestId:
                    yield return scope?.GetByTestId(value) ?? _page.GetByTestId(value);
                    break;
                default:
                    yield return scope?.Locator(value) ?? _page.Locator(value);
                    break;
            }
        }

        private const string KeyNamedButtons = "button[aria-label]:not([aria-label*=' ']), [role=button][aria-label]:not([aria-label*=' '])";
        private const string KeyNamedLinks = "a[href][aria-label]:not([aria-label*=' ']):not([role=button]), [role=link][aria-label]:not([aria-label*=' '])";

        /// <summary>The selector of the fields whose label, as a person reads it, is exactly <paramref name="words"/>.</summary>
        private static string ByLabelAsRead(string words) => LabelEngine + "=" + JsonSerializer.Serialize(words);

        /// <summary>The selector of the fields one of whose labels, as a person reads it, holds <paramref name="words"/> (any case).</summary>
        private static string ByLabelPartAsRead(string words) => LabelEngine + "=~" + JsonSerializer.Serialize(words);

        /// <summary>What the page offers in place of a target not found, by kind (labels for a label, buttons and links
        /// for a button…), the closest first, so the fix is one edit.</summary>
        private async Task<string> ClosestAsync(Target target, string value)
        {
            var (kind, said) = target.Kind switch
            {
                TargetKind.Label => ("labels", "Libellés"),
                TargetKind.Button => ("buttons", "Boutons"),
                TargetKind.Link => ("links", "Liens"),
                TargetKind.Placeholder => ("placeholders", "Textes indicatifs"),
                TargetKind.Text => ("texts", "Textes"),
                _ => ((string?)null, ""),
            };
            if (kind is null)
            {
                return "";
            }

            try
            {
                var frame = _page.MainFrame;
                if (target.Frame is not null && await _page.Locator(target.Frame).First.ElementHandleAsync(new() { Timeout = 1000 }) is { } host
                    && await host.ContentFrameAsync() is { } inner)
                {
                    frame = inner;
                }

                var names = await frame.EvaluateAsync<string[]>(NamesScript, kind).WaitAsync(TimeSpan.FromSeconds(3));
                var closest = Hints.Closest(value, names);
                return closest.Count == 0 ? "" : $". {said} les plus proches sur la page : {string.Join(", ", closest.Select(n => $"« {Short(n, 60)} »"))}";
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return "";
            }
        }

        /// <summary>The visible names of one kind of element on the page (shadow roots included).</summary>
        private static readonly string NamesScript = "kind => {\n" + LabelScript + """
              const all = []; const walk = (root) => { root.querySelectorAll('*').forEach((e) => { all.push(e); if (e.shadowRoot) walk(e.shadowRoot); }); }; walk(document);
              const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
              const controls = all.filter((e) => e.matches('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [role=combobox], [aria-haspopup=listbox]'));
              const names = [];
              if (kind === 'labels') {
                // As a person reads them, as an exact label finds them.
                for (const c of controls) {
                  if (c.labels) for (const l of c.labels) names.push(labelText(l));
                  if (c.getAttribute('aria-label')) names.push(c.getAttribute('aria-label'));
                  names.push(labelledBy(c));
                }
                all.filter((e) => e.matches('legend')).forEach((e) => names.push(labelText(e)));
                all.filter(opensChooser).forEach((e) => chooserLabels(e).forEach((l) => names.push(labelText(l))));
              } else if (kind === 'buttons' || kind === 'links') {
                const selector = kind === 'buttons' ? 'button, [role=button], input[type=submit], input[type=button], a' : 'a, [role=link]';
                all.filter((e) => e.matches(selector) && visible(e)).forEach((e) => names.push(text(e) || e.value || e.getAttribute('aria-label') || ''));
              } else if (kind === 'placeholders') {
                controls.forEach((c) => names.push(c.placeholder || ''));
              } else {
                all.filter((e) => e.matches('h1, h2, h3, h4, p, li, label, legend, span, dt, dd, td, th') && visible(e)).forEach((e) => names.push(text(e)));
              }
              return [...new Set(names.map((n) => n.trim()).filter((n) => n && n.length <= 200))];
            }
            """;

        /// <summary>Refines a failure with what the page says: a session that expired, a maintenance page, a block page,
        /// the site's own error messages on its fields.</summary>
        private async Task<StepFailure> ExplainAsync(FailureKind kind, string message)
        {
            string body;
            try
            {
                body = await _page.EvaluateAsync<string>("() => (document.body ? document.body.innerText : '').slice(0, 4000)", null).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return new StepFailure(kind, message);
            }

            var folded = TextFolding.Fold(body);
            (FailureKind Kind, string What)? known = folded switch
            {
                _ when folded.Contains("session a expire", StringComparison.Ordinal) || folded.Contains("session expiree", StringComparison.Ordinal) => (FailureKind.Timeout, "le site indique que la session a expiré"),
                _ when folded.Contains("trop de requete", StringComparison.Ordinal) => (FailureKind.RateLimited, "le site signale trop de requêtes"),
                _ when folded.Contains("acce refuse", StringComparison.Ordinal) || folded.Contains("acces refuse", StringComparison.Ordinal) => (FailureKind.Blocked, "le site refuse l'accès"),
                _ when folded.Contains("maintenance", StringComparison.Ordinal) || folded.Contains("service indisponible", StringComparison.Ordinal) => (FailureKind.SiteDown, "le site est en maintenance"),
                _ when folded.Contains("erreur inattendue", StringComparison.Ordinal) => (FailureKind.SiteDown, "le site affiche une page d'erreur"),
                _ => null,
            };
            if (known is { } k)
            {
                return new StepFailure(k.Kind, $"{message} ({k.What})");
            }

            // The page refused the values (DSFR's error messages): the persona's values or the steps are to fix, not the form.
            // Fields a script marked refused without a message the selectors know (jQuery Validate's, WPForms') are named with theirs.
            if (kind == FailureKind.TargetNotFound
                && (await PageErrorsAsync() is { Count: > 0 } shown ? shown : [.. _lastRefusal.Fields.Select(f => f.ToString()).Where(f => f.Length > 0).Take(3)]) is { Count: > 0 } errors)
            {
                return new StepFailure(FailureKind.ScenarioError,
                    $"{message}. La page affiche {(errors.Count == 1 ? "une erreur" : "des erreurs")} : {string.Join(" ; ", errors.Select(e => $"« {e} »"))} : "
                    + "le site a refusé une valeur donnée par le scénario (vérifiez les valeurs du persona et les étapes précédentes)");
            }

            return new StepFailure(kind, message);
        }

        /// <summary>Where pages write a field's error: DSFR, GOV.UK Frontend, Bootstrap (Symfony, Laravel), Gravity Forms, Drupal, SPIP,
        /// Contact Form 7 (its tip, drawn in the field's box as soon as a value changes).</summary>
        internal const string FieldErrorSelector = ".fr-message--error, .fr-error-text, .govuk-error-message, .invalid-feedback, .gfield_validation_message, .form-item--error-message, .erreur_message, .wpcf7-not-valid-tip";

        /// <summary>Where they sum the errors up above the form.</summary>
        internal const string SummaryErrorSelector = ".fr-alert--error, .govuk-error-summary__list li, .gform_validation_errors, .alert-danger, .messages--error, .reponse_formulaire_erreur";

        /// <summary>The error messages the page shows for its fields, at most three; empty when none or no answer.</summary>
        private async Task<IReadOnlyList<string>> PageErrorsAsync()
        {
            try
            {
                return await _page.EvaluateAsync<string[]>($$"""
                    () => {
                      // The fields' own messages; the summary above the form only when the fields have none.
                      const shown = (sel) => [...new Set(Array.from(document.querySelectorAll(sel))
                        .filter((e) => !e.closest('[hidden]') && (e.offsetWidth || e.offsetHeight)).map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean))];
                      const fields = shown('{{FieldErrorSelector}}');
                      return (fields.length ? fields : shown('{{SummaryErrorSelector}}')).slice(0, 3);
                    }
                    """).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return [];
            }
        }

        private string Resolve(string text)
        {
            return Placeholders.Resolve(text, scenario.Persona.Values, name =>
            {
                var value = options.Secret(name);
                if (value is not null)
                {
                    _secretsUsed.Add(value);
                }

                return value;
            });
        }

        /// <summary>The URL a goto opens: an http(s) page of the procedure's site (the start's host) or of the sign-in provider.</summary>
        private string Absolute(string url)
        {
            if (SiteUrls.FrenchProblem(url) is { } problem)
            {
                throw new ProbeException($"impossible d'ouvrir `{url}` : {problem}");
            }

            Uri absolute;
            if (!Uri.TryCreate(url, UriKind.Absolute, out absolute!) || absolute.Scheme is not ("http" or "https"))
            {
                absolute = options.BaseUrl is null
                    ? throw new ProbeException($"`{url}` est une adresse relative et aucune adresse de base n'est configurée : renseignez BaseUrl, ou mesurez sur le site de démonstration")
                    : new Uri(options.BaseUrl, url);
            }

            _start ??= absolute;
            if (!SiteUrls.IsAllowed(absolute, _start))
            {
                throw new ProbeException($"impossible d'ouvrir `{absolute}` : l'adresse quitte le site de la démarche ({_start.Host}) pour {absolute.Host}");
            }

            return absolute.ToString();
        }

        private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Path) : url;

        /// <summary>Where the page says it is: its path, its query and a router's fragment (« #/etape-2 », « #!/… »); a
        /// single-page form that keeps its title and heading changes only these from one step to the next. A plain
        /// anchor (« #contenu ») stays the same page.</summary>
        private static string RouteOf(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u))
            {
                return url;
            }

            var route = u.Fragment.StartsWith("#/", StringComparison.Ordinal) || u.Fragment.StartsWith("#!", StringComparison.Ordinal) ? u.Fragment : "";
            return u.GetLeftPart(UriPartial.Query) + route;
        }

        private async Task<string?> StopTraceAsync(IBrowserContext context, bool failed)
        {
            var mode = walker._browser.Settings.Trace;
            if (mode == TraceMode.Off)
            {
                return null;
            }

            try
            {
                if (mode == TraceMode.Always || failed)
                {
                    var directory = Path.Combine(options.EvidenceDirectory, "traces");
                    Directory.CreateDirectory(directory);
                    var path = Path.Combine(directory, $"{scenario.Procedure.Id}-{Guid.NewGuid():N}.zip");
                    await context.Tracing.StopAsync(new() { Path = path });
                    Personal.ScrubTrace(path, [.. PersonalCandidates().Where(v => !_secretsUsed.Contains(v))], _secretsUsed);
                    return path;
                }

                await context.Tracing.StopAsync();
            }
            catch (PlaywrightException)
            {
                // No trace is better than a failed run.
            }

            return null;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>A Playwright timeout in French: the patience it had (« Timeout 30000ms exceeded »), or its own line, and
    /// what may be the cause: a page opened that did not come is the site; an element acted on may also not be ready.</summary>
    private static string NoAnswer(string message, StepKind kind)
    {
        var cause = kind == StepKind.Goto ? "le site est lent ou ne répond plus" : "le site est lent, ou l'élément n'est pas prêt (caché, désactivé)";
        return TimeoutOf().Match(message) is { Success: true } m && int.TryParse(m.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? $"pas de réponse dans le délai de {(ms + 500) / 1000} s : {cause}"
            : $"pas de réponse dans le délai (Playwright : « {FirstLine(message)} ») : {cause}";
    }

    /// <summary>A browser error in French: the site that does not answer (its network error and address kept), the
    /// errors a step may meet, else Playwright's own line, quoted.</summary>
    private static string BrowserWords(string message)
    {
        var line = FirstLine(message);
        if (NetworkError().Match(line) is { Success: true } network)
        {
            return $"le site ne répond pas ({network.Groups["error"].Value})" + (network.Groups["url"].Success ? $" à l'adresse {network.Groups["url"].Value}" : "")
                + " : vérifiez l'adresse, ou réessayez plus tard";
        }

        return line switch
        {
            _ when line.EndsWith(ProbeBrowser.AllDisconnected, StringComparison.Ordinal) => ProbeBrowser.AllDisconnected,
            _ when line.Contains("did not change its state", StringComparison.Ordinal) => "le clic n'a pas changé l'état de la case",
            _ when line.Contains("has been closed", StringComparison.Ordinal) || line.Contains("Target closed", StringComparison.Ordinal) => "la page ou le navigateur a été fermé pendant l'étape",
            _ when line.Contains("not attached to the DOM", StringComparison.Ordinal) => "l'élément a quitté la page pendant l'étape",
            _ when line.Contains("Element is not an <input>", StringComparison.Ordinal) => "l'élément trouvé n'est pas un champ de saisie",
            _ when line.Contains("Element is not a <select>", StringComparison.Ordinal) => "l'élément trouvé n'est pas une liste",
            _ when line.Contains("Not a checkbox or radio button", StringComparison.Ordinal) => "l'élément trouvé n'est ni une case à cocher ni un bouton radio",
            _ => $"erreur du navigateur (Playwright : « {line} »)",
        };
    }

    /// <summary>Playwright's words for an action on an element of the wrong kind (a list, a field, a box).</summary>
    private static bool WrongElement(string message) =>
        FirstLine(message) is var line && (line.Contains("Element is not an <input>", StringComparison.Ordinal) || line.Contains("Element is not a <select>", StringComparison.Ordinal)
            || line.Contains("Not a checkbox or radio button", StringComparison.Ordinal));

    [GeneratedRegex(@"Timeout (?<ms>\d+)ms exceeded")]
    private static partial Regex TimeoutOf();

    [GeneratedRegex(@"(?<error>net::ERR_[A-Z_]+)(?: at (?<url>\S+))?")]
    private static partial Regex NetworkError();

    /// <summary>The element Playwright's call log says is in the way: the subtree's root when it names one.</summary>
    [GeneratedRegex(@"from (?<element><[^>]*>)[^\n]*? subtree intercepts pointer events|(?<element><[^>]*>)(?:(?! from <)[^\n])*? intercepts pointer events")]
    private static partial Regex InterceptedBy();

    /// <summary>The terminal colours of Playwright's call log.</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Escapes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// The accessibility tree keeps the structure of the form but not what is in its fields (personal data). The tree is
    /// YAML: a field's line is quoted whole when its name holds « : » (« Jour Exemple : 14 », « Format attendu : … »).
    /// </summary>
    internal static string MaskValues(string ariaSnapshot) => FieldValue().Replace(ariaSnapshot, "$1: •••");

    [GeneratedRegex(@"^(\s*- (?:(?:textbox|searchbox|spinbutton|combobox)\b[^\n:]*(?:""[^""\n]*"")?[^\n:]*|'(?:textbox|searchbox|spinbutton|combobox)\b(?:[^'\n]|'')*'|""(?:textbox|searchbox|spinbutton|combobox)\b(?:[^""\\\n]|\\.)*"")):[ ]+\S.*$", RegexOptions.Multiline)]
    private static partial Regex FieldValue();
}
