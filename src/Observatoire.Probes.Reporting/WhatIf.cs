using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>One data item to plug, and what plugging it would change, computed from the evidence.</summary>
public sealed record PlugCandidate(
    string ItemId,
    string Label,
    string Provider,
    string Replacement,
    IReadOnlyList<string> Procedures,
    int LevelChanges,
    int ReachGoal,
    int GoalReachedIfPluggedInOrder);

/// <summary>
/// "Which data to plug first": for each item counted somewhere, each procedure's score recomputed from its own field
/// decisions without that item (the same rule as the score itself, not a subtraction), and how many procedures would
/// change level or reach the goal. Ranked by level changes, then by procedures spared, then by label; the last column
/// plugs the items in that order, one after the other, and counts the procedures at the goal after each.
/// </summary>
public static class WhatIf
{
    public static IReadOnlyList<PlugCandidate> Rank(IReadOnlyList<ProcedureResult> results)
    {
        var measured = results.Where(r => r.Score.Status == MeasureStatus.Measured).ToList();
        var items = measured.SelectMany(r => r.Score.Counted.Select(c => (c.ItemId, c.Label))).Distinct().ToList();
        var candidates = new List<(string Id, string Label, string Provider, string Replacement, List<string> Procedures, int Changes, int Goal)>();
        foreach (var (id, label) in items)
        {
            var asking = measured.Where(r => r.Score.Counted.Any(c => c.ItemId == id)).ToList();
            var changes = 0;
            var goal = 0;
            foreach (var r in asking)
            {
                var without = Without(r, [id]);
                changes += without.Level != r.Score.Level ? 1 : 0;
                goal += without.GoalReached && !r.Score.GoalReached ? 1 : 0;
            }

            var decision = asking.SelectMany(r => r.Decisions).FirstOrDefault(d => d.ItemId == id && d.Counted);
            candidates.Add((id, label, decision?.Provider ?? "", decision?.Replacement ?? "", [.. asking.Select(r => r.Procedure.Id).Order(StringComparer.Ordinal)], changes, goal));
        }

        var ranked = candidates
            .OrderByDescending(c => c.Changes).ThenByDescending(c => c.Goal).ThenByDescending(c => c.Procedures.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
        var plugged = new List<string>();
        var result = new List<PlugCandidate>();
        foreach (var c in ranked)
        {
            plugged.Add(c.Id);
            var atGoal = measured.Count(r => Without(r, plugged).GoalReached);
            result.Add(new(c.Id, c.Label, c.Provider, c.Replacement, c.Procedures, c.Changes, c.Goal, atGoal));
        }

        return result;
    }

    /// <summary>The procedure's score if the items were fetched from their holder instead of asked.</summary>
    public static ProcedureScore Without(ProcedureResult result, IReadOnlyCollection<string> items) =>
        ProcedureScore.FromDecisions(result.Decisions.Where(d => d.ItemId is null || !items.Contains(d.ItemId)));
}
