namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// An association's grant form whose level waits for a review: it asks 5 held items (Faible), one of them an amount the
/// classifier counts and its second reading doubts (« à revoir »), so the level is Partiel or Faible until a reviewer
/// settles that field. If a refitted second reading stops doubting the amount, pick another field it doubts.
/// </summary>
internal static class ReviewForm
{
    public const string DoubtedField = "Montant de la dernière subvention versée (en euros)";

    public const string Html = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande de subvention de fonctionnement</title></head>
        <body><main><h1>Demande de subvention de fonctionnement</h1>
        <form action="/envoi" method="post" enctype="multipart/form-data">
          <h2>Identification de l’association</h2>
          <label for="nom">Nom de l’association</label><input id="nom" name="nom">
          <label for="rna">Numéro RNA</label><input id="rna" name="rna">
          <h2>Moyens et comptes</h2>
          <label for="montant">Montant de la dernière subvention versée (en euros)</label><input id="montant" name="montant" inputmode="numeric">
          <h2>Pièces justificatives</h2>
          <label for="comptes">Comptes approuvés du dernier exercice clos</label><input id="comptes" name="comptes" type="file">
          <label for="urssaf">Attestation de vigilance URSSAF de moins de 6 mois</label><input id="urssaf" name="urssaf" type="file">
          <label for="identite">Pièce d’identité du président</label><input id="identite" name="identite" type="file">
          <button>Envoyer ma demande</button>
        </form></main></body></html>
        """;
}
