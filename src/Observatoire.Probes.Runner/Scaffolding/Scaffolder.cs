using System.Globalization;
using System.Text.RegularExpressions;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>
/// Drafts a scenario page by page as the walker stands on each (<see cref="WalkOptions.Continue"/>): closes the cookie
/// banner, signs in with FranceConnect when offered, fills every field a person must fill, presses the button that goes
/// on and waits for the next page, until the final submission, which becomes `stop_before` and is never pressed.
/// Without --follow, drafts the first page and stops before its button.
/// </summary>
internal sealed partial class Scaffolder
{
    private const string SignInLogin = "franceconnect_login";
    private const string SignInPassword = "franceconnect_password";

    private readonly ScaffoldRequest _request;
    private readonly FieldDrafter _fields;
    private readonly List<DraftStep> _steps = [];
    private readonly List<DraftNote> _notes = [];
    private readonly List<DraftNote> _asides = [];
    private readonly List<DraftPage> _pages = [];
    private readonly HashSet<string> _handled = new(StringComparer.Ordinal);
    private List<(DraftStep Step, SurveyedField Field)> _choices = [];
    private string? _signature;
    private string? _previousStep;
    private string? _previousHeading;
    private HashSet<string> _previousLabels = [];
    private (string Text, string? Frame)? _lastHeading;
    private string? _title;
    private string? _siteNames;
    private bool _bannerClosed;
    private string _franceConnect = "Non";
    private int _rounds;
    private DraftStep? _goOn;
    private bool _reachedEnd;
    private string? _problem;

    public Scaffolder(ScaffoldRequest request)
    {
        _request = request;
        _fields = new FieldDrafter(request.SampleFiles, request.Today, Make);
        Skeleton = new Scenario(
            Path.GetFullPath("scaffold.yaml"),
            new ProcedureInfo("scaffold", "scaffold", "TODO", "TODO", null, request.Url, "Non", TestEnvironment: false, NotApplicable: false),
            new Persona("scaffold", null, _fields.Values),
            [],
            null,
            []);
    }

    /// <summary>The scenario the walker starts from: the start URL, no step; the persona's values grow with the draft.</summary>
    public Scenario Skeleton { get; }

    /// <summary>The walker's question after each batch of steps: what next, on the page it stands on.</summary>
    public async Task<IReadOnlyList<ScenarioStep>> NextAsync(PageSurvey page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var batch = new List<DraftStep>();
        if (page.Signature == _signature && _goOn is not null)
        {
            // The fields refused, each named with its message (a script's check, the browser's own), else what the page shows.
            var errors = page.Refused.Count > 0 ? page.Refused : page.Frames.SelectMany(f => f.Errors).Distinct(StringComparer.Ordinal).ToList();
            return await StopAsync(page, errors.Count > 0
                ? $"the site refused the draft's values on « {page.Title} »: {string.Join(page.Refused.Count > 0 ? " ; " : " ", errors.Take(3))}"
                : $"pressing « {_goOn.Step.Target!.Value} » did not lead to another page");
        }

        _goOn = null;
        if (page.Signature != _signature)
        {
            await StartPageAsync(page, batch);
        }

        if (page.Frames.Any(f => f.Blocker is not null))
        {
            return await StopAsync(page, $"the page « {page.Title} » shows a {page.Frames.First(f => f.Blocker is not null).Blocker}: a probe cannot go on");
        }

        var signIn = PageActions.IsSignIn(page);
        if (signIn && _franceConnect == "Non")
        {
            return await StopAsync(page, $"the page « {page.Title} » asks to sign in with a password: the scaffolder drafts FranceConnect sign-ins only (write these steps with ${{secret:…}} values)");
        }

        var filled = signIn ? await SignInFieldsAsync(page, batch) : await FieldsAsync(page, batch);
        if (filled && _request.Follow && _rounds++ < 3)
        {
            return Run(batch); // fill, then look again: an answer may show more fields
        }

        return await GoOnAsync(page, batch, signIn);
    }

