using System.Diagnostics;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
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

        private string? RetryAfter() => _retryAfter;

        /// <summary>A fetch or XHR of the page to its own site (a chat's long polling elsewhere is not waited for).</summary>
        private bool IsOwnScriptRequest(IRequest request) =>
            request.ResourceType is "fetch" or "xhr"
            && Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && Uri.TryCreate(_page.Url, UriKind.Absolute, out var page)
            && string.Equals(url.IdnHost, page.IdnHost, StringComparison.OrdinalIgnoreCase);

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
    }
}
