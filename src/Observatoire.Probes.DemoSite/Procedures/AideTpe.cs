using Observatoire.Probes.DemoSite.Forms;
using Observatoire.Probes.DemoSite.Infrastructure;
using static Observatoire.Probes.DemoSite.Procedures.Common;

namespace Observatoire.Probes.DemoSite.Procedures;

/// <summary>
/// Faible (score 6), a company procedure in Démarche Numérique style: SIRET step, establishment page with the
/// INSEE data, then a form that makes the user re-type the company identity and accounts, the manager's
/// identity, and upload Kbis, compliance certificates, tax bundle and identity document.
/// Champ ids and names follow Démarche Numérique (<c>champ-&lt;id&gt;-input-value</c>, <c>dossier[champs_public_attributes][&lt;id&gt;][value]</c>).
/// </summary>
internal static class AideTpe
{
    private static string Name(int id) => $"dossier[champs_public_attributes][{id}][value]";

    private static string Id(int id) => $"champ-{id}-input-value";

    private static UploadField Piece(int id, string label, string? detail = null) => new(Name(id), label) { Id = Id(id), Detail = detail };

    private static Content Section(string title) => new($"<h2 class=\"fr-h4 header-section fr-mt-4w\">{Html.E(title)}</h2>");

    public static ProcedureDefinition Definition { get; } = new()
    {
        Id = "aide-tpe",
        Title = "Aide régionale aux très petites entreprises",
        Mirrors = "Aide régionale aux TPE (dossier sur Démarche Numérique, ex demarches-simplifiees.fr)",
        Ministry = "Économie",
        Administration = "Conseil régional (direction du développement économique)",
        ServiceName = "Démarche Numérique",
        Tagline = "Aide régionale aux TPE",
        Audience = "Entreprises",
        Style = FormStyle.DemarcheNumerique,
        NextLabel = "Continuer",
        Intro = Intro(
            "La Région soutient les investissements des très petites entreprises (moins de 10 salariés) : matériel, travaux, numérique. L’aide couvre jusqu’à 30 % des dépenses.",
            "Les entreprises de moins de 10 salariés immatriculées depuis plus d’un an, dont le siège est dans la région.",
            ["Le numéro SIRET de l’établissement", "Un extrait Kbis et vos attestations URSSAF et fiscale", "La liasse fiscale du dernier exercice", "Les devis des investissements"],
            20),
        Steps =
        [
            new StepDefinition(
                "Identifier votre établissement",
                new TextField("siret", "Numéro SIRET") { Hint = "Format attendu : 14 chiffres. Exemple : 500 001 234 56789", InputMode = "numeric", MaxLength = 17, Check = Checks.Siret })
            {
                OnAccepted = state => state.Company = DemoData.ForSiret(Checks.Compact(state.Value("siret"))),
            },
            new StepDefinition(
                "Informations sur l’établissement",
                new Content(ctx => ctx.State.Company is not { } c
                    ? "<div class=\"fr-callout\"><p>Nous n’avons pas pu vérifier votre SIRET.</p></div>"
                    : $"""
                      <p>Nous avons récupéré auprès de l’INSEE et d’Infogreffe les informations suivantes concernant votre établissement.</p>
                      <dl class="recap-list">
                        <dt>Dénomination</dt><dd>{Html.E(c.Name)}</dd>
                        <dt>SIRET</dt><dd>{Html.E(c.Siret)}</dd>
                        <dt>Forme juridique</dt><dd>{Html.E(c.LegalForm)}</dd>
                        <dt>Code NAF</dt><dd>{Html.E(c.Naf)} – {Html.E(c.NafLabel)}</dd>
                        <dt>Adresse</dt><dd>{Html.E(c.Address)}</dd>
                        <dt>Date de création</dt><dd>{Html.E(FrenchDate(c.Created))}</dd>
                        <dt>Effectif</dt><dd>{Html.E(c.Headcount)}</dd>
                      </dl>
                      """))
            {
                NextLabel = "Continuer avec ces informations",
            },
            new StepDefinition(
                "Formulaire",
                Section("Entreprise"),
                new TextField(Name(101), "Raison sociale") { Id = Id(101), Description = "Telle qu’elle figure sur l’extrait Kbis" },
                new SelectField(Name(102), "Forme juridique",
                    new Choice("SAS", "Société par actions simplifiée (SAS)"),
                    new Choice("SASU", "Société par actions simplifiée unipersonnelle (SASU)"),
                    new Choice("SARL", "Société à responsabilité limitée (SARL)"),
                    new Choice("EURL", "Entreprise unipersonnelle à responsabilité limitée (EURL)"),
                    new Choice("EI", "Entreprise individuelle (EI)"),
                    new Choice("SNC", "Société en nom collectif (SNC)"))
                {
                    Id = Id(102),
                },
                new TextField(Name(103), "Code APE (NAF)") { Id = Id(103), Description = "Exemple : 10.71C", MaxLength = 6 },
                new TextField(Name(104), "Date de création de l’entreprise") { Id = Id(104), Type = "date" },
                Section("Dirigeant"),
                new TextField(Name(105), "Nom du dirigeant") { Id = Id(105), Autocomplete = "family-name" },
                new TextField(Name(106), "Prénom du dirigeant") { Id = Id(106), Autocomplete = "given-name" },
                new TextField(Name(107), "Date de naissance du dirigeant") { Id = Id(107), Type = "date", Autocomplete = "bday" },
                Section("Activité"),
                new TextField(Name(108), "Effectif salarié") { Id = Id(108), Description = "Nombre de salariés en équivalent temps plein au 31 décembre dernier", InputMode = "numeric", Check = Checks.Entier },
                new TextField(Name(109), "Chiffre d’affaires du dernier exercice clos (en euros)") { Id = Id(109), InputMode = "numeric", Check = Checks.Montant },
                Section("Projet"),
                new TextField(Name(110), "Montant de l’aide sollicitée (en euros)") { Id = Id(110), InputMode = "numeric", Check = Checks.Montant },
                new TextField(Name(111), "Description du projet") { Id = Id(111), Rows = 6, Hint = "La taille maximale conseillée est de 2000 caractères." },
                new TextField(Name(112), "IBAN du compte de l’entreprise") { Id = Id(112), Description = "Format attendu : FR76 suivi de 23 chiffres et lettres", Check = Checks.Iban },
                new TextField(Name(113), "Adresse électronique de contact") { Id = Id(113), Type = "email", Autocomplete = "email", Check = Checks.Email }),
            new StepDefinition(
                "Pièces justificatives",
                Piece(201, "Extrait Kbis de moins de 3 mois"),
                Piece(202, "Attestation de vigilance URSSAF de moins de 6 mois"),
                Piece(203, "Attestation de régularité fiscale"),
                Piece(204, "Liasse fiscale du dernier exercice clos"),
                new UploadField(Name(205), "Pièce d’identité du dirigeant")
                {
                    Id = Id(205),
                    Accept = ".jpg,.jpeg,.png",
                    Detail = "Pièce attendue : Carte nationale d’identité (uniquement le recto), passeport, titre de séjour ou autre justificatif d’identité.",
                    Constraints = "Taille maximale : 10 Mo. Formats supportés : jpg, png.",
                },
                Piece(206, "Devis des investissements prévus"),
                Piece(207, "Relevé d’identité bancaire (RIB) de l’entreprise")),
        ],
    };
}
