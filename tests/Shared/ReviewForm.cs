namespace Observatoire.Probes.Testing;

/// <summary>
/// An association's grant form whose level waits for a review: it asks 5 held items (Faible), one of them an approval's
/// number the classifier counts and its second reading doubts (« à revoir »), so the level is Partiel or Faible until a
/// reviewer settles that field. If a refitted second reading stops doubting it, pick another field it doubts: the unit test
/// <c>The_review_forms_doubted_field_is_still_doubted</c> says so without a browser, right after a refit (the grant's
/// amount, doubted until stop 57's refit, is no longer).
/// </summary>
internal static class ReviewForm
{
    public const string DoubtedField = "Agrément jeunesse et éducation populaire, sous le N° d’agrément";

    /// <summary>The form's fields as the walker reads them: label, section (its h2), input.</summary>
    public static readonly (string Label, string Section, string? Input)[] Fields =
    [
        ("Nom de l’association", "Identification de l’association", null),
        ("Numéro RNA", "Identification de l’association", null),
        (DoubtedField, "Agréments", null),
        ("Comptes approuvés du dernier exercice clos", "Pièces justificatives", "file"),
        ("Attestation de vigilance URSSAF de moins de 6 mois", "Pièces justificatives", "file"),
        ("Pièce d’identité du président", "Pièces justificatives", "file"),
    ];

    public const string Title = "Demande de subvention de fonctionnement";

    public const string Html = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande de subvention de fonctionnement</title></head>
        <body><main><h1>Demande de subvention de fonctionnement</h1>
        <form action="/envoi" method="post" enctype="multipart/form-data">
          <h2>Identification de l’association</h2>
          <label for="nom">Nom de l’association</label><input id="nom" name="nom">
          <label for="rna">Numéro RNA</label><input id="rna" name="rna">
          <h2>Agréments</h2>
          <label for="agrement">Agrément jeunesse et éducation populaire, sous le N° d’agrément</label><input id="agrement" name="agrement">
          <h2>Pièces justificatives</h2>
          <label for="comptes">Comptes approuvés du dernier exercice clos</label><input id="comptes" name="comptes" type="file">
          <label for="urssaf">Attestation de vigilance URSSAF de moins de 6 mois</label><input id="urssaf" name="urssaf" type="file">
          <label for="identite">Pièce d’identité du président</label><input id="identite" name="identite" type="file">
          <button>Envoyer ma demande</button>
        </form></main></body></html>
        """;
}
