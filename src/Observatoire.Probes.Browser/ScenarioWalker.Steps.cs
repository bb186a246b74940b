using System.Diagnostics;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
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
    }
}
