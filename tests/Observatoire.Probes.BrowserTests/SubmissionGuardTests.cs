using Observatoire.Probes.Browser;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.BrowserTests;

/// <summary>A probe never submits a real application: only a scenario that targets a test environment may.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class SubmissionGuardTests
{
    private const string Procedure = "cheque-energie";

    private static Scenario ClickingTheFinalButton(bool testEnvironment)
    {
        var scenario = BrowserFixture.Bundled(Procedure);
        var stop = scenario.Steps[^1];
        Assert.That(stop.Kind, Is.EqualTo(StepKind.StopBefore));
        return scenario with
        {
            Procedure = scenario.Procedure with { TestEnvironment = testEnvironment },
            Steps = [.. scenario.Steps.SkipLast(1), stop with { Kind = StepKind.Click }],
        };
    }

    [Test]
    public async Task Clicking_the_final_button_is_refused_and_nothing_is_submitted()
    {
        var before = BrowserFixture.Site.Submissions.Count;

        var result = await BrowserFixture.Runner.ProbeAsync(ClickingTheFinalButton(testEnvironment: false));

        Assert.That(result.FailureKind, Is.EqualTo(nameof(FailureKind.SubmissionRefused)));
        Assert.That(result.FailureMessage, Does.Contain("it would submit the application").And.Contain("stop_before"));
        Assert.That(BrowserFixture.Site.Submissions, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task A_test_environment_scenario_may_submit()
    {
        var before = BrowserFixture.Site.Submissions.Count(s => s.ProcedureId == Procedure);

        var result = await BrowserFixture.Runner.ProbeAsync(ClickingTheFinalButton(testEnvironment: true));

        Assert.That(result.FailureMessage, Is.Null);
        Assert.That(BrowserFixture.Site.Submissions.Count(s => s.ProcedureId == Procedure), Is.EqualTo(before + 1), "the demo site records the submission: the guard is what stops the others");
    }

    [TestCase("Envoyer ma demande", true)]
    [TestCase("Déposer le dossier", true)]
    [TestCase("Valider ma demande", true)]
    [TestCase("Suivant", false)]
    [TestCase("Valider", false)]
    [TestCase("Continuer", false)]
    public void Final_submission_wording_is_recognised(string name, bool final) =>
        Assert.That(ScenarioWalker.IsFinalSubmission(name), Is.EqualTo(final));
}
