using Observatoire.Probes.DemoSite.Forms;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Partiel (score 2): a town's page embeds a vendor's "Portail Famille" in an iframe. The children are typed
/// in a table labelled with aria-labelledby, the CAF number has only an aria-label, and the family quotient
/// is typed and its CAF certificate uploaded although the CAF number would let the town fetch it.
/// </summary>
internal static class CantineTarifSocial
{
    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "cantine-tarif-social",
        Title = "Tarif social de la restauration scolaire",
        Mirrors = "Tarification sociale des cantines scolaires (« cantine à 1 € ») sur le portail famille d’une commune",
        Ministry = "Solidarités",
        Administration = "Commune (service enfance, portail famille)",
        ServiceName = "Portail Famille",
        HostPageService = "Ville de Saint-Aubin-des-Prés",
        Audience = "Particuliers",
        Embedded = true,
        StartLabel = "Commencer ma demande",
        Intro = """
            <p class="fr-text--lead">Grâce à la tarification sociale, le repas à la cantine coûte 1 € ou moins aux familles dont le quotient familial est inférieur à 1 000 €.</p>
            <p>Faites votre demande sur le Portail Famille ci-dessous. Munissez-vous de votre attestation de quotient familial de la CAF de moins de 3 mois.</p>
            """,
        Steps =
        [
            new StepDefinition(
                "Responsable légal",
                new TextField("nom", "Nom") { Autocomplete = "family-name" },
                new TextField("prenom", "Prénom") { Autocomplete = "given-name" },
                Email(),
                new TextField("telephone", "Téléphone portable")
                {
                    Type = "tel",
                    Autocomplete = "tel",
                    Description = "Nous vous enverrons un SMS lorsque le tarif social sera appliqué. Format attendu : 06 12 34 56 78",
                    Check = Checks.Telephone,
                }),
            new StepDefinition(
                "Enfant(s)",
                new Content("""
                    <div class="fr-table fr-table--layout-fixed">
                    <table>
                    <caption>Enfants inscrits à la restauration scolaire</caption>
                    <thead><tr><td></td><th scope="col" id="col-nom">Nom</th><th scope="col" id="col-prenom">Prénom</th><th scope="col" id="col-naissance">Date de naissance</th></tr></thead>
                    <tbody>
                    <tr><th scope="row" id="ligne-1">Enfant 1</th>
                    """),
                new CellField(new TextField("enfant1-nom", "Nom de l’enfant 1") { LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-1 col-nom" }),
                new CellField(new TextField("enfant1-prenom", "Prénom de l’enfant 1") { LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-1 col-prenom" }),
                new CellField(new TextField("enfant1-naissance", "Date de naissance de l’enfant 1") { Type = "date", LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-1 col-naissance" }),
                new Content("""
                    </tr>
                    <tr><th scope="row" id="ligne-2">Enfant 2 (optionnel)</th>
                    """),
                new CellField(new TextField("enfant2-nom", "Nom de l’enfant 2") { LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-2 col-nom", Optional = true }),
                new CellField(new TextField("enfant2-prenom", "Prénom de l’enfant 2") { LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-2 col-prenom", Optional = true }),
                new CellField(new TextField("enfant2-naissance", "Date de naissance de l’enfant 2") { Type = "date", LabelMode = LabelMode.AriaLabelledBy, LabelledBy = "ligne-2 col-naissance", Optional = true }),
                new Content("</tr>\n</tbody>\n</table>\n</div>"),
                new SelectField("regime", "Régime alimentaire",
                    new Choice("standard", "Menu standard"), new Choice("sans-viande", "Menu sans viande"), new Choice("sans-porc", "Menu sans porc"))),
            new StepDefinition(
                "Quotient familial",
                new TextField("allocataire", "Numéro d’allocataire CAF")
                {
                    LabelMode = LabelMode.AriaLabel,
                    VisibleText = "N° CAF",
                    InputMode = "numeric",
                    MaxLength = 7,
                    Check = Checks.NumeroAllocataire,
                },
                new TextField("quotient", "Quotient familial CAF")
                {
                    Description = "Il figure sur votre attestation de paiement CAF ou dans votre espace Mon Compte sur caf.fr. Format attendu : nombre entier, en euros",
                    InputMode = "numeric",
                    Check = Checks.Montant,
                },
                Upload("attestation-caf", "Attestation de quotient familial CAF de moins de 3 mois"),
                new CheckboxField("accord", "J’accepte que mes données soient utilisées pour calculer le tarif de restauration de mes enfants")),
        ],
    };

    /// <summary>A table cell around a field.</summary>
    private sealed class CellField(Field inner) : ContainerField([inner])
    {
        public override void Render(System.Text.StringBuilder html, FormContext ctx)
        {
            html.Append("<td>");
            RenderChildren(html, ctx);
            html.Append("</td>\n");
        }
    }
}
