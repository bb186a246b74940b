using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Tests.Reporting;

/// <summary>Fixed procedure results, so the files written from them can be compared with expected files.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset MeasuredAt = new(2026, 11, 28, 22, 0, 0, TimeSpan.Zero);
    private const long T0 = 1_795_000_000_000;

    private static ProcedureInfo Procedure(string id, string title) =>
        new(id, title, "Justice", "Service de l'accès au droit et à la justice", id == "aide-juridictionnelle" ? "4242" : null, "/" + id + "/", "Non", false, false);

    private static FieldDecision Decide(string page, string label, string input, string? value = null, string? hint = null) =>
        Classifier.Default.Classify(new FieldObservation { Id = label, Label = label, Input = input, Value = value, Hint = hint }) with { Page = page };

    public static ProcedureResult Faible()
    {
        var page1 = new List<FieldDecision>
        {
            Decide("Vous — Étape 1 sur 2", "Nom de naissance", "text"),
            Decide("Vous — Étape 1 sur 2", "Courriel", "email"),
            Decide("Vous — Étape 1 sur 2", "Numéro fiscal", "text"),
        };
        var page2 = new List<FieldDecision>
        {
            Decide("Vos ressources — Étape 2 sur 2", "Avis d’imposition", "file"),
            Decide("Vos ressources — Étape 2 sur 2", "Revenu fiscal de référence", "number"),
            Decide("Vos ressources — Étape 2 sur 2", "Justificatif de domicile de moins de 3 mois", "file"),
            Decide("Vos ressources — Étape 2 sur 2", "Quotient familial", "text"),
            Decide("Vos ressources — Étape 2 sur 2", "Adresse", "text", value: "20 avenue de Ségur", hint: "Donnée remplie automatiquement."),
        };
        var all = page1.Concat(page2).ToList();
        return new ProcedureResult
        {
            Procedure = Procedure("aide-juridictionnelle", "Demande d'aide juridictionnelle"),
            ScenarioFile = "/repo/scenarios/aide-juridictionnelle.yaml",
            PersonaId = "famille-dubois",
            Score = ProcedureScore.FromDecisions(all),
            Decisions = all,
            Pages =
            [
                new PageEvidence(0, "Vous — Étape 1 sur 2", "http://127.0.0.1:5080/aide-juridictionnelle/etape-1", [0x89, 0x50, 0x4E, 0x47], "- heading \"Vous\"", T0, T0 + 900, page1),
                new PageEvidence(1, "Vos ressources — Étape 2 sur 2", "http://127.0.0.1:5080/aide-juridictionnelle/etape-2", null, null, T0 + 900, T0 + 2000, page2),
            ],
            Steps =
            [
                new StepEvidence("fill label \"Nom de naissance\" with \"${nom}\"", "scenarios/aide-juridictionnelle.yaml:14:5", 0, true, null, T0 + 100, T0 + 200),
                new StepEvidence("click button \"Suivant\"", "scenarios/aide-juridictionnelle.yaml:15:5", 0, true, null, T0 + 200, T0 + 900),
                new StepEvidence("stop before button \"Envoyer ma demande\"", "scenarios/aide-juridictionnelle.yaml:19:5", 1, true, null, T0 + 1900, T0 + 2000),
            ],
            Drift = ["score attendu 4, mesuré 5"],
            MeasuredAt = MeasuredAt,
            Start = T0,
            Stop = T0 + 2000,
            StartUrl = "http://127.0.0.1:5080/aide-juridictionnelle/",
        };
    }

    public static ProcedureResult NotMeasured() => new()
    {
        Procedure = Procedure("logement-social", "Demande de logement social"),
        ScenarioFile = "/repo/scenarios/logement-social.yaml",
        PersonaId = "famille-dubois",
        Score = ProcedureScore.NotMeasured("SiteDown: HTTP 500"),
        Steps = [new StepEvidence("open /logement-social/", "scenarios/logement-social.yaml:1:1", 0, false, "scenarios/logement-social.yaml:1:1 : le site est en erreur (HTTP 500) à l'adresse http://127.0.0.1:5080/logement-social/", T0, T0 + 50)],
        FailureKind = FailureKind.SiteDown,
        FailureMessage = "scenarios/logement-social.yaml:1:1 : le site est en erreur (HTTP 500) à l'adresse http://127.0.0.1:5080/logement-social/",
        MeasuredAt = MeasuredAt,
        Start = T0,
        Stop = T0 + 50,
        StartUrl = "http://127.0.0.1:5080/logement-social/",
    };

    public static Holding? Unused => null;
}
