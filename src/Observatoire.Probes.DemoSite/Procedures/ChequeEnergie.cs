using System.Globalization;
using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Optimal (score 0): the user types the two tax keys in a Démarche Numérique "dgfip" champ (labels without
/// fr- classes, notices linked by aria-describedby); identity, address and income then arrive read-only.
/// </summary>
internal static class ChequeEnergie
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "cheque-energie",
        Title = "Demande de chèque énergie",
        Mirrors = "Chèque énergie : demande en ligne au guichet (chequeenergie.gouv.fr, Agence de services et de paiement)",
        Ministry = "Transition écologique",
        Administration = "Agence de services et de paiement (ASP)",
        ServiceName = "Chèque énergie",
        Tagline = "Guichet de demande en ligne",
        Audience = "Particuliers",
        Banner = ConsentBanner.Dsfr,
        NextLabel = "Valider",
        Intro = Intro(
            "Le chèque énergie aide les ménages aux revenus modestes à payer leurs factures d’énergie. Si vous ne l’avez pas reçu automatiquement, demandez-le ici.",
            "Les ménages dont le revenu fiscal de référence par unité de consommation est inférieur à 11 000 €.",
            ["Votre numéro fiscal et la référence de votre dernier avis d’imposition"],
            5),
        Steps =
        [
            new StepDefinition(
                "Identification de votre foyer fiscal",
                Paragraph("Nous récupérons auprès de la DGFiP les informations de votre foyer : vous n’avez pas à fournir votre avis d’imposition."),
                new TextField("numero-fiscal", "Le numéro fiscal")
                {
                    LabelMode = LabelMode.DsNotice,
                    Description = "Il est généralement composé de 13 ou 14 caractères.",
                    InputMode = "numeric",
                    MaxLength = 17,
                    Check = Checks.NumeroFiscal,
                },
                new TextField("reference-avis", "La référence d’avis d’imposition")
                {
                    LabelMode = LabelMode.DsNotice,
                    Description = "Elle est généralement composée de 13 caractères.",
                    MaxLength = 17,
                    Check = Checks.ReferenceAvis,
                })
            {
                CrossCheck = post =>
                {
                    if (DemoData.ForTaxKeys(Checks.Compact(post.Input.Get("numero-fiscal")), Checks.Compact(post.Input.Get("reference-avis")).ToUpperInvariant()) is null)
                    {
                        post.Fail("reference-avis", "reference-avis", "La référence d’avis d’imposition", "Aucun avis d’imposition ne correspond à ces identifiants. Vérifiez votre saisie.");
                    }
                },
                OnAccepted = state => state.Household = DemoData.ForTaxKeys(Checks.Compact(state.Value("numero-fiscal")), Checks.Compact(state.Value("reference-avis")).ToUpperInvariant()),
            },
            new StepDefinition(
                "Vos informations",
                Received(s => s.Household is null ? null : $"Des données concernant le déclarant 1, le foyer fiscal, les agrégats fiscaux liées au déclarant n° {s.Household.NumeroFiscal} avec la référence d’avis {s.Household.ReferenceAvis} ont été reçues depuis la DGFiP."),
                new Group("foyer", "Votre foyer",
                    new TextField("nom", "Nom") { PrefillFrom = s => s.Household?.FamilyName, ReadOnly = true },
                    new TextField("prenoms", "Prénom(s)") { PrefillFrom = s => s.Household?.GivenNames, ReadOnly = true },
                    new TextField("revenu-fiscal", "Revenu fiscal de référence") { PrefillFrom = s => s.Household?.RevenuFiscal.ToString(CultureInfo.InvariantCulture), ReadOnly = true, Format = v => $"{v} €" },
                    new TextField("parts", "Nombre de parts") { PrefillFrom = s => s.Household?.Parts, ReadOnly = true }),
                new Group("adresse-foyer", "Adresse du logement",
                    Adresse(s => s.Household?.Street, s => s.Household?.PostalCode, s => s.Household?.City, readOnly: true)),
                Email(),
                Telephone(optional: true),
                new RadioField("titulaire-contrat", "Êtes-vous titulaire du contrat d’électricité ou de gaz de votre logement ?", OuiNon),
                new ShownWhen("bloc-pdl", "titulaire-contrat", "oui",
                    new TextField("pdl", "Numéro de point de livraison (PDL ou PCE)")
                    {
                        Optional = true,
                        Hint = "Il figure sur votre facture d’énergie et permet d’envoyer directement le chèque à votre fournisseur. Format attendu : 14 chiffres",
                        InputMode = "numeric",
                        MaxLength = 14,
                        Check = Checks.Pdl,
                    })),
        ],
    };
}
