using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Every bundled scenario walked in Chromium against the demo site scores what the scenario expects, and submits nothing.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class BundledProcedureTests
{
    public static IEnumerable<TestCaseData> Procedures() =>
        ScenarioLoader.Discover([Repository.Scenarios]).Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName(Path.GetFileNameWithoutExtension(f)));

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
