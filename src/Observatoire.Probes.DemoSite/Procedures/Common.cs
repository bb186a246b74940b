using System.Globalization;
using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>Fields and notices that many real forms share, worded as on DSFR sites.</summary>
internal static class Common
{
    public const string MontantHint = "Format attendu : montant en euros, sans espace ni centime";

    public static Choice[] OuiNon { get; } = [new("oui", "Oui"), new("non", "Non")];

    public static Choice[] SituationsFamiliales { get; } =
    [
        new("celibataire", "Célibataire"),
        new("concubinage", "Concubinage"),
        new("pacse", "Pacsé(e)"),
        new("marie", "Marié(e)"),
        new("veuf", "Veuf(ve)"),
        new("divorce", "Divorcé(e)"),
        new("separe", "Séparé(e)"),
    ];

    public static RadioField Civilite(Func<ProcedureState, string?>? prefill = null) =>
        new("civilite", "Civilité", new Choice("madame", "Madame"), new Choice("monsieur", "Monsieur")) { PrefillFrom = prefill };

    public static TextField NomNaissance(string name = "nom", Func<ProcedureState, string?>? prefill = null, bool readOnly = false) =>
        new(name, "Nom de naissance") { Autocomplete = "family-name", PrefillFrom = prefill, ReadOnly = readOnly };

    public static TextField Prenoms(string name = "prenoms", Func<ProcedureState, string?>? prefill = null, bool readOnly = false) =>
        new(name, "Prénom(s)") { Autocomplete = "given-name", Hint = "Tous vos prénoms, séparés par un espace", PrefillFrom = prefill, ReadOnly = readOnly };

    public static DateField Naissance(string name = "naissance", Func<ProcedureState, string?>? prefill = null, bool readOnly = false) =>
        new(name, "Date de naissance") { PrefillFrom = prefill, ReadOnly = readOnly };

    public static TextField Email(Func<ProcedureState, string?>? prefill = null) =>
        new("email", "Adresse électronique") { Type = "email", Autocomplete = "email", Hint = "Format attendu : nom@domaine.fr", Check = Checks.Email, PrefillFrom = prefill };

    public static TextField Telephone(bool optional) =>
        new("telephone", "Téléphone") { Type = "tel", Autocomplete = "tel", Hint = "Format attendu : (+33) 1 22 33 44 55", Check = Checks.Telephone, Optional = optional };

    /// <summary>DSFR address block: street, complement (optional), postal code, town.</summary>
    public static Field[] Adresse(Func<ProcedureState, string?>? street = null, Func<ProcedureState, string?>? postalCode = null, Func<ProcedureState, string?>? city = null, bool readOnly = false)
    {
        var fields = new List<Field>
        {
            new TextField("adresse", "Adresse") { Hint = "Numéro et libellé de la voie", Autocomplete = "address-line1", PrefillFrom = street, ReadOnly = readOnly },
        };
        if (!readOnly)
        {
            fields.Add(new TextField("complement-adresse", "Complément d’adresse") { Hint = "Bâtiment, immeuble, escalier et numéro d’appartement", Autocomplete = "address-line2", Optional = true });
        }

        fields.Add(new TextField("code-postal", "Code postal") { Hint = "Format attendu : 5 chiffres", Autocomplete = "postal-code", InputMode = "numeric", MaxLength = 5, Check = Checks.CodePostal, PrefillFrom = postalCode, ReadOnly = readOnly });
        fields.Add(new TextField("commune", "Commune") { Autocomplete = "address-level2", PrefillFrom = city, ReadOnly = readOnly });
        return [.. fields];
    }

    public static TextField Montant(string name, string label, string? hint = null) =>
        new(name, label) { Hint = hint ?? MontantHint, InputMode = "numeric", Check = Checks.Montant };

    public static TextField Nombre(string name, string label, string? hint = null) =>
        new(name, label) { Hint = hint, InputMode = "numeric", MaxLength = 2, Check = Checks.Entier };

    public static UploadField Upload(string name, string label, string? detail = null, bool optional = false) =>
        new(name, label) { Detail = detail, Optional = optional };

    /// <summary>Démarche Numérique's sign that data were fetched from an administration.</summary>
    public static Content Received(Func<ProcedureState, string?> text) => new(ctx =>
    {
        var message = text(ctx.State);
        return message is null
            ? string.Empty
            : $"<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w api-received\"><p>{Html.E(message)}</p></div>";
    });

    public static Content Paragraph(string text) => new($"<p>{Html.E(text)}</p>");

    public static Content Callout(string title, string text) =>
        new($"<div class=\"fr-callout fr-mb-4w\"><h3 class=\"fr-callout__title\">{Html.E(title)}</h3><p class=\"fr-callout__text\">{Html.E(text)}</p></div>");

    public static string Intro(string lead, string who, IEnumerable<string> documents, int minutes) => $"""
        <p class="fr-text--lead">{Html.E(lead)}</p>
        <h2 class="fr-h4">Qui peut faire la demande ?</h2>
        <p>{Html.E(who)}</p>
        <h2 class="fr-h4">Ce dont vous aurez besoin</h2>
        <ul>{string.Concat(documents.Select(d => $"<li>{Html.E(d)}</li>"))}</ul>
        <p class="fr-text--sm"><span class="fr-icon-time-line" aria-hidden="true"></span> Durée : environ {minutes.ToString(CultureInfo.InvariantCulture)} minutes</p>
        """;

    public static string? Sexe(ProcedureState s) => s.Identity is null ? null : s.Identity.Gender == "female" ? "Féminin" : "Masculin";

    public static string FrenchDate(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : iso;

    public static string Euros(int amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static string? IdentityReceived(ProcedureState s) =>
        s.Identity is null ? null : "Des données concernant votre identité (nom, prénoms, sexe, date et lieu de naissance) ont été reçues depuis FranceConnect.";
}