    /// <summary>The draft, once the walk is over: decisions for every field seen (with the procedure's public given), the score
    /// proposed, the YAML.</summary>
    public ScaffoldDraft Finish(WalkResult walk, Func<IReadOnlyList<FieldObservation>, string, IReadOnlyList<FieldDecision>> decide)
    {
        if (walk.Failure is { } failure && _problem is null && _pages.Count == 0)
        {
            _problem = $"cannot open {_request.Url}: " + (SiteDown().Match(failure.Message) is { Success: true } down ? $"the site does not answer ({down.Value}): check the address, or try again later" : Plain(failure.Message));
        }
        else if (walk.Failure is { } failed && _problem is null)
        {
            _problem = Plain(failed.Message);
            if (_pages.Count > 0 && _steps.Count > 0 && _steps[^1].Step.Kind != StepKind.StopBefore && _lastHeading is { } heading)
            {
                AddStop(new Target(TargetKind.Text, heading.Text, heading.Frame), "the draft stops here: " + _problem);
            }
        }

        var filling = _steps.Count(s => s.FieldId is not null);
        if (_pages.Count == 0)
        {
            return new ScaffoldDraft(Naming.ProcedureId(_request.Url, _title), null, 0, 0, _problem, []);
        }

        if (filling == 0 && !_reachedEnd)
        {
            var why = _problem ?? (_request.Follow ? "the page has no field to fill and no button that leads to a form"
                : "the page has no field to fill; with --follow, the scaffolder goes through its start link or sign-in to the form");
            return new ScaffoldDraft(Naming.ProcedureId(_request.Url, _title), null, _pages.Count, 0, $"no form on {_request.Url}: {why}", []);
        }

        var scenarios = Path.GetDirectoryName(Path.GetFullPath(_request.SampleFiles))!;
        var fragments = new DraftFragments(scenarios);
        // A form that asks a SIRET or an RNA number is most likely a structure's procedure: proposed, with a TODO, and the
        // decisions written beside the steps read with it, so they stay true once the author confirms. A number shown only
        // by an answer (« Vous êtes : une entreprise ») is one branch of a person's procedure: kept particuliers, the TODO says why.
        List<List<FieldDecision>> DecideAll(string audience) => [.. _pages.Select(page => decide(page.Fields, audience).Select(d => d with { Page = page.Title }).ToList())];
        var byPage = DecideAll(ProcedureInfo.Individuals);
        var typed = _steps.Where(s => s.Step.Kind == StepKind.Fill && s.FieldId is not null).ToList();
        // A step's decision is read on its own page: two pages may use one field id for different fields.
        (DraftStep Step, FieldDecision Decision)? KeyTyped(string item, bool shown)
        {
            foreach (var step in typed.Where(s => (s.ShownBy is not null) == shown))
            {
                var onPage = step.Page >= 0 ? byPage[step.Page] : byPage.SelectMany(p => p);
                if (onPage.FirstOrDefault(d => d.FieldId == step.FieldId && d.ItemId == item) is { } decision)
                {
                    return (step, decision);
                }
            }

            return null;
        }
        var structureKey = KeyTyped("association.identifiers", shown: false) ?? KeyTyped("business.identifiers", shown: false);
        var branchKey = structureKey is null ? KeyTyped("association.identifiers", shown: true) ?? KeyTyped("business.identifiers", shown: true) : null;
        static string AudienceOf(FieldDecision? key) => key?.ItemId switch
        {
            "association.identifiers" => ProcedureInfo.Associations,
            "business.identifiers" => ProcedureInfo.Professionals,
            _ => ProcedureInfo.Individuals,
        };
        static string Named(FieldDecision key) => key.FieldLabel is { Length: > 0 } label ? label : key.FieldId;
        var audience = AudienceOf(structureKey?.Decision);
        if (audience != ProcedureInfo.Individuals)
        {
            byPage = DecideAll(audience);
        }

        var decisions = byPage.SelectMany(p => p).ToList();
        var publicReason = structureKey is { } key ? $"the form asks « {Named(key.Decision)} »"
            : branchKey is { } branch ? $"the form asks « {Named(branch.Decision)} » only after the answer « {branch.Step.ShownBy} »: write {AudienceOf(branch.Decision)} if the procedure is "
                + (AudienceOf(branch.Decision) == ProcedureInfo.Associations ? "an association's" : "a company's")
            : null;

        var content = new DraftContent
        {
            Header =
            [
                $"{_title} — drafted by `probes scaffold{(_request.Follow ? " --follow" : "")}` from {_request.Url} on {_request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.",
                "Review before keeping: each TODO asks for a decision, the persona's values are synthetic, the expect block is",
                "the classifier's proposal. Then: probes validate FILE; probes check FILE (walks it step by step); probes run FILE.",
            ],
            Procedure = new ProcedureInfo(Naming.ProcedureId(_request.Url, _title), _title ?? Naming.ProcedureId(_request.Url, _title), "TODO", "TODO", null, _request.Url, _franceConnect, TestEnvironment: false, NotApplicable: false, audience),
            PublicReason = publicReason,
            SiteNames = _siteNames,
            PersonaId = "camille-moreau",
            PersonaDescription = "Camille MOREAU (Lyon), persona synthétique proposée par probes scaffold, à adapter à la démarche",
            Persona = _fields.Persona,
            Steps = _steps,
            Decisions = decisions.GroupBy(d => d.FieldId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            Proposal = ProcedureScore.FromDecisions(decisions),
            ProposalSpan = ScoreSpan.Of(decisions),
            ProposalScope = _problem is not null ? "covers the pages reached" : _request.Follow ? null : "covers the first page only",
            Fragments = fragments,
        };
        var yaml = DraftYaml.Write(content);
        var todos = yaml.Split('\n').Count(line => line.Contains("TODO", StringComparison.Ordinal) && !line.StartsWith('#'));
        var schema = Path.Combine(scenarios, "scenario.schema.json");
        return new ScaffoldDraft(Naming.ProcedureId(_request.Url, _title), yaml, _pages.Count(p => !p.SignIn), todos, _problem, [.. _fields.Uploads], File.Exists(schema) ? schema : null)
        {
            Fragments = [.. fragments.Used],
        };
    }

    private async Task StartPageAsync(PageSurvey page, List<DraftStep> batch)
    {
        var first = _signature is null;
        _signature = page.Signature;
        _rounds = 0;
        _handled.Clear();
        _choices = [];
        var signIn = PageActions.IsSignIn(page);
        _pages.Add(new DraftPage(page.Title, signIn));
        var form = PageActions.FormFrame(page);
        _lastHeading = form.Heading.Length > 0 ? (form.Heading, form.Selector) : null;
        if (!signIn && _title is null)
        {
            _title = page.Frames[0].Heading is { Length: > 0 } h ? h : page.Title;
            _siteNames = page.Frames[0].Service;
        }

        _notes.Add(new DraftNote($"page {_pages.Count}: « {page.Title} »" + (signIn ? " (sign-in)" : "")));
        if (!first && !signIn)
        {
            // The next page's own words, so the walk checks it arrived: its step ("Étape 2 sur 4"), else its heading, else the
            // label of its first question the last page did not ask (a site posting back to one address under one heading:
            // TYPO3, w.c.s.).
            var fresh = form.Fields.Select(f => f.Observation.Label).FirstOrDefault(l => l is { Length: > 0 } && !_previousLabels.Contains(l));
            foreach (var text in new[] { form.Step != _previousStep ? form.Step : null, form.Heading != _previousHeading ? form.Heading : null, fresh })
            {
                if (text is { Length: > 0 } && !VariesPerWalk().IsMatch(text) && await page.IdentifyAsync(StepKind.WaitFor, new Target(TargetKind.Text, text, form.Selector)) is not null)
                {
                    batch.Add(new DraftStep(Make(StepKind.WaitFor, new Target(TargetKind.Text, text, form.Selector), null)));
                    break;
                }
            }
        }

        if (!signIn)
        {
            (_previousStep, _previousHeading) = (form.Step, form.Heading);
            _previousLabels = [.. form.Fields.Select(f => f.Observation.Label).OfType<string>()];
        }

        if (!_bannerClosed && PageActions.Banner(page) is { } banner && await PageActions.TargetAsync(page, banner.Frame, banner.Action, StepKind.Click) is { } target)
        {
            _bannerClosed = true;
            batch.Insert(0, new DraftStep(Make(StepKind.Click, target, null)) { Why = "closes the cookie banner", Fragment = "cookie-banner" });
        }
    }

    /// <summary>Drafts the fields not drafted yet; true when some step fills one (then the page is looked at again).</summary>
    private async Task<bool> FieldsAsync(PageSurvey page, List<DraftStep> batch)
    {
        var revealed = new List<string>();
        var revealedSteps = new List<DraftStep>();
        var revealedIds = new List<string>();
        var choices = new List<(DraftStep, SurveyedField)>();
        var filled = false;
        var again = _rounds > 0;
        foreach (var frame in page.Frames)
        {
            foreach (var field in frame.Fields)
            {
                var o = field.Observation;
                if (!_handled.Add(o.Id))
                {
                    continue;
                }

                _pages[^1].See(o);
                if (again)
                {
                    revealed.Add(o.DisplayLabel);
                    revealedIds.Add(o.Id);
                }

                var label = o.DisplayLabel;
                if (FieldDrafter.LeftAlone(frame, field) is { } skip)
                {
                    _asides.Add(new DraftNote($"« {label} »: {skip}", o.Id));
                    continue;
                }

                var steps = await _fields.DraftAsync(page, frame, field);
                if (steps.Count == 0)
                {
                    var drawnList = await _fields.DrawnListStepAsync(page, frame, field);
                    _asides.Add(new DraftNote(o.Input == "file" && !_fields.HasSamples
                        ? $"TODO « {label} »: no sample document in {_request.SampleFiles} to upload; add one there and this field's upload step"
                        : drawnList is not null
                        ? $"TODO « {label} »: a list the page draws, its choices shown only once it is open: add the step `- {drawnList}` with the persona's answer"
                        : $"TODO « {label} »: no target finds this field alone; add its step by hand", o.Id));
                    continue;
                }

                if (o.Input is "radio" or "select" || FieldDrafter.OpenCheckboxGroup(frame, field) is not null)
                {
                    choices.Add((steps[0], field));
                    steps[0].Todo = o.Input == "checkbox" ? $"choose the persona's answers to « {o.Legend} »"
                        : field.Reveals > 0 ? $"choose the answer of the persona: an answer to « {label} » shows {field.Reveals} more field(s)" : null;
                }

                foreach (var step in steps)
                {
                    step.Page = _pages.Count - 1;
                }

                batch.AddRange(steps);
                if (again)
                {
                    revealedSteps.AddRange(steps);
                }

                filled = true;
            }
        }

        if (revealed.Count > 0 && _choices.Count > 0)
        {
            // The answers just given showed these fields: the persona's own answer may show others, or none.
            // When no answer names the block it shows (a script's rule: Gravity Forms, Drupal's states), the answer just
            // above the first field shown is the likeliest, as a form places a branch under its question.
            var order = page.Frames.SelectMany(f => f.Fields).Select((f, i) => (f.Observation.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var firstShown = revealedIds.Select(id => order.GetValueOrDefault(id, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
            var above = _choices.Where(c => order.TryGetValue(c.Field.Observation.Id, out var i) && i < firstShown)
                .OrderBy(c => order[c.Field.Observation.Id]).LastOrDefault();
            var openers = _choices.Where(c => c.Field.Reveals > 0).DefaultIfEmpty(above.Step is null ? _choices[^1] : above).ToList();
            var opener = openers.Select(c => c.Step).ToList();
            foreach (var (step, field) in openers)
            {
                // The question, not only the answer: « Oui » alone does not say what the persona answers. A box is named by its
                // own words, its question is its legend; a radio group or a list is named by its question, its legend is the
                // section around it.
                var question = field.Observation.Input == "checkbox" ? field.Observation.Legend ?? field.Observation.DisplayLabel : field.Observation.DisplayLabel;
                step.Todo = $"choose the answer of the persona to « {question} »: this answer shows {string.Join(", ", revealed.Take(4).Select(r => $"« {r} »"))}{(revealed.Count > 4 ? "…" : "")}";
            }

            // Marked too, so that answering otherwise is an edit of TODO lines only: the fields shown are then absent.
            foreach (var step in revealedSteps)
            {
                step.Todo ??= $"shown by the answer « {opener[0].Step.Target!.Value} » above: delete this step if the persona answers otherwise";
                if (openers is [{ Field.Reveals: > 0 }])
                {
                    step.ShownBy ??= opener[0].Step.Target!.Value; // one choice alone could show it: a branch of the form
                }
            }
        }

        _choices = choices;
        return filled;
    }

    /// <summary>The sign-in provider's login form: the test account from the configuration's secrets, never from the file.</summary>
    private async Task<bool> SignInFieldsAsync(PageSurvey page, List<DraftStep> batch)
    {
        var consented = false;
        foreach (var frame in page.Frames)
        {
            foreach (var f in frame.Fields)
            {
                _pages[^1].See(f.Observation);
            }

            var open = frame.Fields.Where(f => !f.Observation.ReadOnly && string.IsNullOrEmpty(f.Observation.Value) && _handled.Add(f.Observation.Id)).ToList();
            var password = open.FirstOrDefault(f => f.Observation.Input == "password");
            var login = open.FirstOrDefault(f => f.Observation.Input is "text" or "email");
            if (password is not null && login is not null)
            {
                batch.AddRange(await _fields.DraftAsync(page, frame, login, SignInLogin));
                batch.AddRange(await _fields.DraftAsync(page, frame, password, SignInPassword));
            }

            // A consent box (FranceConnect's "J’accepte que FranceConnect transmette mes données") enables the button that goes on.
            foreach (var consent in open.Where(f => f.Observation.Input == "checkbox"))
            {
                var steps = await _fields.DraftAsync(page, frame, consent);
                batch.AddRange(steps);
                consented |= steps.Count > 0;
            }
        }

        return consented;
    }

    private async Task<IReadOnlyList<ScenarioStep>> GoOnAsync(PageSurvey page, List<DraftStep> batch, bool signIn)
    {
        if (!signIn && _franceConnect == "Non" && PageActions.FranceConnect(page) is { } connect)
        {
            if (!_request.Follow)
            {
                return await StopAsync(page, $"the page offers « {connect.Action.Name} »: with --follow, the scaffolder signs in and drafts the pages behind it");
            }

            var without = PageActions.WithoutFranceConnect(page);
            if (await PageActions.TargetAsync(page, connect.Frame, connect.Action, StepKind.Click) is { } target)
            {
                _franceConnect = connect.Action.FranceConnect!;
                batch.Add(new DraftStep(Make(StepKind.Click, target, null))
                {
                    Fragment = "franceconnect",
                    Todo = $"confirm the sign-in: {_franceConnect} with the account in Secrets:{SignInLogin} and Secrets:{SignInPassword} (the demo's test account by default)"
                        + (without is null ? "" : $", or walk without it: « {without.Name} »"),
                });
                return Run(batch);
            }
        }

        if (signIn && PageActions.Provider(page) is { } provider)
        {
            var tile = new Target(TargetKind.TestId, provider.Action.TestId!, provider.Frame.Selector);
            batch.Add(new DraftStep(Make(StepKind.Click, tile, null)) { Why = $"identity provider « {provider.Action.Name} »" });
            return Run(batch);
        }

        if (!signIn && PageActions.Final(page) is { } final)
        {
            var stop = new Target(TargetKind.Button, final.Action.Name, final.Frame.Selector);
            if (await page.IdentifyAsync(StepKind.StopBefore, stop) is null)
            {
                stop = stop with { Exact = true };
            }

            _reachedEnd = true;
            batch.Add(new DraftStep(Make(StepKind.StopBefore, stop, null)) { Why = "the final submission: the walk stops before it" });
            return Run(batch);
        }

        if (PageActions.Next(page) is not { } next || await PageActions.TargetAsync(page, next.Frame, next.Action, StepKind.Click) is not { } nextTarget)
        {
            return await StopAsync(page, $"no button to go on from « {page.Title} »");
        }

        if (!_request.Follow)
        {
            Add(batch);
            AddStop(nextTarget with { Kind = TargetKind.Button }, "the draft covers this page only: replace this step with the next pages (probes scaffold --follow drafts them) down to the final submission");
            return [];
        }

        _goOn = new DraftStep(Make(StepKind.Click, nextTarget, null));
        batch.Add(_goOn);
        return Run(batch);
    }

    /// <summary>Ends the draft where the walk stands, with `stop_before` (so the draft still validates and measures what it
    /// reached) and a TODO that says why.</summary>
    private async Task<IReadOnlyList<ScenarioStep>> StopAsync(PageSurvey page, string problem)
    {
        _problem = problem;
        var form = PageActions.FormFrame(page);
        Target? here = null;
        foreach (var text in new[] { form.Heading, form.Step })
        {
            if (text is { Length: > 0 } && await page.IdentifyAsync(StepKind.StopBefore, new Target(TargetKind.Text, text, form.Selector)) is not null)
            {
                here = new Target(TargetKind.Text, text, form.Selector);
                break;
            }
        }

        if (_steps.Count > 0 || here is not null)
        {
            AddStop(here ?? new Target(TargetKind.Css, "body"), "the draft stops here: " + problem);
        }

        return [];
    }

    private void AddStop(Target target, string todo) =>
        Add([new DraftStep(Make(StepKind.StopBefore, target, null)) { Todo = todo }]);

    /// <summary>Adds the batch to the draft and hands its steps to the walker (none without --follow: nothing is done).</summary>
    private List<ScenarioStep> Run(List<DraftStep> batch)
    {
        Add(batch);
        return _request.Follow ? [.. batch.Select(b => b.Step)] : [];
    }

    private void Add(List<DraftStep> batch)
    {
        foreach (var step in batch)
        {
            if (step.Step.Kind is StepKind.Click or StepKind.StopBefore && step.FieldId is null)
            {
                // What the page showed but the draft leaves alone is read just before leaving the page.
                _notes.AddRange(_asides);
                _asides.Clear();
            }

            step.Before.AddRange(_notes);
            _notes.Clear();
            _steps.Add(step);
        }
    }

    /// <summary>The walker's step, positioned by its number in the draft (messages say "draft:N").</summary>
    private ScenarioStep Make(StepKind kind, Target target, string? argument) => new(kind, new SourcePosition("draft", _steps.Count + 1, 1), target, argument);

    /// <summary>A walk failure without its position in the draft ("draft:12:1 : "): the step's description says which.</summary>
    private static string Plain(string message) => Position().Replace(message, "");

    [GeneratedRegex(@"net::ERR_[A-Z_]+")]
    private static partial Regex SiteDown();

    /// <summary>Words a page writes anew for each walk, which a `wait_for` of the next night would not find: a file's
    /// number and a date (Démarche Numérique's heading: « Dossier n° 4242 - En brouillon depuis le 6 décembre 2026 »).</summary>
    [GeneratedRegex(@"\bn\s?[°ºo]\s*\d|\d{5,}|\b\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VariesPerWalk();

    [GeneratedRegex(@"^[^\s:]+:\d+:\d+ ?: ")]
    private static partial Regex Position();

    /// <summary>One page of the walk: its title and its fields on first sight, in order.</summary>
    private sealed class DraftPage(string title, bool signIn)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public string Title { get; } = title;

        public bool SignIn { get; } = signIn;

        public List<FieldObservation> Fields { get; } = [];

        public void See(FieldObservation field)
        {
            if (_seen.Add(field.Id))
            {
                Fields.Add(field);
            }
        }
    }
}
