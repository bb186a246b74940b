using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
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
}
