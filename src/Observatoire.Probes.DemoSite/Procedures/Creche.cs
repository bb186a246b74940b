using System.Text;
using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Partiel (score 4): the address is typed in a shadow-DOM widget (open shadow root, form-associated custom
/// element); a proof of address and the child's birth certificate are uploaded.
/// </summary>
internal static class Creche
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "creche",
        Title = "Demande de place en crèche",
        Mirrors = "Pré-inscription en crèche municipale (ex. « Demande de place en crèche » sur le site d’une grande ville)",
        Ministry = "Solidarités",
        Administration = "Commune (direction de la petite enfance)",
        ServiceName = "Petite enfance",
        Tagline = "Ville de Saint-Aubin-des-Prés",
        Audience = "Particuliers",
        Banner = ConsentBanner.Dsfr,
        Intro = Intro(
            "Demandez une place en crèche municipale pour votre enfant, dès le 6e mois de grossesse. La commission d’attribution examine les demandes deux fois par an.",
            "Les parents qui habitent la commune.",
            ["Un justificatif de domicile de moins de 3 mois", "L’acte de naissance de l’enfant ou un certificat de grossesse"],
            10),
        Steps =
        [
            new StepDefinition(
                "Parent demandeur",
                NomNaissance(),
                Prenoms(),
                new ShadowAddressField(),
                Email(),
                Telephone(optional: false)),
            new StepDefinition(
                "Votre enfant",
                new RadioField("enfant-ne", "Votre enfant est-il déjà né ?", OuiNon),
                new ShownWhen("bloc-enfant-ne", "enfant-ne", "oui",
                    new TextField("enfant-nom", "Nom de famille de l’enfant") { Autocomplete = "off" },
                    new TextField("enfant-prenom", "Prénom de l’enfant") { Autocomplete = "off" },
                    new DateField("enfant-naissance", "Date de naissance de l’enfant") { Hint = "Exemple : 14 03 2025" }),
                new ShownWhen("bloc-enfant-a-naitre", "enfant-ne", "non",
                    new TextField("terme", "Date prévue de l’accouchement") { Type = "date", Hint = "Format attendu : JJ/MM/AAAA" })),
            new StepDefinition(
                "Accueil souhaité",
                new TextField("date-entree", "Date d’entrée souhaitée") { Type = "date", Hint = "Format attendu : JJ/MM/AAAA" },
                new CheckboxGroupField("jours", "Jours d’accueil souhaités",
                    new Choice("lundi", "Lundi"), new Choice("mardi", "Mardi"), new Choice("mercredi", "Mercredi"), new Choice("jeudi", "Jeudi"), new Choice("vendredi", "Vendredi")),
                new TextField("allocataire", "Numéro d’allocataire CAF")
                {
                    Optional = true,
                    Hint = "Il permet de calculer votre participation financière. Format attendu : 7 chiffres",
                    InputMode = "numeric",
                    MaxLength = 7,
                    Check = Checks.NumeroAllocataire,
                }),
            new StepDefinition(
                "Pièces justificatives",
                Upload("justificatif-domicile", "Justificatif de domicile de moins de 3 mois", "Facture d’énergie, quittance de loyer ou avis de taxe foncière."),
                new AskedIf(s => s.Value("enfant-ne") == "oui",
                    Upload("acte-naissance", "Acte de naissance de l’enfant ou copie intégrale du livret de famille")),
                new AskedIf(s => s.Value("enfant-ne") == "non",
                    Upload("certificat-grossesse", "Certificat de grossesse"))),
        ],
    };

    /// <summary>
    /// Address widget in an open shadow root (<c>&lt;adresse-ban&gt;</c>, defined in demo.js): three labelled inputs
    /// that take part in the form through ElementInternals.setFormValue.
    /// </summary>
    private sealed class ShadowAddressField : Field
    {
        private static readonly (string Name, string Label)[] Parts =
        [
            ("adresse-voie", "Numéro et libellé de la voie"),
            ("adresse-code-postal", "Code postal"),
            ("adresse-commune", "Commune"),
        ];

        public override IEnumerable<string> Names => Parts.Select(p => p.Name);

        public override void Render(StringBuilder html, FormContext ctx)
        {
            var errors = Parts.Select(p => ctx.Error(p.Name)).OfType<FieldError>().ToList();
            html.Append($"<div class=\"fr-input-group shadow-host{(errors.Count == 0 ? string.Empty : " fr-input-group--error")}\" id=\"adresse-group\">\n");
            html.Append($"<adresse-ban id=\"adresse\" name=\"adresse\" data-voie=\"{Html.E(ctx.Value("adresse-voie"))}\" data-code-postal=\"{Html.E(ctx.Value("adresse-code-postal"))}\" data-commune=\"{Html.E(ctx.Value("adresse-commune"))}\"></adresse-ban>\n");
            html.Append("<noscript><p class=\"fr-message fr-message--error\">Activez JavaScript pour saisir votre adresse.</p></noscript>\n");
            html.Append("<div class=\"fr-messages-group\" id=\"adresse-messages\" aria-live=\"polite\">");
            foreach (var e in errors)
            {
                html.Append($"<p class=\"fr-message fr-message--error\">{Html.E(e.Label)} : {Html.E(e.Message)}</p>");
            }

            html.Append("</div>\n</div>\n");
        }

        public override void Validate(PostContext post)
        {
            foreach (var (name, label) in Parts)
            {
                var value = post.Input.Get(name);
                if (value.Length == 0)
                {
                    post.Fail(name, "adresse", label, post.Required(label));
                }
                else if (name == "adresse-code-postal" && Checks.CodePostal(value) is { } problem)
                {
                    post.Fail(name, "adresse", label, problem);
                }
            }
        }

        public override void Collect(PostContext post)
        {
            foreach (var (name, _) in Parts)
            {
                post.Values[name] = post.Input.Get(name);
            }
        }

        public override void Recap(IReadOnlyDictionary<string, string> values, List<RecapRow> rows)
        {
            var parts = Parts.Select(p => values.TryGetValue(p.Name, out var v) ? v : string.Empty).Where(v => v.Length > 0);
            rows.Add(new RecapRow("Adresse du domicile", string.Join(", ", parts)));
        }
    }
}
