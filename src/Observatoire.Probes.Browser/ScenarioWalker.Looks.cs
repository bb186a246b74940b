using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
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
    }
}
