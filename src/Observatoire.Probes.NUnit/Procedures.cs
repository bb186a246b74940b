using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
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
        var settings = ProbeSession.Settings;
        var set = ScenarioSet.Load([ProbeSession.FromRoot(settings.Scenarios)], RunnerOptions.LoadCatalogue(settings), settings);
        var valid = set.Valid.ToDictionary(s => s.File, StringComparer.Ordinal);
        var unreadable = set.Unreadable.ToDictionary(u => u.File, StringComparer.Ordinal);
        foreach (var file in set.Files)
        {
            if (valid.TryGetValue(file, out var scenario))
            {
                yield return new TestCaseData(scenario, null, null).SetName(scenario.Procedure.Id).SetCategory("Probe").SetCategory(scenario.Procedure.Ministry)
                    .SetDescription(scenario.Procedure.Title).SetProperty("Administration", scenario.Procedure.Administration).SetProperty("Public", scenario.Procedure.Public);
            }
            else
            {
                var problems = string.Join("\n", set.Problems.Where(p => Path.GetFullPath((p.IncludedAt ?? p.Position).File) == file));
                yield return new TestCaseData(null, problems, unreadable.GetValueOrDefault(file)).SetName(Path.GetFileNameWithoutExtension(file)).SetCategory("Probe");
            }
        }
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Procedure(Scenario? scenario, string? problems, UnreadableScenario? unreadable)
    {
        Interlocked.Increment(ref ProbeSession.Asked);
        if (scenario is null)
        {
            // Its procedure is in the export and the morning review as « Scénario à corriger », as after probes run.
            if (unreadable is not null)
            {
                ProbeSession.Runner.RecordUnreadable(unreadable);
            }

            Assert.Fail("Invalid scenario:\n" + problems);
        }

        var result = await ProbeSession.Runner.ProbeAsync(scenario!);
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
