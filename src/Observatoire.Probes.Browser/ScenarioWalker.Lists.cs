using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

/// <summary>`select` on a list a kit draws without a native &lt;select&gt; (Angular Material's mat-select, MUI's Select,
/// an autocomplete): chosen the way a person does it.</summary>
public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        /// <summary>What a `select` acts on: « native » (a &lt;select&gt;), « drawn » (a list that opens when pressed:
        /// role=combobox, aria-haspopup=listbox), « typed » (a combobox one types into, its choices drawn as one types),
        /// « listbox » (a list already open, role=listbox), or « other »; a native list without the choice asked is
        /// « native-missing » (the same look: no second round trip on the common path), one a kit hides (not rendered) and
        /// draws over « native-hidden ».</summary>
        private const string ListKindScript = $$"""
            (e, wanted) => {
              if (e.tagName === 'SELECT') return ({{MissingOptionScript}})(e, wanted) ? 'native-missing' : e.getClientRects().length ? 'native' : 'native-hidden';
              const role = e.getAttribute('role'), popup = e.getAttribute('aria-haspopup');
              if (role === 'listbox') return 'listbox';
              if (role === 'combobox' || ['listbox', 'menu', 'true'].includes(popup)) return e.matches('input:not([readonly]), textarea') ? 'typed' : 'drawn';
              return 'other';
            }
            """;

        /// <summary>The id of the list a drawn list controls once open (aria-controls, aria-owns), when the page has it.</summary>
        private const string ControlledListScript = """
            (e) => (e.getAttribute('aria-controls') || e.getAttribute('aria-owns') || '').split(/\s+/)
              .find((id) => id && e.getRootNode().getElementById && e.getRootNode().getElementById(id)) || null
            """;

        /// <summary>Whether the list shows the choice now: its text, a typed value, or the option marked selected of an open list.
        /// A list of several choices may show each as a tag beside its box, which it empties (Démarche Numérique's, on
        /// react-aria): the box around it that holds no other field shows it, its label aside.</summary>
        private const string ShowsChoiceScript = """
            (e, wanted) => {
              const norm = (s) => String(s || '').replace(/\s+/g, ' ').trim().toLowerCase();
              const choice = norm(wanted);
              if (e.getAttribute('role') === 'listbox') return Array.from(e.querySelectorAll('[role=option][aria-selected=true]')).some((o) => norm(o.innerText || o.textContent).includes(choice));
              // A combobox input may show the choice beside it, in the box around it (SurveyJS's dropdown).
              const around = e.tagName === 'INPUT' && e.parentElement ? e.parentElement.innerText : '';
              if ([e.value, e.innerText || e.textContent, around].some((s) => norm(s).includes(choice))) return true;
              const fields = 'input:not([type=hidden]), select, textarea';
              for (let box = e.parentElement, depth = 0; box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
                if (Array.from(box.querySelectorAll(fields)).some((f) => f !== e)) break;
                const shown = box.cloneNode(true);
                shown.querySelectorAll('label, legend, ' + fields).forEach((n) => n.remove());
                if (norm(shown.textContent).includes(choice)) return true;
              }
              return false;
            }
            """;

        /// <summary>A `select` step: a native list by its option's label (else its value); a list a kit draws by opening it,
        /// pressing the option of that visible text, and checking that the list now shows it.</summary>
        private async Task SelectAsync(ScenarioStep step, ILocator list, string option)
        {
            var kind = _marked.ListKind ?? await InternalAsync("nature de la liste", () => list.EvaluateAsync<string>(ListKindScript, option));
            switch (kind)
            {
                case "native-hidden":
                    await SelectHiddenAsync(step, list, option);
                    return;

                case "native" or "native-missing":
                    if (kind == "native-missing")
                    {
                        await Clock.TimeAsync(Phase.Locating, () => EnsureOptionAsync(step, list, option));
                        if (!await InternalAsync("liste affichée", () => list.IsVisibleAsync()))
                        {
                            await SelectHiddenAsync(step, list, option);
                            return;
                        }
                    }

                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(async () =>
                    {
                        try
                        {
                            await list.SelectOptionAsync(new SelectOptionValue { Label = option }, new() { Timeout = 2000 });
                        }
                        catch (TimeoutException)
                        {
                            // By its value, or by its label without the markup a kit left escaped in it.
                            await list.SelectOptionAsync(new SelectOptionValue { Value = await list.EvaluateAsync<string>(OptionValueScript, option) });
                        }
                    }));
                    return;

                case "drawn" or "typed" or "listbox":
                    if (kind == "drawn")
                    {
                        await Clock.TimeAsync(Phase.Locating, () => EnsureUncoveredAsync(step, list));
                    }

                    await Clock.TimeAsync(Phase.Locating, () => ChooseDrawnAsync(step, list, kind, option));
                    return;

                default:
                    throw new StepFailure(FailureKind.ScenarioError,
                        $"{step.Where} : {StepWording.French(step.Describe())} : l'élément trouvé n'est pas une liste (ni <select>, ni liste dessinée role=combobox ou listbox) : "
                        + "ciblez la liste par son libellé, ou remplissez ce champ par `fill` ou `check`");
            }
        }

        /// <summary>`select` on a native list a kit hides (Choices.js gives it the attribute hidden) and draws over: a person
        /// chooses in the list drawn (a change made under it would not show there); a kit that draws no list a person can
        /// open is given the choice on its native list.</summary>
        private async Task SelectHiddenAsync(ScenarioStep step, ILocator list, string option)
        {
            var drawing = list.Locator(ListDrawing).First;
            if (await InternalAsync("liste dessinée", () => drawing.IsVisibleAsync()))
            {
                await Clock.TimeAsync(Phase.Locating, () => EnsureUncoveredAsync(step, drawing));
                await Clock.TimeAsync(Phase.Locating, () => ChooseDrawnAsync(step, drawing, "drawn", option));
                return;
            }

            var value = await InternalAsync("choix de la liste", () => list.EvaluateAsync<string>(OptionValueScript, option));
            await Clock.TimeAsync(Phase.Locating, () => EnterAsync(() => list.SelectOptionAsync(new SelectOptionValue { Value = value }, new() { Force = true })));
        }

        /// <summary>An option's text as written, without markup left escaped in it, spaces folded.</summary>
        private const string WrittenScript = """(s) => String(s || '').replace(/<\/?[a-z][^<>]*>/gi, '').replace(/\s+/g, ' ').trim()""";

        /// <summary>The choices of a native list that has no option of that label or value (trimmed, any case, without markup
        /// left escaped in it: Form.io's Choices.js writes « &lt;span&gt;Célibataire&lt;/span&gt; »), or null.</summary>
        private const string MissingOptionScript = $$"""
            (e, wanted) => {
              const written = {{WrittenScript}};
              const options = Array.from(e.options);
              return options.some((o) => written(o.label || o.text).toLowerCase() === written(wanted).toLowerCase() || o.value === wanted) ? null
                : options.map((o) => written(o.label || o.text)).filter(Boolean);
            }
            """;

        /// <summary>The value of the native list's option whose label, without markup left escaped in it, is the choice asked
        /// (else the choice as given, a value).</summary>
        private const string OptionValueScript = $$"""
            (e, wanted) => {
              const written = (s) => ({{WrittenScript}})(s).toLowerCase();
              const o = Array.from(e.options).find((o) => written(o.label || o.text) === written(wanted));
              return o ? o.value : wanted;
            }
            """;

        /// <summary>What a kit draws for the native list it hides: the drawn list around it (Choices.js's div.choices) or
        /// right after it (select2, tom-select), when it is one (role=combobox, aria-haspopup).</summary>
        private const string ListDrawing = "xpath=ancestor::*[@role='combobox' or @aria-haspopup='listbox' or @aria-haspopup='true'][1]"
            + " | following-sibling::*[1]/descendant-or-self::*[@role='combobox' or @aria-haspopup='listbox' or @aria-haspopup='true']";

        /// <summary>
        /// A native list without the option asked fails at once as a changed form (or a value to correct), naming the choices it
        /// has. A list filled a moment later (the communes once the postal code is known) is given two seconds to offer it.
        /// Playwright would wait for the option as long as its timeout, and the walk would read as a slow site.
        /// </summary>
        private async Task EnsureOptionAsync(ScenarioStep step, ILocator list, string option)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var choices = await InternalAsync("choix de la liste", () => list.EvaluateAsync<string[]?>(MissingOptionScript, option));
                if (choices is null)
                {
                    return;
                }

                if (clock.ElapsedMilliseconds >= 2000)
                {
                    var shown = string.Join(", ", choices.Take(12).Select(c => $"« {c} »")) + (choices.Length > 12 ? $" et {choices.Length - 12} autres" : "");
                    throw new StepFailure(FailureKind.TargetNotFound,
                        $"{step.Where} : la liste n'a pas de choix « {option} » ({(choices.Length == 0 ? "elle n'en propose aucun" : "elle propose " + shown)}) : "
                        + "le formulaire a changé, ou la valeur du scénario est à corriger");
                }

                await Task.Delay(100);
            }
        }

        /// <summary>
        /// Opens a drawn list as a person does, finds the option by its text, presses it and checks that the list shows it. A
        /// list one types into is pressed, then given a search: the option's text, then, when that finds it nothing (a
        /// commune's or an address's search on the site's server), its words before a bracket or a postal code, then the code.
        /// A list the site closes under the probe (Démarche Numérique saves a combobox at its first press and draws it anew) is
        /// opened again. A list left open after the choice (several choices: it stays open over the page) is closed.
        /// </summary>
        private async Task ChooseDrawnAsync(ScenarioStep step, ILocator list, string kind, string option)
        {
            var timeout = walker._browser.Settings.ActionTimeout;
            var said = StepWording.French(step.Describe());
            var searches = kind == "typed" ? SearchesFor(option) : [option];
            var clock = Stopwatch.StartNew();
            var reopened = 0;
            ILocator options = list;
            var search = 0;
            while (true)
            {
                await OpenAsync(list, kind, searches[search]);
                var patience = search < searches.Count - 1 ? TimeSpan.FromMilliseconds(Math.Min(3000, timeout.TotalMilliseconds)) : timeout;
                var (choice, closed) = await AwaitOptionAsync(step, list, kind, option, patience);
                options = choice ?? await OptionsAsync(step, list, kind);
                if (choice is not null && await PressOptionAsync(choice))
                {
                    break;
                }

                if ((choice is not null || closed) && reopened < 2 && clock.Elapsed < timeout + timeout)
                {
                    reopened++; // drawn again meanwhile: the same search, in the list drawn anew
                    continue;
                }

                if (choice is null && !closed && search < searches.Count - 1)
                {
                    search++;
                    continue;
                }

                var shown = await ShownOptionsAsync(step, list, kind);
                var start = option.Trim();
                if (choice is null && shown.Count == 0 && kind == "typed" && start.Length > 3 && start[..3].All(char.IsLetter))
                {
                    // The whole words find nothing (« Lyom »): their first letters show what the list has near them (not a
                    // number's: « 12 rue … » is no start of a street's name).
                    await OpenAsync(list, kind, start[..3]);
                    for (var waited = Stopwatch.StartNew(); shown.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(3);)
                    {
                        await Task.Delay(200);
                        shown = await ShownOptionsAsync(step, list, kind);
                    }

                    if (shown.Contains(start, StringComparer.OrdinalIgnoreCase))
                    {
                        shown = []; // the list has it: its search for the whole words showed nothing, as said below
                    }
                }

                await EnterAsync(() => _page.Keyboard.PressAsync("Escape")); // closes the list, as a person would
                var offered = Hints.Closest(option, shown) is { Count: > 0 } closest ? closest : shown.Take(6).ToList();
                var typed = string.Join(", ", searches.Take(search + 1).Select(s => $"« {s} »"));
                throw new StepFailure(FailureKind.TargetNotFound, choice is not null
                    ? $"{step.Where} : {said} : l'option « {option} » n'a pas pu être pressée : la liste a été redessinée à chaque essai ; le formulaire a changé ou le site est lent"
                    : shown.Count == 0
                    ? $"{step.Where} : {said} : la liste n'affiche aucun choix après {(kind == "typed" ? "la saisie de " + typed : "l'avoir ouverte")} ({timeout.TotalSeconds:0} s) : "
                        + "le formulaire a changé, ou le champ n'est pas une liste où choisir"
                    : $"{step.Where} : {said} : « {option} » n'est pas parmi les choix de la liste ; choix les plus proches : {string.Join(", ", offered.Select(o => $"« {Short(o, 60)} »"))} : "
                        + "le formulaire a changé ou le scénario n'est plus à jour");
            }

            // The list now shows the choice (a kit that refused it, or closed without it, would leave the step unanswered).
            var shows = false;
            var checking = Stopwatch.StartNew();
            while (!shows)
            {
                shows = await InternalAsync("choix affiché", async () =>
                {
                    try
                    {
                        return await list.EvaluateAsync<bool>(ShowsChoiceScript, option, new() { Timeout = 1000 });
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        return false; // drawn again meanwhile: looked at again
                    }
                });
                if (shows || checking.Elapsed > TimeSpan.FromSeconds(Math.Min(2, timeout.TotalSeconds)))
                {
                    break;
                }

                await Task.Delay(100);
            }

            if (!shows)
            {
                throw new StepFailure(FailureKind.TargetNotFound,
                    $"{step.Where} : {said} : l'option « {option} » a été pressée mais la liste ne l'affiche pas : le formulaire a changé, ou ce choix y est refusé");
            }

            if (kind == "typed" && await InternalAsync("liste restée ouverte", () => IsOpenAsync(list)))
            {
                await EnterAsync(() => list.PressAsync("Escape"));
            }
        }

        /// <summary>What a person types to find an option in a list that searches as one types: its text, then its words before
        /// a bracket (« Lyon (69001) »: the geo API finds « Lyon »), before a postal code (« 20 Avenue de Ségur 75007 Paris »),
        /// then the postal code.</summary>
        private static List<string> SearchesFor(string option)
        {
            var searches = new List<string> { option };
            void Add(string? search)
            {
                search = search is null ? null : Spaces().Replace(search, " ").Trim(' ', ',', '-');
                if (search is { Length: > 1 } && !searches.Contains(search, StringComparer.OrdinalIgnoreCase))
                {
                    searches.Add(search);
                }
            }

            Add(Bracketed().Replace(option, " "));
            var code = PostalCode().Match(option);
            if (code.Success)
            {
                Add(option[..code.Index]);
                Add(code.Value);
            }

            return searches;
        }

        [GeneratedRegex(@"\s*\([^)]*\)")]
        private static partial Regex Bracketed();

        [GeneratedRegex(@"(?<!\d)\d{5}(?!\d)")]
        private static partial Regex PostalCode();

        /// <summary>The texts of the options the list shows now.</summary>
        private Task<List<string>> ShownOptionsAsync(ScenarioStep step, ILocator list, string kind) => InternalAsync("choix proposés", async () =>
            (await (await OptionsAsync(step, list, kind)).GetByRole(AriaRole.Option, new() { IncludeHidden = true }).Filter(new() { Visible = true }).AllInnerTextsAsync())
                .Select(o => Spaces().Replace(o, " ").Trim()).Where(o => o.Length > 0).Distinct().ToList());

        /// <summary>A press on the list (a list that lets clicks through to the box around it, SurveyJS's readonly input,
        /// pointer-events: none, is pressed there, where a person's press lands), then, in a list one types into, the search.
        /// (React-aria's combobox opens on a press or a key, not on a value set in its box.)</summary>
        private async Task OpenAsync(ILocator list, string kind, string search)
        {
            var timeout = walker._browser.Settings.ActionTimeout;
            await EnterAsync(async () =>
            {
                if (kind is "drawn" or "typed")
                {
                    var through = await list.EvaluateAsync<bool>("(e) => getComputedStyle(e).pointerEvents === 'none'");
                    await list.ClickAsync(new() { Timeout = (float)timeout.TotalMilliseconds, Force = through });
                }

                if (kind == "typed")
                {
                    await list.FillAsync(search);
                }
            });
        }

        /// <summary>The visible option of that text (exact, else the one that holds it), once the list shows it within
        /// <paramref name="patience"/>; or none, and whether the list closed meanwhile after it had opened (the site drew it
        /// again). Options in a container a kit left aria-hidden (react-aria hides the page, its own container included when
        /// it was already there, before it draws a list) are seen, as a person sees them.</summary>
        private async Task<(ILocator? Choice, bool Closed)> AwaitOptionAsync(ScenarioStep step, ILocator list, string kind, string option, TimeSpan patience)
        {
            var waited = Stopwatch.StartNew();
            var opened = false;
            while (true)
            {
                var options = await OptionsAsync(step, list, kind);
                var exact = options.GetByRole(AriaRole.Option, new() { Name = option, Exact = true, IncludeHidden = true }).Filter(new() { Visible = true });
                var partial = options.GetByRole(AriaRole.Option, new() { Name = option, IncludeHidden = true }).Filter(new() { Visible = true });
                var choice = await InternalAsync("choix de la liste", async () =>
                    await exact.CountAsync() > 0 ? exact.First : await partial.CountAsync() == 1 ? partial : null);
                if (choice is not null)
                {
                    return (choice, false);
                }

                if (kind != "listbox")
                {
                    var open = await InternalAsync("liste ouverte", () => IsOpenAsync(list));
                    if (opened && !open)
                    {
                        return (null, true);
                    }

                    opened |= open;
                }

                if (waited.Elapsed > patience)
                {
                    return (null, false);
                }

                await Task.Delay(100);
            }
        }

        /// <summary>Whether the list says it is open (aria-expanded); false when it says nothing or is gone.</summary>
        private static async Task<bool> IsOpenAsync(ILocator list)
        {
            try
            {
                return await list.EvaluateAsync<bool>("(e) => e.getAttribute('aria-expanded') === 'true'", null, new() { Timeout = 1000 });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return false;
            }
        }

        /// <summary>Presses the option; false when it went away first (the list drawn again under the press).</summary>
        private async Task<bool> PressOptionAsync(ILocator choice)
        {
            try
            {
                await EnterAsync(() => choice.ClickAsync(new() { Timeout = (float)Math.Min(3000, walker._browser.Settings.ActionTimeout.TotalMilliseconds) }));
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        /// <summary>Where the options of a drawn list are: inside it when it is an open list, in the list it controls once
        /// open (the overlay a kit draws at the end of the page), else anywhere in its document.</summary>
        private async Task<ILocator> OptionsAsync(ScenarioStep step, ILocator list, string kind)
        {
            if (kind == "listbox")
            {
                return list;
            }

            var document = step.Target!.Frame is null ? _page.Locator(":root") : _page.FrameLocator(step.Target.Frame).Locator(":root");
            var controlled = await InternalAsync("liste ouverte", async () =>
            {
                try
                {
                    return await list.EvaluateAsync<string?>(ControlledListScript, null, new() { Timeout = 1000 });
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    return null;
                }
            });
            return controlled is null ? document : document.Locator($"[id=\"{controlled.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]");
        }
    }
}
