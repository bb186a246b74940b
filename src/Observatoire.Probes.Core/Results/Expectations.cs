using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Results;

public static class Expectations
{
    /// <summary>What differs between the scenario's expectation and the measure: the sign of a changed form.</summary>
    public static IReadOnlyList<string> Drift(Expectation? expect, ProcedureScore score)
    {
        if (expect is null)
        {
            return [];
        }

        var drift = new List<string>();
        if (expect.Score is { } expected && expected != score.Score)
        {
            drift.Add($"score attendu {expected}, mesuré {score.Score}");
        }

        if (expect.Items is { } items)
        {
            var measured = score.Counted.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
            var missing = items.Where(i => !measured.Contains(i)).ToList();
            var extra = measured.Where(i => !items.Contains(i, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                drift.Add("éléments attendus non comptés : " + string.Join(", ", missing));
            }

            if (extra.Count > 0)
            {
                drift.Add("éléments comptés non attendus : " + string.Join(", ", extra));
            }
        }

        return drift;
    }
}
