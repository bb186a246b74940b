using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Every bundled scenario walked in Chromium against the demo site scores what the scenario expects, and submits nothing.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class BundledProcedureTests
{
    public static IEnumerable<TestCaseData> Procedures() =>
        ScenarioLoader.Discover([Repository.Scenarios]).Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName(Path.GetFileNameWithoutExtension(f)));

    [Test]
    public async Task Each_scenario_says_whom_its_procedure_is_for_as_the_demo_site_lists_it()
    {
        // The demo's index lists each replica's audience as service-public.fr does; the scenario's `public` must agree,
        // since it changes how bare names and addresses read.
        using var http = new HttpClient();
        var index = await http.GetStringAsync(BrowserFixture.Site.BaseUrl);
        var listed = System.Text.RegularExpressions.Regex.Matches(index, @"<a href=""/([a-z0-9-]+)/"">.*?</td><td>([^<]+)</td>")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.That(listed.Keys, Is.EquivalentTo(Procedures().Select(c => (string)c.Arguments[0]!)), "the index lists every bundled procedure");
        Assert.Multiple(() =>
        {
            foreach (var (id, audience) in listed)
            {
                var expected = audience switch
                {
                    "Particuliers" => ProcedureInfo.Individuals,
                    "Entreprises" => ProcedureInfo.Professionals,
                    "Associations" => ProcedureInfo.Associations,
                    _ => $"(an audience the test does not know: « {audience} »)",
                };
                Assert.That(BrowserFixture.Bundled(id).Procedure.Public, Is.EqualTo(expected), $"{id}: listed for « {audience} »");
            }
        });
    }

    [TestCaseSource(nameof(Procedures))]
    public async Task The_walk_reaches_the_end_and_scores_as_documented(string id)
    {
        var scenario = BrowserFixture.Bundled(id);
        var before = BrowserFixture.Site.Submissions.Count(s => s.ProcedureId == id);

        var result = await BrowserFixture.Runner.ProbeAsync(scenario);

        Assert.That(result.FailureMessage, Is.Null, "the walk reaches stop_before");
        Assert.That(scenario.Expect, Is.Not.Null, "every bundled scenario documents its expected score");
        var fields = string.Join("\n", result.Decisions.Select(d => $"  {d.Page} | {d.FieldLabel} -> {d.ItemId} counted={d.Counted} ({d.Reason})"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured));
            Assert.That(result.Score.Counted.Select(c => c.ItemId), Is.EqualTo(scenario.Expect!.Items), fields);
            Assert.That(result.Score.Score, Is.EqualTo(scenario.Expect.Score));
            Assert.That(result.Score.Level, Is.EqualTo(scenario.Expect.Level));
            Assert.That(result.Drift, Is.Empty);
            Assert.That(result.Pages, Has.Count.GreaterThanOrEqualTo(2), "a multi-step procedure gives one evidence step per page");
            Assert.That(result.Pages.All(p => p.Screenshot is { Length: > 1000 }), Is.True, "every page has its screenshot");
        });
        Assert.That(BrowserFixture.Site.Submissions.Count(s => s.ProcedureId == id), Is.EqualTo(before), "no submission happened");
    }
}
