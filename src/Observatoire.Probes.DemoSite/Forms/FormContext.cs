using Microsoft.AspNetCore.Http;
using Observatoire.Probes.DemoSite.Infrastructure;

namespace Observatoire.Probes.DemoSite.Forms;

/// <summary>How mandatory fields are marked and how errors are worded.</summary>
internal enum FormStyle
{
    /// <summary>DSFR: notice "Sauf mention contraire, tous les champs sont obligatoires.", "(optionnel)" on optional labels.</summary>
    Dsfr,

    /// <summary>Démarche Numérique: SVG asterisk named "obligatoire" on mandatory labels, errors "« Libellé » doit être rempli".</summary>
    DemarcheNumerique,
}

internal sealed record FieldError(string Anchor, string Label, string Message);

internal sealed record RecapRow(string Label, string Value);

/// <summary>What a field needs to render itself.</summary>
internal sealed class FormContext
{
    private readonly IReadOnlyDictionary<string, string> values;
    private readonly IReadOnlyDictionary<string, string> prefills;
    private readonly IReadOnlyDictionary<string, FieldError> errors;

    public FormContext(ProcedureState state, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> prefills, IReadOnlyDictionary<string, FieldError> errors, FormStyle style, bool drift)
    {
        State = state;
        this.values = values;
        this.prefills = prefills;
        this.errors = errors;
        Style = style;
        Drift = drift;
    }

    public ProcedureState State { get; }

    public FormStyle Style { get; }

    public bool Drift { get; }

    /// <summary>The value to show: what the user posted or saved, else what an API pre-filled.</summary>
    public string Value(string name) =>
        values.TryGetValue(name, out var v) ? v : prefills.TryGetValue(name, out var p) ? p : string.Empty;

    /// <summary>True when the shown value came from an API or FranceConnect rather than from the user.</summary>
    public bool IsPrefilled(string name) =>
        prefills.TryGetValue(name, out var p) && p.Length > 0 && (!values.TryGetValue(name, out var v) || v == p);

    public FieldError? Error(string name) => errors.TryGetValue(name, out var e) ? e : null;

    /// <summary>Wording shown to the user; "drift" rewords a few labels so that scenario selectors break.</summary>
    public string Text(string text) => Drift ? DriftWording.Apply(text) : text;
}

/// <summary>The posted form of one request.</summary>
internal sealed class FormInput
{
    private readonly IFormCollection form;

    private FormInput(IFormCollection form) => this.form = form;

    public static FormInput Empty { get; } = new(FormCollection.Empty);

    public static async Task<FormInput> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return Empty;
        }

        return new FormInput(await request.ReadFormAsync(request.HttpContext.RequestAborted));
    }

    public string Get(string name) => form[name].ToString().Trim();

    public IReadOnlyList<string> GetAll(string name) => [.. form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    public IFormFile? File(string name)
    {
        var file = form.Files.GetFile(name);
        return file is { Length: > 0 } ? file : null;
    }

    /// <summary>Every posted text value, for recording what the browser sent.</summary>
    public IEnumerable<KeyValuePair<string, string>> All() => form.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value.ToString()));
}

/// <summary>What a field needs to validate and collect a post.</summary>
internal sealed class PostContext
{
    public PostContext(FormInput input, ProcedureState state, FormStyle style)
    {
        Input = input;
        State = state;
        Style = style;
    }

    public FormInput Input { get; }

    public ProcedureState State { get; }

    public FormStyle Style { get; }

    public Dictionary<string, FieldError> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public void Fail(string key, string anchor, string label, string message) => Errors.TryAdd(key, new FieldError(anchor, label, message));

    public string Required(string label) => Style == FormStyle.DemarcheNumerique ? $"« {label} » doit être rempli" : "Ce champ est obligatoire.";
}

internal static class DriftWording
{
    // Drifted wording never contains the original (scenario targets match substrings, case-insensitively).
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["Suivant"] = "Poursuivre",
        ["Continuer"] = "Poursuivre",
        ["Valider"] = "Poursuivre",
        ["Continuer avec ces informations"] = "Poursuivre",
        ["Commencer la démarche"] = "Démarrer",
        ["Commencer la demande"] = "Démarrer",
        ["Commencer ma demande"] = "Démarrer",
        ["Nom de naissance"] = "Nom de famille (de naissance)",
        ["Prénom(s)"] = "Vos prénoms",
        ["Code postal"] = "Code de la commune (postal)",
        ["Adresse électronique"] = "Courriel",
        ["IBAN"] = "Numéro de compte international",
        ["Numéro SIRET"] = "SIRET de l’établissement",
        ["Le numéro fiscal"] = "Votre identifiant fiscal",
        ["Numéro RNA"] = "Identifiant RNA",
        ["Nom"] = "Nom de famille",
    };

    public static string Apply(string text) => Map.TryGetValue(text, out var drifted) ? drifted : text;
}
