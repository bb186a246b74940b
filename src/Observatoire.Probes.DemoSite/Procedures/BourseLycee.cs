using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Partiel (score 3), one page whose sections are shown by script: identity, income and household are
/// typed although the numéro fiscal (asked on the same page) would let the administration fetch them.
/// </summary>
internal static class BourseLycee
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "bourse-lycee",
        Title = "Demande de bourse de lycée",
        Mirrors = "Demande de bourse nationale de lycée (formulaire en ligne, Cerfa 15469, Éducation nationale)",
        Ministry = "Éducation nationale",
        Administration = "Ministère de l’Éducation nationale",
        ServiceName = "Bourse de lycée",
        Tagline = "Demande en ligne",
        Audience = "Particuliers",
        Flow = FlowKind.SinglePage,
        Intro = Intro(
            "La bourse de lycée est attribuée en fonction des ressources et des charges de la famille. La demande se fait une fois pour toute la scolarité au lycée.",
            "Le représentant légal d’un élève qui entre au lycée ou qui y est déjà scolarisé.",
            ["Votre avis d’imposition 2025 sur les revenus 2024", "Le numéro INE de l’élève (sur le bulletin scolaire)"],
            10),
        StartLabel = "Commencer la demande",
        Steps =
        [
            new StepDefinition(
                "Représentant légal",
                Civilite(),
                NomNaissance(),
                Prenoms(),
                Naissance(),
                Email(),
                Telephone(optional: true)),
            new StepDefinition(
                "Ressources du foyer",
                new TextField("numero-fiscal", "Numéro fiscal")
                {
                    Hint = "Il figure en haut à gauche de la première page de votre avis d’imposition. Format attendu : 13 chiffres",
                    InputMode = "numeric",
                    MaxLength = 17,
                    Check = Checks.NumeroFiscal,
                },
                Montant("revenu-fiscal", "Revenu fiscal de référence", "Il figure sur votre avis d’imposition 2025 sur les revenus 2024. " + MontantHint),
                new SelectField("enfants-charge", "Nombre d’enfants à charge",
                    new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3"), new Choice("4", "4"), new Choice("5", "5"), new Choice("6", "6 ou plus"))
                {
                    Hint = "Enfants mineurs, et enfants majeurs célibataires rattachés à votre foyer fiscal",
                }),
            new StepDefinition(
                "Élève",
                new TextField("ine", "Numéro INE de l’élève")
                {
                    Hint = "Identifiant national élève, il figure sur le bulletin scolaire. Format attendu : 10 chiffres et 1 lettre",
                    MaxLength = 11,
                    Check = Checks.Ine,
                },
                new RadioField("regime", "Régime de l’élève à la rentrée",
                    new Choice("externe", "Externe"), new Choice("demi-pensionnaire", "Demi-pensionnaire"), new Choice("interne", "Interne"))
                {
                    Inline = false,
                }),
        ],
    };
}
