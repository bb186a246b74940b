using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Faible (score 5): the RNA number is asked, then the RNA record is re-typed and the statutes and prefecture
/// receipt uploaded, with the manager's identity, the accounts, the URSSAF certificate and the State grant
/// already received. Has a honeypot.
/// </summary>
internal static class SubventionAssociation
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "subvention-association",
        Title = "Demande de subvention pour une association",
        Mirrors = "Demande de subvention sur Le Compte Asso (Cerfa 12156, ministère chargé de la vie associative)",
        Ministry = "Sports, Jeunesse et Vie associative",
        Administration = "Direction de la jeunesse, de l’éducation populaire et de la vie associative (DJEPVA)",
        ServiceName = "Le Compte Asso",
        Tagline = "Demande de subvention",
        Audience = "Associations",
        Intro = Intro(
            "Demandez une subvention de fonctionnement ou de projet auprès des services de l’État. La demande vaut dossier Cerfa 12156.",
            "Les associations déclarées, inscrites au répertoire national des associations (RNA).",
            ["Le numéro RNA de l’association", "Les statuts et le récépissé de déclaration en préfecture", "Les comptes approuvés du dernier exercice", "Le budget prévisionnel de l’action", "Un relevé d’identité bancaire"],
            30),
        Steps =
        [
            new StepDefinition(
                "Identification de l’association",
                new TextField("rna", "Numéro RNA") { Hint = "Format attendu : W suivi de 9 chiffres. Exemple : W751234567", MaxLength = 10, Check = Checks.Rna },
                new TextField("siret", "Numéro SIRET") { Optional = true, Hint = "Format attendu : 14 chiffres", InputMode = "numeric", MaxLength = 17, Check = Checks.Siret },
                new TextField("nom-association", "Nom de l’association") { Hint = "Tel qu’il figure dans les statuts" },
                new TextField("objet", "Objet de l’association") { Rows = 3, Hint = "Tel qu’il figure dans les statuts" },
                new DateField("publication-jo", "Date de publication au Journal officiel") { Hint = "Exemple : 14 12 1984" },
                new Honeypot("site_web")),
            new StepDefinition(
                "Représentant légal",
                new TextField("representant-nom", "Nom") { Autocomplete = "family-name" },
                new TextField("representant-prenom", "Prénom") { Autocomplete = "given-name" },
                new SelectField("fonction", "Fonction dans l’association",
                    new Choice("president", "Président(e)"), new Choice("tresorier", "Trésorier(e)"), new Choice("secretaire", "Secrétaire"), new Choice("autre", "Autre membre du bureau")),
                Email(),
                Telephone(optional: false)),
            new StepDefinition(
                "Moyens et comptes",
                Nombre("salaries", "Nombre de salariés", "En équivalent temps plein au dernier exercice clos"),
                Montant("benevoles", "Nombre de bénévoles", "Bénévoles réguliers au cours de l’année"),
                Montant("produits", "Total des produits du dernier exercice clos", "Montant en euros figurant au compte de résultat. " + MontantHint),
                new RadioField("subvention-etat", "Avez-vous reçu une subvention de l’État au cours de l’année précédente ?", OuiNon),
                new ShownWhen("bloc-subvention", "subvention-etat", "oui",
                    Montant("subvention-montant", "Montant de la subvention reçue (en euros)"),
                    new TextField("subvention-service", "Service de l’État attributaire") { Hint = "Exemple : service départemental à la jeunesse, à l’engagement et aux sports (SDJES)" })),
            new StepDefinition(
                "Projet",
                new TextField("action-intitule", "Intitulé de l’action"),
                new TextField("action-description", "Description de l’action") { Rows = 6, Hint = "Objectifs, public visé, lieux et dates de réalisation" },
                Montant("montant-demande", "Montant de la subvention demandée (en euros)"),
                Upload("budget-previsionnel", "Budget prévisionnel de l’action")),
            new StepDefinition(
                "Pièces justificatives",
                Upload("statuts", "Statuts en vigueur, datés et signés"),
                Upload("recepisse", "Récépissé de déclaration en préfecture"),
                Upload("comptes", "Comptes approuvés du dernier exercice clos"),
                Upload("attestation-urssaf", "Attestation de vigilance URSSAF de moins de 6 mois"),
                Upload("rapport-activite", "Rapport d’activité du dernier exercice"),
                Upload("rib", "Relevé d’identité bancaire (RIB) de l’association")),
        ],
    };
}
