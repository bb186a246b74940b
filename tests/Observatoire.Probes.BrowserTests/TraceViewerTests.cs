using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Testing;

namespace Observatoire.Probes.BrowserTests;

/// <summary>`probes trace` opens a failed walk's trace in Playwright's own viewer, served on 127.0.0.1, with no internet.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class TraceViewerTests
{
    [GeneratedRegex(@"Listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [Test]
    public async Task A_failed_walks_trace_opens_offline_with_the_scenario_steps_as_its_actions()
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cheque-energie"), "?fault=drift"));
        Assert.That(result.TracePath, Is.Not.Null.And.Matches<string>(File.Exists), "a failed walk keeps its trace");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { ProbesProcess.Executable, "trace", result.TracePath!, "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BROWSER"] = "none"; // no desktop browser: the test is the reader
        using var viewer = Process.Start(start)!;
        try
        {
            var url = await ListeningAsync(viewer);
            await using var reader = await ReaderBrowser.StartAsync();
            var page = await reader.Context.NewPageAsync();
            await page.GotoAsync(url);

            // The scenario's steps are the trace's top-level actions; the probe's own calls are grouped apart.
            await Assertions.Expect(page.GetByText("open /cheque-energie/?fault=drift", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByText("click link \"Commencer la démarche\"", new() { Exact = false }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("sonde : relevé des champs", new() { Exact = false }).First).ToBeVisibleAsync();
            Assert.That(reader.LeavingTheMachine, Is.Empty, "the viewer and the trace stay on this machine");
        }
        finally
        {
            viewer.Kill(entireProcessTree: true);
            await viewer.WaitForExitAsync();
        }
    }

    private static async Task<string> ListeningAsync(Process viewer)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<string>();
        while (await viewer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        Assert.Fail("the viewer never said where it listens:\n" + string.Join("\n", seen) + await viewer.StandardError.ReadToEndAsync());
        return "";
    }
}
