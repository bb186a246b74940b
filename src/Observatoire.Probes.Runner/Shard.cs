using System.Globalization;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner;

/// <summary>
/// One part of a run spread over machines: `--shard 2/8`. Every scenario falls in exactly one shard, the same one on
/// every machine, and shards get about the same amount of work (scenarios weighed by their steps).
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    /// <summary>Parses `K/N` (1 ≤ K ≤ N); null with a message when it is not one.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && k >= 1 && k <= n)
        {
            problem = null;
            return new Shard(k, n);
        }

        problem = $"`--shard {text}` must be K/N with 1 ≤ K ≤ N, e.g. --shard 2/8";
        return null;
    }

    /// <summary>This shard's scenarios: a greedy balance of the heaviest first, ties broken by id, so it is deterministic.</summary>
    public IReadOnlyList<Scenario> Select(IReadOnlyList<Scenario> scenarios)
    {
        if (Count == 1)
        {
            return scenarios;
        }

        var loads = new int[Count];
        var mine = new List<Scenario>();
        foreach (var scenario in scenarios.OrderByDescending(Weight).ThenBy(s => s.Procedure.Id, StringComparer.Ordinal))
        {
            var lightest = Array.IndexOf(loads, loads.Min());
            loads[lightest] += Weight(scenario);
            if (lightest == Index - 1)
            {
                mine.Add(scenario);
            }
        }

        return mine.OrderBy(s => s.Procedure.Id, StringComparer.Ordinal).ToList();
    }

    private static int Weight(Scenario scenario) => 1 + scenario.Steps.Count;

    public override string ToString() => $"{Index}/{Count}";
}
