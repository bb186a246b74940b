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

        /// <summary>The fields the site or the browser refused at the last inventory, and its count of the browser's refusals.</summary>
        private (IReadOnlyList<RefusedField> Fields, int Events) _lastRefusal = ([], 0);

        /// <summary>The fields refused by the last action that left the page where it was (null when it was not refused):
        /// what an open-ended walk's survey says (<see cref="PageSurvey.Refused"/>).</summary>
        private IReadOnlyList<RefusedField>? _refused;

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

        private int _scriptRequests;

        /// <summary>Whether the last target found was found by its exact name (a button, a link, a text).</summary>
        private bool _foundByExactName;

        /// <summary>Own script requests started since the walk began (<see cref="_scriptRequests"/> counts those not answered).</summary>
        private int _scriptRequestsStarted;

        /// <summary><see cref="_scriptRequestsStarted"/> when the last action that may load a page began.</summary>
        private int _scriptRequestsAtAction;

        /// <summary>The walk's last page is already in <see cref="_pages"/> (closed before a refused submission).</summary>
        private bool _lastPageClosed;

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

        private PhaseClock Clock => options.Clock;

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
    }
}
