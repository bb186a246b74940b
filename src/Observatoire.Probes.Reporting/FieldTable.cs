using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The table a reviewer reads, attached to each page of the evidence: one row per field seen, with the decision, the
/// replacing API, the calibrated confidence, the « à revoir » flag (a column to filter on) and the reason.
/// </summary>
public static class FieldTable
{
    public static readonly IReadOnlyList<string> Header =
        ["Page", "Champ", "Personne", "Element", "Element_id", "Detention", "Pre_rempli", "Compte", "API_remplacante", "Decision", "Confiance", "A_revoir", "Raison"];

    /// <summary>The table attached to the evidence (Allure's table view reads commas).</summary>
    internal static byte[] ForAllure(IEnumerable<FieldDecision> decisions) => Csv.ForAllure(Header, decisions.Select(Row));

    /// <summary>The classifier's review flag: no item recognised, or a calibrated confidence under the threshold.</summary>
    public static bool ToReview(FieldDecision d) => d.AwaitsReview;

    internal static IReadOnlyList<string?> Row(FieldDecision d) =>
    [
        d.Page,
        d.FieldLabel,
        d.Person,
        d.ItemLabel ?? (d.ItemId is null ? "(non reconnu)" : d.ItemId),
        d.ItemId ?? "",
        French.Holding(d.Holding),
        French.YesNo(d.Prefilled),
        French.YesNo(d.Counted),
        d.Holding is Catalogue.Holding.Held or Catalogue.Holding.Key ? d.Replacement : "",
        d.Reviewer is null ? "automatique" : "revue par " + d.Reviewer,
        French.Decimal(d.Confidence),
        French.YesNo(ToReview(d)),
        d.Reason,
    ];
}
