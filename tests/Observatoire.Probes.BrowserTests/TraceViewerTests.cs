using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Testing;

namespace Observatoire.Probes.BrowserTests;

/// <summary>What a trace holds, and `probes trace` opening a failed walk's trace in Playwright's own viewer, served on 127.0.0.1, with no internet.</summary>
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

            // The scenario's steps are the trace's top-level actions; the probe's own reads are not in it.
            await Assertions.Expect(page.GetByText("open /cheque-energie/?fault=drift", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByText("click link \"Commencer la démarche\"", new() { Exact = false }).First).ToBeVisibleAsync();
            Assert.That(reader.LeavingTheMachine, Is.Empty, "the viewer and the trace stay on this machine");
        }
        finally
        {
            viewer.Kill(entireProcessTree: true);
            await viewer.WaitForExitAsync();
        }
    }

    [Test]
    public async Task A_trace_records_the_scenarios_actions_and_none_of_the_probes_own_reads()
    {
        await using var tracing = await ProbeRunner.StartAsync(BrowserFixture.Options(new BrowserSettings { Trace = TraceMode.Always }, BrowserFixture.Site.BaseUrl));
        var result = await tracing.ProbeAsync(BrowserFixture.Bundled("cheque-energie"));
        Assert.That(result.TracePath, Is.Not.Null.And.Matches<string>(File.Exists));

        // Playwright records a DOM snapshot before and after each call it lists: the inventory, the marks, the looks and
        // the screenshots are the probe's, not the scenario's, and would make the trace twice as costly; typing and ticking
        // are named by their step's group, and the page they leave is pictured before the click that leaves it.
        var (methods, groups) = await ReadTraceAsync(result.TracePath!);

        Assert.That(methods, Does.Contain("goto").And.Contain("click"), "the scenario's actions that move the walk");
        Assert.That(groups, Has.Some.StartsWith("fill label \"Le numéro fiscal\"").And.Some.StartsWith("check label \"Je certifie sur l’honneur\""),
            "each step of the scenario, by its group: " + string.Join(" | ", groups));
        Assert.That(methods, Has.None.Matches<string>(m => m.StartsWith("evaluate", StringComparison.Ordinal) || m.StartsWith("evalOn", StringComparison.Ordinal)
            || m is "screenshot" or "queryCount" or "ariaSnapshot" or "fill" or "check" or "uncheck" or "selectOption" or "setInputFiles"), "the probe's own calls: " + string.Join(", ", methods.Distinct()));
        Assert.That(methods.Last(m => !m.StartsWith("tracingGroup", StringComparison.Ordinal)), Is.EqualTo("isVisible"), "the last call recorded is the final button's check, so the trace ends on the page as filled");
    }

    [Test]
    public async Task A_failed_fill_leaves_its_error_in_the_trace()
    {
        // Typing runs out of the trace; when it fails, its message (call log included) is still there to read.
        var yaml = File.ReadAllText(Path.Combine(Repository.Scenarios, "cheque-energie.yaml"));
        const string line = "  - fill: { label: Adresse électronique, value: \"${email}\" }";
        Assert.That(yaml, Does.Contain(line));
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.Inline(yaml.Replace(line, "  - fill: { label: Nombre de parts, value: \"3\" }", StringComparison.Ordinal)));
        Assert.That(result.TracePath, Is.Not.Null.And.Matches<string>(File.Exists), "a failed walk keeps its trace");

        var (_, groups) = await ReadTraceAsync(result.TracePath!);
        Assert.That(groups, Has.Some.StartsWith("fill label \"Nombre de parts\""));
        Assert.That(groups, Has.Some.Matches<string>(g => g.StartsWith("échec : ", StringComparison.Ordinal) && g.Contains("editable", StringComparison.Ordinal)),
            string.Join(" | ", groups));
    }

    /// <summary>The methods a trace recorded, in order, and the titles of its groups (the scenario's steps).</summary>
    private static async Task<(List<string> Methods, List<string> Groups)> ReadTraceAsync(string path)
    {
        var methods = new List<string>();
        var groups = new List<string>();
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".trace", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = System.Text.Json.JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("type", out var type) && type.GetString() == "before")
                {
                    var method = json.RootElement.GetProperty("method").GetString()!;
                    methods.Add(method);
                    if (method == "tracingGroup")
                    {
                        groups.Add(json.RootElement.GetProperty("title").GetString()!);
                    }
                }
            }
        }

        return (methods, groups);
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
