using Observatoire.Probes.Runner;
using Observatoire.Probes.Results;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>A probe never submits a real application: only a scenario that targets a test environment may.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class SubmissionGuardTests
{
    private const string Procedure = "cheque-energie";

    // Its own demo site: the submission counter must see this fixture's walks only.
    private ProbeRunner _runner = null!;

    private DemoSite.DemoSite Site => _runner.Demo!;

    [OneTimeSetUp]
    public async Task StartAsync() => _runner = await ProbeRunner.StartAsync(BrowserFixture.Options());

    [OneTimeTearDown]
    public async Task StopAsync() => await _runner.DisposeAsync();

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
        var before = Site.Submissions.Count;

        var result = await _runner.ProbeAsync(ClickingTheFinalButton(testEnvironment: false));

        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.SubmissionRefused));
        Assert.That(result.FailureMessage, Does.Contain("il enverrait la demande").And.Contain("stop_before"));
        Assert.That(Site.Submissions, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task A_test_environment_scenario_may_submit()
    {
        var before = Site.Submissions.Count(s => s.ProcedureId == Procedure);

        var result = await _runner.ProbeAsync(ClickingTheFinalButton(testEnvironment: true));

        Assert.That(result.FailureMessage, Is.Null);
        Assert.That(Site.Submissions.Count(s => s.ProcedureId == Procedure), Is.EqualTo(before + 1), "the demo site records the submission: the guard is what stops the others");
    }

    /// <summary>
    /// The recap page of the demo site with a trap planted (<c>?piege=…</c>): a harmless-looking button whose script
    /// submits the final form without its button, or a text field where Enter submits it. The single-page form of
    /// bourse-lycee names its final button "action", which hides the form's URL from a script reading <c>form.action</c>.
    /// </summary>
    private static Scenario Trapped(string trap, bool testEnvironment, string procedure = Procedure)
    {
        var scenario = BrowserFixture.WithStart(BrowserFixture.Bundled(procedure), "?piege=" + trap);
        var stop = scenario.Steps[^1];
        ScenarioStep[] trigger = trap == "enter"
            ?
            [
                new(StepKind.Fill, stop.Position, new Target(TargetKind.Label, "Code de parrainage"), "PARRAIN"),
                new(StepKind.Press, stop.Position, new Target(TargetKind.Label, "Code de parrainage"), "Enter"),
            ]
            : [new(StepKind.Click, stop.Position, new Target(TargetKind.Button, "Vérifier mes réponses"), null)];
        return scenario with
        {
            Procedure = scenario.Procedure with { TestEnvironment = testEnvironment },
            Steps = [.. scenario.Steps.SkipLast(1), .. trigger, stop],
        };
    }

    // form.submit() and a script's fetch reach the network, where the final form's target is refused; requestSubmit() and
    // Enter fire the form's `submit` event, stopped in the page before any script of the site sees it (a site may send the
    // form itself from there, to an address the guard does not know: Contact Form 7).
    [TestCase("form-submit", Procedure, "POST ", "/envoyer")]
    [TestCase("request-submit", Procedure, "envoi par le script de la page", "formulaire de « Envoyer ma demande »")]
    [TestCase("fetch", Procedure, "POST ", "/envoyer")]
    [TestCase("enter", Procedure, "envoi par le script de la page", "formulaire de « Envoyer ma demande »")]
    [TestCase("form-submit", "bourse-lycee", "POST ", "/formulaire")]
    [TestCase("fetch", "bourse-lycee", "POST ", "/formulaire")]
    public async Task A_submission_by_any_path_is_blocked_and_ends_the_walk(string trap, string procedure, string how, string target)
    {
        var before = Site.Submissions.Count(s => s.ProcedureId == procedure);

        var result = await _runner.ProbeAsync(Trapped(trap, testEnvironment: false, procedure));

        Assert.Multiple(() =>
        {
            Assert.That(Site.Submissions.Count(s => s.ProcedureId == procedure), Is.EqualTo(before), "nothing reached the site");
            Assert.That(result.FailureKind, Is.EqualTo(FailureKind.SubmissionRefused), result.FailureMessage);
            Assert.That(result.FailureMessage, Does.Contain("la sonde a bloqué la requête, rien n'a été envoyé").And.Contain(how).And.Contain(target));
            Assert.That(result.Score.Level, Is.EqualTo("À venir"));
            // The browser's own error page for the aborted request is no page of the procedure: the recap as filled is the last.
            Assert.That(result.Pages.Select(p => p.Url), Has.None.StartsWith("chrome-error:"));
            Assert.That(result.Pages[^1].Screenshot, Is.Not.Null, "the recap's evidence");
        });
    }

    [Test]
    public async Task A_draft_the_page_saves_after_each_answer_reaches_the_site_and_the_walk_goes_on()
    {
        // bourse-lycee's single page saves each answer as Démarche Numérique does: a POST to the form's own target
        // that declares itself a PATCH. The same target's plain POST is the final submission, still blocked.
        bool IsDraftSave(DemoSite.DemoRequest r) => r is { Method: "POST", Path: "/bourse-lycee/formulaire", Status: 204 };
        var (submissions, saves) = (Site.Submissions.Count(s => s.ProcedureId == "bourse-lycee"), Site.Requests.Count(IsDraftSave));

        var result = await _runner.ProbeAsync(BrowserFixture.Bundled("bourse-lycee"));

        Assert.Multiple(() =>
        {
            Assert.That(result.FailureMessage, Is.Null);
            Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured));
            Assert.That(Site.Requests.Count(IsDraftSave), Is.GreaterThan(saves), "the page's draft saves reached the site");
            Assert.That(Site.Submissions.Count(s => s.ProcedureId == "bourse-lycee"), Is.EqualTo(submissions), "nothing was submitted");
        });
    }

    [TestCase("form-submit", Procedure)]
    [TestCase("request-submit", Procedure)]
    [TestCase("fetch", Procedure)]
    [TestCase("enter", Procedure)]
    [TestCase("form-submit", "bourse-lycee")]
    [TestCase("fetch", "bourse-lycee")]
    public async Task Each_trap_does_submit_when_nothing_guards_it(string trap, string procedure)
    {
        var before = Site.Submissions.Count(s => s.ProcedureId == procedure);

        await _runner.ProbeAsync(Trapped(trap, testEnvironment: true, procedure));

        Assert.That(Site.Submissions.Count(s => s.ProcedureId == procedure), Is.EqualTo(before + 1), "the trap is real: only the guard stops it");
    }

    [TestCase("javascript:document.forms[0].submit()", "impossible d'ouvrir `javascript:document.forms[0].submit()` : le schéma `javascript:` n'est pas permis")]
    [TestCase("file:///etc/passwd", "le schéma `file:` n'est pas permis")]
    [TestCase("https://evil.example/", "impossible d'ouvrir `https://evil.example/` : l'adresse quitte le site de la démarche (127.0.0.1) pour evil.example")]
    public async Task A_goto_outside_the_procedure_site_is_refused_at_run_time(string url, string message)
    {
        var scenario = BrowserFixture.Bundled(Procedure);
        var stop = scenario.Steps[^1];
        scenario = scenario with { Steps = [scenario.Steps[0], new(StepKind.Goto, stop.Position, null, url), stop] };

        var result = await _runner.ProbeAsync(scenario);

        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.ScenarioError));
        Assert.That(result.FailureMessage, Does.Contain(message));
        Assert.That(result.Pages.SelectMany(p => p.Fields).Select(f => f.FieldLabel), Has.None.Contains("root"), "nothing of the file reached the evidence");
    }

    [TestCase("Envoyer ma demande", true)]
    [TestCase("Déposer le dossier", true)]
    [TestCase("Valider ma demande", true)]
    [TestCase("Suivant", false)]
    [TestCase("Valider", false)]
    [TestCase("Continuer", false)]
    [TestCase("Envoyer le dossier", true)]
    [TestCase("Transmettre les pièces justificatives", true)]
    [TestCase("Envoyer le code de vérification", false)]
    [TestCase("Renvoyer un nouveau code", false)]
    [TestCase("Envoyer un lien de connexion", false)]
    [TestCase("Soumettre le code", true)]
    [TestCase("Envoyer le code au mandataire désigné", false)]
    [TestCase("Envoyer le lien de connexion à mon espace demandeur", false)]
    [TestCase("Envoyer le code et valider ma candidature", true)]
    [TestCase("Envoyer le code et signer ma demande", true)]
    [TestCase("Je valide ma déclaration", true)]
    [TestCase("Valider ma déclaration", true)]
    [TestCase("Confirmer ma demande", true)]
    [TestCase("Je signe ma déclaration", true)]
    [TestCase("Finaliser ma demande", true)]
    [TestCase("Valider mon inscription", true)]
    [TestCase("Je certifie et j'envoie", true)]
    [TestCase("Valider et continuer", false)]
    [TestCase("Continuer avec ces informations", false)]
    [TestCase("Envoyer le code de signature de ma demande", true)]
    public void Final_submission_wording_is_recognised(string name, bool final) =>
        Assert.That(ScenarioWalker.IsFinalSubmission(name), Is.EqualTo(final));
}
