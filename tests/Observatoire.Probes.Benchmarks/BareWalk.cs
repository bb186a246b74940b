using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Benchmarks;

/// <summary>
/// The floor a probe is measured against: the same scenario's clicks and typing with the same Playwright and the same
/// browser, in a fresh context each, and nothing else (no inventory, no screenshots, no trace, no decisions, no files).
/// </summary>
internal sealed class BareWalk(IBrowser browser, Uri baseUrl, Func<string, string?> secret)
{
    /// <summary>Where the bare walk's time goes (locating and acting, navigation), to read beside the runner's phases.</summary>
    public PhaseClock Clock { get; } = new();

    public async Task<bool> WalkAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        await using var context = await browser.NewContextAsync(new() { Locale = "fr-FR", TimezoneId = "Europe/Paris", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        string Resolve(string text) => Placeholders.Resolve(text, scenario.Persona.Values, secret);
        await Clock.TimeAsync(Phase.Navigation, () => page.GotoAsync(new Uri(baseUrl, scenario.Procedure.Start).ToString()));
        foreach (var step in scenario.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (step.Kind)
            {
                case StepKind.Goto:
                    await Clock.TimeAsync(Phase.Navigation, () => page.GotoAsync(new Uri(baseUrl, Resolve(step.Argument!)).ToString()));
                    break;
                case StepKind.Fill:
                    await Clock.TimeAsync(Phase.Locating, async () => await (await FindAsync(page, step, Resolve)).FillAsync(Resolve(step.Argument!)));
                    break;
                case StepKind.Select:
                    await Clock.TimeAsync(Phase.Locating, async () => await (await FindAsync(page, step, Resolve)).SelectOptionAsync(new SelectOptionValue { Label = Resolve(step.Argument!) }));
                    break;
                case StepKind.Check or StepKind.Uncheck:
                    await Clock.TimeAsync(Phase.Locating, async () => await (await FindAsync(page, step, Resolve)).SetCheckedAsync(step.Kind == StepKind.Check, new() { Force = true }));
                    break;
                case StepKind.Upload:
                    await Clock.TimeAsync(Phase.Locating, async () => await (await FindAsync(page, step, Resolve)).SetInputFilesAsync(step.Argument!));
                    break;
                case StepKind.Press:
                    await (await FindAsync(page, step, Resolve)).PressAsync(step.Argument!);
                    await page.WaitForLoadStateAsync(LoadState.Load);
                    break;
                case StepKind.Click:
                    var framesBefore = FrameUrls(page);
                    var target = await Clock.TimeAsync(Phase.Locating, () => FindAsync(page, step, Resolve));
                    var clicked = System.Diagnostics.Stopwatch.GetTimestamp();
                    await target.ClickAsync();
                    await page.WaitForLoadStateAsync(LoadState.Load);
                    if (step.Target!.Frame is not null)
                    {
                        // A form in an iframe navigates on its own, maybe after the click returned: wait for its next
                        // document (network idle never comes on a page that polls), as the walker does.
                        for (var waited = 0; waited < 50 && FrameUrls(page) == framesBefore; waited++)
                        {
                            await Task.Delay(20, cancellationToken);
                        }

                        foreach (var frame in page.Frames.Where(f => f != page.MainFrame && !f.IsDetached))
                        {
                            await frame.WaitForLoadStateAsync(LoadState.Load);
                        }
                    }

                    Clock.Add(Phase.Navigation, clicked);
                    break;
                case StepKind.WaitFor when step.Target!.Kind == TargetKind.Url:
                    var fragment = Resolve(step.Target.Value);
                    await page.WaitForURLAsync(u => u.Contains(fragment, StringComparison.Ordinal));
                    break;
                case StepKind.WaitFor or StepKind.StopBefore:
                    await Clock.TimeAsync(Phase.Locating, async () => await (await FindAsync(page, step, Resolve)).WaitForAsync());
                    break;
            }
        }

        return true;
    }

    private static string FrameUrls(IPage page) => string.Join(" ", page.Frames.Where(f => f != page.MainFrame).Select(f => f.Url));

    /// <summary>The target as the walker finds it: exact name first, then partial; the visible one when several.</summary>
    private static async Task<ILocator> FindAsync(IPage page, ScenarioStep step, Func<string, string> resolve)
    {
        var target = step.Target!;
        var value = resolve(target.Value);
        var scope = target.Frame is null ? null : page.FrameLocator(target.Frame);
        IEnumerable<ILocator> Candidates()
        {
            foreach (var exact in target.Exact ? new[] { true } : [true, false])
            {
                yield return target.Kind switch
                {
                    TargetKind.Label => scope?.GetByLabel(value, new() { Exact = exact }) ?? page.GetByLabel(value, new() { Exact = exact }),
                    TargetKind.Button when step.Kind is StepKind.Click or StepKind.StopBefore =>
                        (scope?.GetByRole(AriaRole.Button, new() { Name = value, Exact = exact }) ?? page.GetByRole(AriaRole.Button, new() { Name = value, Exact = exact }))
                        .Or(scope?.GetByRole(AriaRole.Link, new() { Name = value, Exact = exact }) ?? page.GetByRole(AriaRole.Link, new() { Name = value, Exact = exact })),
                    TargetKind.Button => scope?.GetByRole(AriaRole.Button, new() { Name = value, Exact = exact }) ?? page.GetByRole(AriaRole.Button, new() { Name = value, Exact = exact }),
                    TargetKind.Link => scope?.GetByRole(AriaRole.Link, new() { Name = value, Exact = exact }) ?? page.GetByRole(AriaRole.Link, new() { Name = value, Exact = exact }),
                    TargetKind.Text => scope?.GetByText(value, new() { Exact = exact }) ?? page.GetByText(value, new() { Exact = exact }),
                    TargetKind.Placeholder => scope?.GetByPlaceholder(value, new() { Exact = exact }) ?? page.GetByPlaceholder(value, new() { Exact = exact }),
                    TargetKind.TestId => scope?.GetByTestId(value) ?? page.GetByTestId(value),
                    _ => scope?.Locator(value) ?? page.Locator(value),
                };
            }
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            foreach (var candidate in Candidates())
            {
                var count = await candidate.CountAsync();
                if (count == 1)
                {
                    return candidate;
                }

                if (count > 1 && await candidate.Filter(new() { Visible = true }).CountAsync() == 1)
                {
                    return candidate.Filter(new() { Visible = true });
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{step.Position}: {target} not found");
    }
}
