using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Faible (score 7): everything is typed or uploaded. Has a honeypot, "Enregistrer et continuer plus tard",
/// a visible session time limit and a tarteaucitron banner.
/// </summary>
internal static class Rsa
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "rsa",
        Title = "Demande de revenu de solidarité active (RSA)",
        Mirrors = "Demande de RSA en ligne (caf.fr, Caisse nationale des allocations familiales)",
        Ministry = "Solidarités",
        Administration = "Caisse nationale des allocations familiales",
        ServiceName = "Caisse d’allocations familiales",
        Tagline = "Faire une demande de prestation",
        Audience = "Particuliers",
        Banner = ConsentBanner.Tarteaucitron,
        DraftButton = true,
        SessionNotice = true,
        Intro = Intro(
            "Le revenu de solidarité active (RSA) assure aux personnes sans ressources un niveau minimum de revenu, qui varie selon la composition du foyer.",
            "Les personnes de 25 ans ou plus (ou plus jeunes sous conditions) résidant en France, dont les ressources sont inférieures au montant forfaitaire.",
            ["Une pièce d’identité", "Un justificatif de domicile", "Vos ressources des 3 derniers mois", "Un relevé d’identité bancaire"],
            30),
        Steps =
        [
            new StepDefinition(
                "Vous",
                Civilite(),
                NomNaissance(),
                new TextField("nom-usage", "Nom d’usage") { Optional = true, Hint = "Par exemple le nom de votre époux ou épouse" },
                Prenoms(),
                Naissance(),
                new TextField("commune-naissance", "Commune de naissance") { Hint = "Pour une naissance à l’étranger, indiquez la ville et le pays" },
                new TextField("nir", "Numéro de sécurité sociale") { Hint = "Il figure sur votre carte Vitale. Format attendu : 15 chiffres", InputMode = "numeric", MaxLength = 21, Check = Checks.Nir },
                Email(),
                Telephone(optional: false),
                new Honeypot("site_web")),
            new StepDefinition(
                "Votre situation",
                new SelectField("situation-familiale", "Situation familiale", SituationsFamiliales),
                Nombre("enfants-charge", "Nombre d’enfants à charge", "Indiquez 0 si vous n’avez pas d’enfant à charge"),
                new RadioField("france-travail", "Êtes-vous inscrit(e) à France Travail ?", OuiNon),
                new ShownWhen("bloc-france-travail", "france-travail", "oui",
                    new TextField("identifiant-france-travail", "Identifiant France Travail") { Hint = "Il figure sur vos courriers France Travail. Format attendu : 7 chiffres suivis d’une lettre", MaxLength = 8, Check = Checks.IdentifiantFranceTravail })),
            new StepDefinition(
                "Votre logement",
                new Group("adresse-logement", "Adresse de votre logement", Adresse()),
                new RadioField("statut-logement", "Vous êtes :",
                    new Choice("locataire", "Locataire"),
                    new Choice("proprietaire", "Propriétaire"),
                    new Choice("heberge", "Hébergé(e) gratuitement"),
                    new Choice("sans-domicile", "Sans domicile stable"))
                {
                    Inline = false,
                }),
            new StepDefinition(
                "Vos ressources des 3 derniers mois",
                Montant("salaires", "Total des salaires nets perçus au cours des 3 derniers mois", "Indiquez 0 si vous n’avez pas perçu de salaire. " + MontantHint),
                Montant("allocations-chomage", "Allocations chômage perçues au cours des 3 derniers mois", "Indiquez 0 si vous n’en avez pas perçu. " + MontantHint)),
            new StepDefinition(
                "Pièces justificatives",
                Upload("piece-identite", "Pièce d’identité", "Carte nationale d’identité (recto-verso), passeport ou titre de séjour."),
                Upload("justificatif-domicile", "Justificatif de domicile de moins de 3 mois", "Facture d’énergie, quittance de loyer ou attestation d’hébergement."),
                Upload("rib", "Relevé d’identité bancaire (RIB)", "À votre nom.")),
        ],
    };
}
