using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Faible (score 8): identity, household, address, income and benefits are typed, then the tax notice,
/// an identity document and a proof of address are uploaded. FranceConnect is offered but optional.
/// </summary>
internal static class AideJuridictionnelle
{
    private static readonly Choice[] Pays =
    [
        new("france", "France"), new("algerie", "Algérie"), new("maroc", "Maroc"), new("tunisie", "Tunisie"),
        new("portugal", "Portugal"), new("belgique", "Belgique"), new("autre", "Autre pays"),
    ];

    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "aide-juridictionnelle",
        Title = "Demande d’aide juridictionnelle",
        Mirrors = "Demande d’aide juridictionnelle en ligne (SIAJ, Cerfa 16146, ministère de la Justice)",
        Ministry = "Justice",
        Administration = "Ministère de la Justice",
        ServiceName = "Aide juridictionnelle en ligne",
        Tagline = "Ministère de la Justice",
        Audience = "Particuliers",
        SignIn = SignIn.FranceConnectOptional,
        Intro = Intro(
            "L’aide juridictionnelle permet la prise en charge par l’État de tout ou partie des frais de justice (avocat, huissier, expertise) si vos ressources sont faibles.",
            "Toute personne dont les ressources ne dépassent pas les plafonds, pour une procédure devant une juridiction française.",
            ["Une pièce d’identité", "Votre dernier avis d’imposition ou de non-imposition", "Un justificatif de domicile de moins de 3 mois", "Les documents relatifs à votre affaire"],
            20),
        Steps =
        [
            new StepDefinition(
                "Votre identité",
                Received(IdentityReceived),
                Civilite(s => s.Identity is null ? null : s.Identity.Gender == "female" ? "madame" : "monsieur"),
                NomNaissance(prefill: s => s.Identity?.FamilyName),
                new TextField("nom-usage", "Nom d’usage") { Optional = true, Hint = "Par exemple le nom de votre époux ou épouse", PrefillFrom = s => s.Identity?.PreferredUsername },
                Prenoms(prefill: s => s.Identity?.GivenName),
                Naissance(prefill: s => s.Identity?.Birthdate),
                new TextField("commune-naissance", "Commune de naissance") { PrefillFrom = s => s.Identity?.BirthplaceName },
                new SelectField("pays-naissance", "Pays de naissance", Pays) { PrefillFrom = s => s.Identity is null ? null : s.Identity.Birthcountry == "99100" ? "france" : "autre" }),
            new StepDefinition(
                "Votre situation familiale",
                new SelectField("situation-familiale", "Situation familiale", SituationsFamiliales),
                new RadioField("couple", "Vivez-vous en couple ?", OuiNon) { Hint = "Mariage, PACS ou concubinage" },
                new ShownWhen("bloc-conjoint", "couple", "oui",
                    new Group("conjoint", "Votre conjoint, partenaire ou concubin",
                        new TextField("conjoint-nom", "Nom de naissance du conjoint") { Autocomplete = "off" },
                        new TextField("conjoint-prenoms", "Prénom(s) du conjoint") { Autocomplete = "off" },
                        new DateField("conjoint-naissance", "Date de naissance du conjoint"))),
                Nombre("personnes-charge", "Nombre de personnes à votre charge", "Enfants et autres personnes vivant avec vous dont vous assumez la charge. Indiquez 0 si aucune.")),
            new StepDefinition(
                "Vos coordonnées",
                new Group("adresse-domicile", "Adresse de votre domicile", Adresse()),
                Email(),
                Telephone(optional: true)),
            new StepDefinition(
                "Vos ressources",
                new TextField("numero-fiscal", "Numéro fiscal")
                {
                    Optional = true,
                    Hint = "Il permet au bureau d’aide juridictionnelle de consulter vos revenus. Format attendu : 13 chiffres",
                    InputMode = "numeric",
                    MaxLength = 17,
                    Check = Checks.NumeroFiscal,
                },
                Montant("revenu-fiscal", "Revenu fiscal de référence 2024", "Il figure sur votre avis d’imposition 2025. " + MontantHint),
                new CheckboxGroupField("allocations", "Percevez-vous l’une des allocations suivantes ?",
                    new Choice("rsa", "Revenu de solidarité active (RSA)"),
                    new Choice("aspa", "Allocation de solidarité aux personnes âgées (ASPA)"),
                    new Choice("asi", "Allocation supplémentaire d’invalidité (ASI)"),
                    new Choice("aucune", "Aucune de ces allocations"))
                {
                    Hint = "Cochez toutes les réponses qui s’appliquent",
                }),
            new StepDefinition(
                "Pièces justificatives",
                Paragraph("Ajoutez une copie lisible de chaque pièce. Les pièces manquantes retardent l’instruction de votre demande."),
                Upload("piece-identite", "Pièce d’identité", "Carte nationale d’identité (recto-verso), passeport ou titre de séjour."),
                Upload("avis-imposition", "Avis d’imposition ou de non-imposition 2025", "Toutes les pages de l’avis."),
                Upload("justificatif-domicile", "Justificatif de domicile de moins de 3 mois", "Facture d’électricité, de gaz, d’eau ou de téléphone, quittance de loyer."),
                Upload("documents-affaire", "Documents relatifs à votre affaire", "Convocation, jugement, courrier de l’avocat…", optional: true)),
            new StepDefinition(
                "Votre affaire",
                new SelectField("nature-affaire", "Nature de l’affaire",
                    new Choice("divorce", "Divorce ou séparation"),
                    new Choice("travail", "Litige avec un employeur (conseil de prud’hommes)"),
                    new Choice("logement", "Litige lié au logement"),
                    new Choice("penal", "Affaire pénale (victime)"),
                    new Choice("autre", "Autre")),
                new TextField("juridiction", "Juridiction saisie ou à saisir") { Hint = "Exemple : tribunal judiciaire de Paris" },
                new TextField("expose", "Exposé de votre affaire") { Rows = 6, Hint = "Décrivez brièvement votre situation et ce que vous demandez." },
                new RadioField("assurance", "Disposez-vous d’une assurance de protection juridique ?", OuiNon) { Hint = "Elle figure souvent dans les contrats d’assurance habitation ou automobile." }),
        ],
    };
}
