using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Results;

/// <summary>Applies reviewers' decisions recorded in a scenario over the classifier's.</summary>
public static class OverrideApplier
{
    /// <summary>Returns the decisions with overrides applied, and the overrides that matched no field seen.</summary>
    public static (IReadOnlyList<FieldDecision> Decisions, IReadOnlyList<string> Stale) Apply(
        IReadOnlyList<FieldDecision> decisions, IReadOnlyList<ReviewerOverride> overrides, DataCatalogue catalogue)
    {
        var result = decisions.ToList();
        var stale = new List<string>();
        // One field, one reviewer's decision: the first applied; another one is reported, not applied over it.
        var decidedBy = new Dictionary<int, ReviewerOverride>();
        foreach (var o in overrides)
        {
            var field = TextFolding.Fold(o.Field);
            var page = o.Page is null ? null : TextFolding.Fold(o.Page);
            var matched = false;
            for (var i = 0; i < result.Count; i++)
            {
                var d = result[i];
                if (TextFolding.Fold(d.FieldLabel) != field || (page is not null && !TextFolding.Fold(d.Page).Contains(page, StringComparison.Ordinal)))
                {
                    continue;
                }

                matched = true;
                if (decidedBy.TryGetValue(i, out var first))
                {
                    stale.Add($"{o.Position}: « {o.Field} » est déjà décidé par la décision de relecture de {first.Position} ({first.Reviewer}) : "
                        + "une seule décision par champ ; celle-ci n'est pas appliquée (garder celle que l'observatoire retient)");
                    continue;
                }

                var item = o.Item is null ? null : catalogue.Find(o.Item);
                var holding = item?.Holding ?? d.Holding;
                if (o.Counted && holding != Holding.Held)
                {
                    // The loader refuses this when the override names its item; here the item is the classifier's. The
                    // classifier's decision stands, and says the review was refused: no reviewer's name on a decision not theirs.
                    var refused = $"`counted: true` mais {d.ItemId ?? "l'élément"} n'est pas une donnée détenue";
                    stale.Add($"{o.Position}: « {o.Field} » : {refused} ; non appliquée (donner l'élément détenu que le champ demande)");
                    result[i] = d with { Reason = $"{d.Reason} ; décision de relecture refusée ({o.Reviewer}) : {refused}" };
                    continue;
                }

                decidedBy[i] = o; // applied: a later decision on this field is reported, not applied over it

                result[i] = d with
                {
                    ItemId = o.Item ?? d.ItemId,
                    ItemLabel = item?.Label ?? d.ItemLabel,
                    Holding = holding,
                    Provider = item?.Provider ?? d.Provider,
                    Replacement = item?.Replacement ?? d.Replacement,
                    Weight = item?.Weight ?? d.Weight,
                    Counted = o.Counted && holding == Holding.Held,
                    Ambiguous = false,
                    Confidence = 1,
                    Reviewer = o.Reviewer,
                    Reason = $"décision de relecture ({o.Reviewer}{(o.Date is null ? "" : ", " + o.Date)}) : {o.Reason} — avant relecture : {d.ItemId ?? "non reconnu"}, {(d.Counted ? "compté" : "non compté")}",
                };
            }

            if (!matched)
            {
                var closest = Hints.Suggest(o.Field, decisions.Select(d => d.FieldLabel).Where(l => l.Length > 0).Distinct());
                stale.Add($"{o.Position}: « {o.Field} »{(o.Page is null ? "" : $" (page « {o.Page} »)")} n'est pas sur le formulaire ; retirer ou mettre à jour la décision"
                    + (closest is null ? "" : $" (le champ « {closest} » ?)"));
            }
        }

        return (result, stale);
    }

    /// <summary>The overrides that matched none of <paramref name="decisions"/> (all of a procedure's fields): the form changed.</summary>
    public static IReadOnlyList<string> Stale(IReadOnlyList<FieldDecision> decisions, IReadOnlyList<ReviewerOverride> overrides) =>
        Apply(decisions, overrides, DataCatalogue.Default).Stale;
}
