using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Partiel (score 4): FranceConnect+ gives the identity (read-only), but the address is typed, the vehicle
/// and driving licence data are typed, and the crossed-out registration certificate and a proof of address are uploaded.
/// </summary>
internal static class CarteGrise
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "carte-grise",
        Title = "Demande de certificat d’immatriculation (changement de titulaire)",
        Mirrors = "Changement de titulaire du certificat d’immatriculation d’un véhicule d’occasion (ANTS)",
        Ministry = "Intérieur",
        Administration = "Agence nationale des titres sécurisés (ANTS)",
        ServiceName = "Immatriculation",
        Tagline = "Agence nationale des titres sécurisés",
        Audience = "Particuliers",
        SignIn = SignIn.FranceConnectRequired,
        FranceConnectPlus = true,
        Intro = Intro(
            "Vous avez acheté un véhicule d’occasion : faites établir la carte grise à votre nom dans le mois qui suit l’achat.",
            "L’acheteur d’un véhicule d’occasion immatriculé en France.",
            ["Votre compte FranceConnect+", "Le code de cession et la carte grise barrée remis par le vendeur", "Votre permis de conduire", "Un justificatif de domicile de moins de 6 mois"],
            15),
        Steps =
        [
            new StepDefinition(
                "Titulaire du certificat",
                Received(IdentityReceived),
                new Group("titulaire", "Identité du titulaire",
                    NomNaissance(prefill: s => s.Identity?.FamilyName, readOnly: true),
                    Prenoms(prefill: s => s.Identity?.GivenName, readOnly: true),
                    Naissance(prefill: s => s.Identity?.Birthdate, readOnly: true),
                    new TextField("lieu-naissance", "Lieu de naissance") { PrefillFrom = s => s.Identity?.BirthplaceName, ReadOnly = true }),
                new Group("adresse-titulaire", "Adresse du titulaire", Adresse()) { Hint = "Le certificat d’immatriculation sera envoyé à cette adresse." },
                Email(s => s.Identity?.Email)),
            new StepDefinition(
                "Véhicule",
                new TextField("immatriculation", "Numéro d’immatriculation du véhicule") { Hint = "Format attendu : AA-123-AA", MaxLength = 9, Check = Checks.Immatriculation },
                new TextField("formule", "Numéro de formule du certificat d’immatriculation") { Hint = "Il figure sur la carte grise du vendeur. Format attendu : 11 caractères, exemple : 2023AB12345", MaxLength = 11, Check = Checks.NumeroFormule },
                new TextField("code-cession", "Code de cession") { Hint = "Code à 5 caractères remis par le vendeur après sa déclaration de cession", MaxLength = 5, Check = Checks.CodeCession },
                new TextField("kilometrage", "Kilométrage du véhicule au moment de la vente") { InputMode = "numeric", Check = Checks.Kilometrage }),
            new StepDefinition(
                "Permis de conduire",
                new TextField("permis", "Numéro de permis de conduire") { Hint = "Il figure en rubrique 5 de votre permis. Format attendu : 12 caractères", MaxLength = 12, Check = Checks.Permis },
                new DateField("permis-delivrance", "Date de délivrance du permis") { Hint = "Rubrique 4a de votre permis. Exemple : 14 12 1984" }),
            new StepDefinition(
                "Pièces justificatives",
                Upload("certificat-barre", "Copie du certificat d’immatriculation barré par le vendeur", "Le vendeur doit avoir barré la carte grise et indiqué « Vendu le … » avec sa signature."),
                Upload("justificatif-domicile", "Justificatif de domicile de moins de 6 mois", "Facture d’énergie, quittance de loyer ou avis d’imposition.")),
        ],
    };
}
