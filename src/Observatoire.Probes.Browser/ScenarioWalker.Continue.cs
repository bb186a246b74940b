using System.Diagnostics;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

/// <summary>The open-ended walk (<see cref="WalkOptions.Continue"/>): surveys of the page the walk stands on, and the
/// steps a caller drafts from them, run by the same walker (guard, sign-in, secrets).</summary>
public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        private string? _surveyedUrl;

        private async Task ContinueAsync(Func<PageSurvey, CancellationToken, Task<IReadOnlyList<ScenarioStep>>> next, CancellationToken cancellationToken)
        {
            while (true)
            {
                var steps = await next(await SurveyAsync(), cancellationToken);
                var before = _signature;
                for (var i = 0; i < steps.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _nextSteps = steps.Skip(i + 1);
                    await StepAsync(steps[i], steps[i].Describe(), cancellationToken);
                }

                if (steps.Count == 0 || steps[^1].Kind == StepKind.StopBefore)
                {
                    return;
                }

                if (steps[^1].Kind is StepKind.Click or StepKind.Press && _signature == before && _refused is null)
                {
                    await SettleAsync(before, cancellationToken);
                }
            }
        }

        /// <summary>A form in an iframe may navigate after the click returned: looks again until the page changes (3 s at
        /// most, then the page is what it is: a form that refused the values). That late navigation is one more request to
        /// the host: the politeness gate is held until it has loaded, as for any navigation, so the next one waits from then.</summary>
        private async Task SettleAsync(string before, CancellationToken cancellationToken)
        {
            using var navigation = Uri.TryCreate(_page.Url, UriKind.Absolute, out var here) ? await EnterNavigationAsync(here, cancellationToken) : null;
            var waited = Stopwatch.StartNew();
            while (_signature == before && waited.Elapsed < TimeSpan.FromSeconds(3))
            {
                await Task.Delay(200, cancellationToken);
                await InventoryAsync();
            }
        }

        /// <summary>The page as it stands, recorded like any inventory (first sight kept), with what drafting needs.</summary>
        private async Task<PageSurvey> SurveyAsync()
        {
            if (_page.Url != _surveyedUrl)
            {
                // A person reads a page before acting on it: banners injected after load (tarteaucitron) are there by then.
                _surveyedUrl = _page.Url;
                try
                {
                    await _page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 2000 });
                }
                catch (TimeoutException)
                {
                    // A page that keeps polling is surveyed as it is.
                }
            }

            var previousPageCount = _fieldOrder.Count;
            var snapshot = await Clock.TimeAsync(Phase.Inventory, () => InventoryFramesAsync(survey: true));
            await MergeSnapshotAsync(snapshot, previousPageCount);
            var refused = _refused is { } fields ? fields.Select(f => f.ToString()).Where(f => f.Length > 0).ToList() : [];
            return PageSurvey.Read(snapshot.Title, _page.Url, snapshot.Signature, snapshot.Frames!, IdentifyAsync, refused);
        }

        /// <summary>The probe id of the one element this step would act on now ("" when it has none), or null when the
        /// step would find none or several: the walker's own search, without waiting.</summary>
        private async Task<string?> IdentifyAsync(StepKind kind, Target target)
        {
            var (found, _, _, _, _) = await LookAsync(target, Resolve(target.Value), kind, Look.Count, option: null);
            return found is null ? null : await found.EvaluateAsync<string>("e => e.dataset.probeId || ''");
        }

        /// <summary>How a scenario names an iframe: by its id, name or source; null when it has none of them.</summary>
        private static async Task<string?> FrameSelectorAsync(IFrame frame)
        {
            try
            {
                var element = await frame.FrameElementAsync();
                return await element.EvaluateAsync<string?>("""
                    e => e.id ? 'iframe#' + CSS.escape(e.id)
                      : e.getAttribute('name') ? `iframe[name="${e.getAttribute('name')}"]`
                      : e.getAttribute('src') ? `iframe[src="${e.getAttribute('src')}"]` : null
                    """);
            }
            catch (PlaywrightException)
            {
                return null; // the frame went away while we looked
            }
        }
    }
}
