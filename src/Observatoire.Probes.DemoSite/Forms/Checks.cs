using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatoire.Probes.DemoSite.Forms;

/// <summary>Server-side format checks, worded like the real forms' error messages.</summary>
internal static partial class Checks
{
    public static string? IsoDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "La date saisie n’est pas valide. Format attendu : JJ/MM/AAAA";

    public static string? CodePostal(string value) => CodePostalRegex().IsMatch(value) ? null : "Le code postal doit comporter 5 chiffres. Exemple : 75007";

    public static string? Email(string value) => EmailRegex().IsMatch(value) ? null : "Le format de l’adresse électronique est incorrect. Format attendu : nom@domaine.fr";

    public static string? Telephone(string value) =>
        TelephoneRegex().IsMatch(Compact(value)) ? null : "Le numéro de téléphone est incorrect. Format attendu : (+33) 1 22 33 44 55";

    public static string? Montant(string value) =>
        MontantRegex().IsMatch(Compact(value)) ? null : "Le montant doit être un nombre entier d’euros, sans centimes. Exemple : 14230";

    public static string? Entier(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 99 ? null : "Veuillez saisir un nombre entier. Exemple : 2";

    public static string? NumeroFiscal(string value) =>
        NumeroFiscalRegex().IsMatch(Compact(value)) ? null : "Le numéro fiscal est composé de 13 chiffres. Il figure en haut à gauche de votre avis d’imposition.";

    public static string? ReferenceAvis(string value) =>
        ReferenceAvisRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "La référence de l’avis est composée de 13 caractères.";

    public static string? NumeroAllocataire(string value) =>
        AllocataireRegex().IsMatch(Compact(value)) ? null : "Le numéro d’allocataire est composé de 7 chiffres.";

    public static string? Ine(string value) =>
        IneRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "L’INE est composé de 11 caractères : 10 chiffres et 1 lettre, ou 9 chiffres et 2 lettres.";

    public static string? IdentifiantFranceTravail(string value) =>
        FranceTravailRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "L’identifiant France Travail est composé de 7 chiffres suivis d’une lettre, ou de 8 caractères.";

    public static string? Immatriculation(string value) =>
        ImmatriculationRegex().IsMatch(value.ToUpperInvariant().Replace(" ", "-", StringComparison.Ordinal)) ? null : "Le numéro d’immatriculation est incorrect. Format attendu : AA-123-AA";

    public static string? NumeroFormule(string value) =>
        FormuleRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "Le numéro de formule est composé de 11 caractères. Exemple : 2023AB12345";

    public static string? CodeCession(string value) =>
        CodeCessionRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "Le code de cession est composé de 5 caractères.";

    public static string? Kilometrage(string value) =>
        KilometrageRegex().IsMatch(Compact(value)) ? null : "Le kilométrage doit être un nombre entier. Exemple : 85000";

    public static string? Permis(string value) =>
        PermisRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "Le numéro de permis de conduire est composé de 12 caractères.";

    public static string? Pdl(string value) =>
        PdlRegex().IsMatch(Compact(value)) ? null : "Le numéro de point de livraison est composé de 14 chiffres.";

    public static string? Rna(string value) =>
        RnaRegex().IsMatch(Compact(value).ToUpperInvariant()) ? null : "Le numéro RNA commence par W suivi de 9 chiffres. Exemple : W751234567";

    public static string? Nir(string value)
    {
        var nir = Compact(value).ToUpperInvariant();
        if (!NirRegex().IsMatch(nir))
        {
            return "Le numéro de sécurité sociale est composé de 15 chiffres.";
        }

        return Checksums.NirKey(nir[..13]) == nir[13..] ? null : "Le numéro de sécurité sociale est incorrect : vérifiez la clé (deux derniers chiffres).";
    }

    public static string? Siret(string value)
    {
        var siret = Compact(value);
        if (!SiretRegex().IsMatch(siret))
        {
            return "Le numéro SIRET doit comporter 14 chiffres.";
        }

        return Checksums.IsLuhnValid(siret) ? null : "Le numéro SIRET n’est pas valide.";
    }

    public static string? SiretOptionnel(string value) => Siret(value);

    public static string? Iban(string value)
    {
        var iban = Compact(value).ToUpperInvariant();
        if (!IbanRegex().IsMatch(iban))
        {
            return "L’IBAN est incorrect. Format attendu : FR76 suivi de 23 chiffres et lettres.";
        }

        return Checksums.IbanRemainder(iban[4..] + iban[..4]) == 1 ? null : "L’IBAN est incorrect : vérifiez la saisie.";
    }

    public static string Compact(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c != '.'));

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex CodePostalRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^(\+33|0033|0)[1-9]\d{8}$")]
    private static partial Regex TelephoneRegex();

    [GeneratedRegex(@"^\d{1,9}$")]
    private static partial Regex MontantRegex();

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex NumeroFiscalRegex();

    [GeneratedRegex(@"^[0-9A-Z]{13}$")]
    private static partial Regex ReferenceAvisRegex();

    [GeneratedRegex(@"^\d{7}$")]
    private static partial Regex AllocataireRegex();

    [GeneratedRegex(@"^(\d{10}[A-Z]|\d{9}[A-Z]{2})$")]
    private static partial Regex IneRegex();

    [GeneratedRegex(@"^(\d{7}[A-Z]|[0-9A-Z]{8})$")]
    private static partial Regex FranceTravailRegex();

    [GeneratedRegex(@"^[A-Z]{2}-?\d{3}-?[A-Z]{2}$")]
    private static partial Regex ImmatriculationRegex();

    [GeneratedRegex(@"^\d{4}[A-Z]{2}\d{5}$")]
    private static partial Regex FormuleRegex();

    [GeneratedRegex(@"^[0-9A-Z]{5}$")]
    private static partial Regex CodeCessionRegex();

    [GeneratedRegex(@"^\d{1,7}$")]
    private static partial Regex KilometrageRegex();

    [GeneratedRegex(@"^[0-9A-Z]{12}$")]
    private static partial Regex PermisRegex();

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex PdlRegex();

    [GeneratedRegex(@"^W[0-9A-Z]\d{8}$")]
    private static partial Regex RnaRegex();

    [GeneratedRegex(@"^[12]\d{4}(\d{2}|2A|2B)\d{8}$")]
    private static partial Regex NirRegex();

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex SiretRegex();

    [GeneratedRegex(@"^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$")]
    private static partial Regex IbanRegex();
}
