using System.Globalization;
using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Optimal (score 1): FranceConnect with a private service provider (explicit consent checkbox); identity
/// pre-filled but editable, household pre-filled from the CAF ("Vivez-vous en couple ?" already answered,
/// so the spouse block stays hidden); only the activity income of the last 12 months is typed.
/// </summary>
internal static class ComplementaireSanteSolidaire
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "complementaire-sante-solidaire",
        Title = "Demande de Complémentaire santé solidaire",
        Mirrors = "Demande de Complémentaire santé solidaire en ligne (compte ameli, Assurance Maladie)",
        Ministry = "Santé",
        Administration = "Caisse nationale de l’Assurance Maladie",
        ServiceName = "Compte ameli",
        Tagline = "L’Assurance Maladie",
        Audience = "Particuliers",
        SignIn = SignIn.FranceConnectRequired,
        FranceConnectConsent = true,
        Intro = Intro(
            "La Complémentaire santé solidaire prend en charge la part de vos dépenses de santé qui n’est pas remboursée par l’Assurance Maladie. Selon vos ressources, elle est gratuite ou coûte moins de 1 € par jour et par personne.",
            "Toute personne affiliée à l’Assurance Maladie dont les ressources ne dépassent pas les plafonds.",
            ["Votre compte FranceConnect", "Le montant de vos revenus des 12 derniers mois"],
            10),
        Steps =
        [
            new StepDefinition(
                "Votre identité",
                Received(IdentityReceived),
                new RadioField("sexe", "Sexe", new Choice("feminin", "Féminin"), new Choice("masculin", "Masculin")) { PrefillFrom = s => s.Identity is null ? null : s.Identity.Gender == "female" ? "feminin" : "masculin" },
                NomNaissance(prefill: s => s.Identity?.FamilyName),
                Prenoms(prefill: s => s.Identity?.GivenName),
                Naissance(prefill: s => s.Identity?.Birthdate),
                new TextField("nir", "Numéro de sécurité sociale")
                {
                    Hint = "Il figure sur votre carte Vitale. Format attendu : 15 chiffres",
                    InputMode = "numeric",
                    MaxLength = 21,
                    Check = Checks.Nir,
                },
                Email(s => s.Identity?.Email),
                Telephone(optional: true)),
            new StepDefinition(
                "Votre foyer",
                Received(s => s.Household is null ? null : $"Des données concernant les allocataires, les enfants liées au compte n° {s.Household.Allocataire} avec le code postal {s.Household.PostalCode} ont été reçues depuis la CAF."),
                new TextField("personnes-foyer", "Nombre de personnes composant votre foyer") { PrefillFrom = s => s.Household?.Persons.ToString(CultureInfo.InvariantCulture), ReadOnly = true },
                new TextField("enfant-1", "Enfant à charge") { PrefillFrom = s => s.Household?.FirstChild is { } c ? $"{c.GivenName} {c.FamilyName}, né(e) le {FrenchDate(c.Birthdate)}" : null, ReadOnly = true },
                new RadioField("couple", "Vivez-vous en couple ?", OuiNon) { Hint = "Mariage, PACS ou concubinage", PrefillFrom = s => s.Household is null ? null : s.Household.Couple ? "oui" : "non" },
                new ShownWhen("bloc-conjoint", "couple", "oui",
                    new Group("conjoint", "Votre conjoint(e)",
                        new TextField("conjoint-nom", "Nom de naissance du conjoint") { Autocomplete = "off" },
                        new TextField("conjoint-prenoms", "Prénom(s) du conjoint") { Autocomplete = "off" },
                        new DateField("conjoint-naissance", "Date de naissance du conjoint"),
                        new TextField("conjoint-nir", "Numéro de sécurité sociale du conjoint") { InputMode = "numeric", MaxLength = 21, Check = Checks.Nir }))),
            new StepDefinition(
                "Vos ressources",
                Montant("revenus-activite", "Montant total de vos revenus d’activité perçus au cours des 12 derniers mois", "Salaires nets imposables, indemnités journalières, revenus d’indépendant. " + MontantHint),
                new RadioField("pension", "Percevez-vous une pension alimentaire ?", OuiNon),
                new ShownWhen("bloc-pension", "pension", "oui",
                    Montant("pension-montant", "Montant mensuel de la pension alimentaire"))),
            new StepDefinition(
                "Choix de l’organisme",
                new RadioField("organisme", "Qui gérera votre Complémentaire santé solidaire ?",
                    new Choice("caisse", "Ma caisse d’assurance maladie"),
                    new Choice("complementaire", "Un organisme complémentaire (mutuelle, assurance, institution de prévoyance)"))
                {
                    Inline = false,
                },
                new ShownWhen("bloc-organisme", "organisme", "complementaire",
                    new SelectField("organisme-nom", "Organisme complémentaire",
                        new Choice("mutuelle-a", "Mutuelle des Fonctionnaires de démonstration"),
                        new Choice("mutuelle-b", "Mutuelle Générale de démonstration"),
                        new Choice("assurance-c", "Assurance Santé de démonstration")))),
        ],
    };
}
