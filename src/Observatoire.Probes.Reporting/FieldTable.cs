using System.Globalization;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Reporting;

/// <summary>The table a reviewer reads: one row per field seen, with the decision and its reason.</summary>
public static class FieldTable
{
    public static readonly IReadOnlyList<string> Header =
        ["Page", "Champ", "Personne", "Element", "Detention", "Pre_rempli", "Compte", "Decision", "Confiance", "Raison"];

    public static string ToCsv(IEnumerable<FieldDecision> decisions) => Csv.Write(Header, decisions.Select(Row));

    public static IReadOnlyList<string?> Row(FieldDecision d) =>
    [
        d.Page,
        d.FieldLabel,
        d.Person,
        d.ItemId ?? "(non reconnu)",
        d.HeldText,
        d.Prefilled ? "oui" : "non",
        d.Counted ? "oui" : "non",
        d.Reviewer is null ? "automatique" : "revue par " + d.Reviewer,
        d.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
        d.Reason,
    ];
}
