using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Faible (score 7), on an older, sloppier site: placeholder-only inputs, a label not linked to its input,
/// a label that is only a paragraph, and a tarteaucitron banner whose overlay blocks clicks until dismissed.
/// </summary>
internal static class LogementSocial
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "logement-social",
        Title = "Demande de logement social",
        Mirrors = "Demande de logement social en ligne (Service national d’enregistrement, Cerfa 14069)",
        Ministry = "Logement",
        Administration = "Ministère chargé du Logement (Service national d’enregistrement)",
        ServiceName = "Demande de logement social",
        Tagline = "Service national d’enregistrement",
        Audience = "Particuliers",
        Banner = ConsentBanner.Tarteaucitron,
        Intro = Intro(
            "Déposez ou renouvelez votre demande de logement social (HLM). Votre demande est enregistrée une fois pour toutes les communes de votre choix et reçoit un numéro unique.",
            "Toute personne majeure de nationalité française ou en situation régulière, dont les ressources ne dépassent pas les plafonds.",
            ["Une pièce d’identité", "Votre avis d’imposition 2025 sur les revenus 2024", "Le montant de vos prestations familiales"],
            25),
        Steps =
        [
            new StepDefinition(
                "Demandeur",
                new TextField("nom", "Nom de naissance") { LabelMode = LabelMode.PlaceholderOnly, Autocomplete = "family-name" },
                new TextField("prenom", "Prénom(s)") { LabelMode = LabelMode.PlaceholderOnly, Autocomplete = "given-name" },
                new TextField("naissance", "Date de naissance") { Type = "date", Hint = "Format attendu : JJ/MM/AAAA", Autocomplete = "bday" },
                new SelectField("situation-familiale", "Situation familiale", SituationsFamiliales),
                Email(),
                Telephone(optional: false)),
            new StepDefinition(
                "Adresse actuelle",
                new TextField("adresse-actuelle", "Adresse") { LabelMode = LabelMode.Unlinked, Hint = "Numéro et libellé de la voie", Autocomplete = "address-line1" },
                new TextField("code-postal-actuel", "Code postal") { LabelMode = LabelMode.PlaceholderOnly, InputMode = "numeric", MaxLength = 5, Check = Checks.CodePostal },
                new TextField("commune-actuelle", "Commune") { LabelMode = LabelMode.Paragraph },
                new RadioField("logement-actuel", "Vous êtes actuellement :",
                    new Choice("locataire-hlm", "Locataire d’un logement social"),
                    new Choice("locataire-prive", "Locataire du parc privé"),
                    new Choice("heberge", "Hébergé(e) chez un proche"),
                    new Choice("proprietaire", "Propriétaire"),
                    new Choice("sans-logement", "Sans logement"))
                {
                    Inline = false,
                }),
            new StepDefinition(
                "Foyer et ressources",
                Nombre("personnes", "Nombre de personnes qui vivront dans le logement", "Vous compris"),
                Montant("revenu-fiscal", "Revenu fiscal de référence 2024", "Il figure sur votre avis d’imposition 2025. Additionnez les montants de toutes les personnes qui vivront dans le logement. " + MontantHint),
                Montant("prestations", "Montant mensuel des prestations familiales perçues (CAF ou MSA)", "Allocations familiales, allocation de logement… Indiquez 0 si vous n’en percevez pas. " + MontantHint)),
            new StepDefinition(
                "Pièces justificatives",
                Upload("piece-identite", "Pièce d’identité", "Carte nationale d’identité, passeport ou titre de séjour en cours de validité."),
                Upload("avis-imposition", "Avis d’imposition 2025 sur les revenus 2024", "Avis de toutes les personnes qui vivront dans le logement.")),
            new StepDefinition(
                "Logement recherché",
                new TextField("communes-souhaitees", "Communes souhaitées") { Hint = "Jusqu’à 8 communes, séparées par des virgules" },
                new SelectField("type-logement", "Type de logement recherché",
                    new Choice("t1", "Studio (T1)"), new Choice("t2", "2 pièces (T2)"), new Choice("t3", "3 pièces (T3)"), new Choice("t4", "4 pièces (T4)"), new Choice("t5", "5 pièces et plus (T5)")),
                new SelectField("motif", "Motif principal de la demande",
                    new Choice("trop-petit", "Logement trop petit"),
                    new Choice("trop-cher", "Logement trop cher"),
                    new Choice("sans-logement", "Sans logement ou hébergé"),
                    new Choice("separation", "Divorce ou séparation"),
                    new Choice("rapprochement", "Rapprochement du lieu de travail"),
                    new Choice("autre", "Autre motif")),
                new TextField("precisions", "Précisions sur votre situation") { Rows = 4, Optional = true }),
        ],
    };
}
