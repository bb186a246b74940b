using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.NUnit;

/// <summary>
/// One test case per scenario file. Filter with `--filter "Name=rsa"` (a procedure) or
/// `--filter "TestCategory=Justice"` (a ministry). An invalid file is a failing case that prints its errors.
/// </summary>
[TestFixture]
[Category("Probe")]
[Parallelizable(ParallelScope.Children)]
public sealed class Procedures
{
    public static IEnumerable<TestCaseData> Scenarios()
    {
        var folder = Path.IsPathRooted(ProbeSession.Settings.Scenarios)
            ? ProbeSession.Settings.Scenarios
            : Path.Combine(ProbeSession.RepositoryRoot, ProbeSession.Settings.Scenarios);
        foreach (var result in ScenarioLoader.LoadAll(ScenarioLoader.Discover([folder])))
        {
            var name = result.Scenario?.Procedure.Id ?? Path.GetFileNameWithoutExtension(result.File);
            var data = new TestCaseData(result).SetName(name).SetCategory("Probe");
            if (result.Scenario is { } s)
            {
                data.SetCategory(s.Procedure.Ministry).SetDescription(s.Procedure.Title).SetProperty("Administration", s.Procedure.Administration);
            }

            yield return data;
        }
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Procedure(LoadResult loaded)
    {
        if (!loaded.IsValid)
        {
            Assert.Fail("Invalid scenario:\n" + string.Join("\n", loaded.Diagnostics));
        }

        var result = await ProbeSession.Runner.ProbeAsync(loaded.Scenario!);
        ProbeSession.Record(result);
        var verdict = Verdict.Of(result);
        foreach (var c in result.Score.Counted)
        {
            TestContext.Out.WriteLine($"{c.ItemId}: {string.Join(" ; ", c.Fields)}");
        }

        switch (verdict.Status)
        {
            case VerdictStatus.Passed:
                Assert.Pass(verdict.Message);
                break;
            case VerdictStatus.Failed:
                Assert.Fail(verdict.Message);
                break;
            case VerdictStatus.Skipped:
                Assert.Ignore(verdict.Message);
                break;
            default:
                Assert.Inconclusive(verdict.Message);
                break;
        }
    }
}
