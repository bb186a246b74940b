using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Optimal (score 0): FranceConnect, then identity, address, income and the pupil's schooling arrive
/// pre-filled and read-only; only contact details and bank details (not held) are asked.
/// </summary>
internal static class BourseCollege
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "bourse-college",
        Title = "Demande de bourse de collège",
        Mirrors = "Demande de bourse de collège en ligne (Scolarité services, Éducation nationale)",
        Ministry = "Éducation nationale",
        Administration = "Ministère de l’Éducation nationale",
        ServiceName = "Scolarité services",
        Tagline = "Ministère de l’Éducation nationale",
        Audience = "Particuliers",
        SignIn = SignIn.FranceConnectRequired,
        Banner = ConsentBanner.Dsfr,
        Intro = Intro(
            "La bourse de collège aide les familles à financer les frais de scolarité de leurs enfants. Son montant dépend des ressources et des charges de la famille.",
            "Le représentant légal d’un élève scolarisé dans un collège public ou privé sous contrat.",
            ["Votre compte FranceConnect (impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste…)", "Un relevé d’identité bancaire"],
            5),
        Steps =
        [
            new StepDefinition(
                "Vos informations",
                Received(IdentityReceived),
                Received(s => s.Household is null ? null : $"Des données concernant le déclarant 1, le foyer fiscal, l’adresse liées au déclarant n° {s.Household.NumeroFiscal} avec la référence d’avis {s.Household.ReferenceAvis} ont été reçues depuis la DGFiP."),
                new Group("responsable", "Représentant légal",
                    NomNaissance(prefill: s => s.Identity?.FamilyName, readOnly: true),
                    Prenoms(prefill: s => s.Identity?.GivenName, readOnly: true),
                    Naissance(prefill: s => s.Identity?.Birthdate, readOnly: true),
                    new TextField("sexe", "Sexe") { PrefillFrom = Sexe, ReadOnly = true }),
                new Group("adresse-foyer", "Adresse du foyer",
                    Adresse(s => s.Household?.Street, s => s.Household?.PostalCode, s => s.Household?.City, readOnly: true)),
                Email(s => s.Identity?.Email),
                Telephone(optional: true)),
            new StepDefinition(
                "Élève et ressources",
                Received(s => s.Household is null ? null : "Des données concernant l’élève ont été reçues depuis la base élèves académique."),
                new Group("eleve", "Élève concerné",
                    new TextField("eleve-nom", "Nom de l’élève") { PrefillFrom = s => s.Household?.FirstChild?.FamilyName, ReadOnly = true },
                    new TextField("eleve-prenom", "Prénom de l’élève") { PrefillFrom = s => s.Household?.FirstChild?.GivenName, ReadOnly = true },
                    new DateField("eleve-naissance", "Date de naissance de l’élève") { PrefillFrom = s => s.Household?.FirstChild?.Birthdate, ReadOnly = true },
                    new TextField("etablissement", "Établissement fréquenté") { PrefillFrom = s => s.Household?.FirstChild?.School, ReadOnly = true },
                    new TextField("classe", "Classe") { PrefillFrom = s => s.Household?.FirstChild?.Grade, ReadOnly = true }),
                new Group("ressources", "Ressources et charges du foyer",
                    new TextField("revenu-fiscal", "Revenu fiscal de référence 2024") { PrefillFrom = s => s.Household is null ? null : Euros(s.Household.RevenuFiscal), ReadOnly = true, Format = v => $"{v} €" },
                    new TextField("enfants-charge", "Nombre d’enfants à charge") { PrefillFrom = s => s.Household?.Children.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReadOnly = true }),
                Paragraph("Vous n’avez pas à fournir votre avis d’imposition : vos revenus ont été transmis par la DGFiP."),
                new TextField("iban", "IBAN")
                {
                    Hint = "Le compte doit être au nom du représentant légal. Format attendu : FR76 suivi de 23 chiffres et lettres",
                    Autocomplete = "off",
                    Check = Checks.Iban,
                }),
        ],
    };
}
