using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Scoring;

/// <summary>
/// The three outcomes kept apart: measured and compliant, measured and asking for held data, not measured.
/// A not-measured procedure is never a score.
/// </summary>
public enum MeasureStatus
{
    Measured,
    NotApplicable,
    NotMeasured,
}

public sealed record CountedItem(string ItemId, string Label, int Weight, IReadOnlyList<string> Persons, IReadOnlyList<string> Fields);

public sealed record ProcedureScore(
    MeasureStatus Status,
    int? Score,
    int? WeightedScore,
    string Level,
    IReadOnlyList<CountedItem> Counted,
    string? NotMeasuredReason)
{
    public bool GoalReached => Level == DlnufLevels.Optimal;

    /// <summary>Score_DLNUF as the observatoire's open data writes it: a number, or the level's text when there is none.</summary>
    public string ScoreText => Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Level;

    public static ProcedureScore NotMeasured(string reason) => new(MeasureStatus.NotMeasured, null, null, DlnufLevels.AVenir, [], reason);

    public static ProcedureScore NotApplicable() => new(MeasureStatus.NotApplicable, null, null, DlnufLevels.NonApplicable, [], null);

    /// <summary>
    /// Score_DLNUF counts each held item once per procedure, however many fields or persons ask it;
    /// the weighted variant (diagnosis only) weighs an item by its catalogue weight, or 3 when it had to be uploaded.
    /// </summary>
    public static ProcedureScore FromDecisions(IEnumerable<FieldDecision> decisions)
    {
        var counted = decisions
            .Where(d => d.Counted && d.ItemId is not null)
            .GroupBy(d => d.ItemId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountedItem(
                g.Key,
                g.First().ItemLabel ?? g.Key,
                g.Any(d => d.IsUpload) ? Math.Max(3, g.Max(d => d.Weight)) : g.Max(d => d.Weight),
                g.Select(d => d.Person).Distinct(StringComparer.Ordinal).ToList(),
                g.Select(d => d.FieldLabel).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new(MeasureStatus.Measured, counted.Count, counted.Sum(c => c.Weight), DlnufLevels.ForScore(counted.Count), counted, null);
    }
}
