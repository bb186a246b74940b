using Observatoire.Probes.Classification;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>What changed for a procedure from one run to the next; a procedure may change in several ways at once.</summary>
public enum ChangeKind
{
    /// <summary>Measured for the first time in the kept runs.</summary>
    New,
    /// <summary>In the previous run, not in this one.</summary>
    Missing,
    /// <summary>Measured ↔ not measured, or not measured for another cause.</summary>
    Status,
    Score,
    Level,
    /// <summary>The set of counted items (same score, other items counts too).</summary>
    Items,
    /// <summary>Same score and items, but fields appeared, disappeared or were decided otherwise.</summary>
    Fields,
    /// <summary>The levels a review of the fields « à revoir » could lead to changed: the level now waits for a review, or no longer.</summary>
    ToConfirm,
}

public enum FieldChangeKind
{
    Appeared,
    Disappeared,
    Decision,

    /// <summary>A decision a reviewer's override now makes, or another reviewer's: not the form, not the classifier.</summary>
    Reviewed,

    /// <summary>A reviewer's decision that no longer applies (the override was taken out, or no longer finds its field): the
    /// classifier's decision is back, which the morning review must not read as a reviewer's.</summary>
    ReviewLost,
}

public sealed record FieldChange(FieldChangeKind Kind, string? Page, string Label, string Person, string? Before, string? After);

public sealed record ProcedureChange(
    string Id,
    string Title,
    string Ministry,
    string Administration,
    ProcedureSummary? Before,
    ProcedureSummary? After,
    IReadOnlyList<ChangeKind> Kinds,
    IReadOnlyList<ItemSummary> ItemsAdded,
    IReadOnlyList<ItemSummary> ItemsRemoved,
    IReadOnlyList<FieldChange> Fields)
{
    /// <summary>"8 (Faible) → 9 (Faible)", "nouvelle : 2 (Partiel)", "absente de cette mesure (était 4 (Partiel))".</summary>
    public string Headline => (Before, After) switch
    {
        (null, { } after) => "nouvelle : " + after.Display,
        ({ } before, null) => $"absente de cette mesure (était {before.Display})",
        ({ } before, { } after) => $"{before.Display} → {after.Display}",
        _ => "",
    };

    /// <summary>The items and fields behind the headline, in one line.</summary>
    public string Detail
    {
        get
        {
            var parts = new List<string>();
            if (Kinds.Contains(ChangeKind.ToConfirm))
            {
                parts.Add(After?.LevelsToConfirm is { } levels ? $"niveau à confirmer ({levels})" : "niveau qu'aucun champ à revoir ne peut plus changer");
            }

            parts.AddRange(ItemsAdded.Select(i => "+ " + i.Label));
            parts.AddRange(ItemsRemoved.Select(i => "− " + i.Label));
            var appeared = Fields.Count(f => f.Kind == FieldChangeKind.Appeared);
            var disappeared = Fields.Count(f => f.Kind == FieldChangeKind.Disappeared);
            var decided = Fields.Count(f => f.Kind == FieldChangeKind.Decision);
            var reviewed = Fields.Where(f => f.Kind == FieldChangeKind.Reviewed).ToList();
            var lost = Fields.Where(f => f.Kind == FieldChangeKind.ReviewLost).ToList();
            if (appeared > 0)
            {
                parts.Add($"{appeared} champ(s) apparu(s)");
            }

            if (disappeared > 0)
            {
                parts.Add($"{disappeared} champ(s) disparu(s)");
            }

            if (decided > 0)
            {
                parts.Add($"{decided} décision(s) modifiée(s)");
            }

            if (reviewed.Count > 0)
            {
                parts.Add($"{reviewed.Count} décision(s) de relecture ({string.Join(", ", reviewed.Select(f => "« " + f.Label + " »"))})");
            }

            if (lost.Count > 0)
            {
                parts.Add($"{lost.Count} décision(s) de relecture qui ne s'applique(nt) plus, retirée(s) du scénario ou sans champ correspondant ({string.Join(", ", lost.Select(f => "« " + f.Label + " »"))})");
            }

            return string.Join(" ; ", parts);
        }
    }

    /// <summary>A worse result than the night before: a higher score, or no longer measured.</summary>
    public bool Worse => (Before, After) switch
    {
        ({ Score: { } b }, { Score: { } a }) => a > b,
        ({ Status: MeasureStatus.Measured }, { Status: MeasureStatus.NotMeasured }) => true,
        _ => false,
    };
}

/// <summary>Night-to-night changes: every procedure whose status, score, level, counted items or fields changed.</summary>
public sealed record RunChanges(string RunId, DateTimeOffset StartedAt, string? PreviousRunId, DateTimeOffset? PreviousStartedAt, IReadOnlyList<ProcedureChange> Procedures)
{
    public bool HasPrevious => PreviousRunId is not null;

    /// <summary>A trial run (<see cref="RunHistory.IsTrial"/>): compared on its own procedures only, and never the run the
    /// next one is compared with.</summary>
    public bool Trial { get; init; }

    /// <summary>A night merged without some of its parts (a shard missing, a record damaged): the procedures they held read as
    /// absent, and the next night is not compared with this one.</summary>
    public bool Incomplete { get; init; }

    /// <summary>A trial run written in a folder that also keeps runs that are not trials (the nightly's): its export replaced theirs.</summary>
    public bool BesideNightlyRuns { get; init; }

    /// <summary>"depuis la mesure du 1 décembre 2026 à 22:00", or "première mesure conservée".</summary>
    public string Since => PreviousStartedAt is { } at ? "depuis la mesure du " + French.When(at) : "première mesure conservée : rien à comparer";

    /// <summary>
    /// What changed since <paramref name="previous"/>; for a <paramref name="trial"/> run (a scenario or two tried in the
    /// nightly's folder), only on the procedures it measured: the others are not missing, they were not asked.
    /// </summary>
    public static RunChanges Compare(RunSummary? previous, RunSummary current, bool trial = false)
    {
        if (previous is null)
        {
            return new(current.RunId, current.StartedAt, null, null, []) { Trial = trial };
        }

        if (trial)
        {
            previous = previous with { Procedures = [.. previous.Procedures.Where(p => current.Find(p.Id) is not null)] };
        }

        var changes = new List<ProcedureChange>();
        foreach (var after in current.Procedures)
        {
            if (Compare(previous.Find(after.Id), after) is { } change)
            {
                changes.Add(change);
            }
        }

        foreach (var before in previous.Procedures.Where(p => current.Find(p.Id) is null))
        {
            changes.Add(new(before.Id, before.Title, before.Ministry, before.Administration, before, null, [ChangeKind.Missing], [], [], []));
        }

        return new(current.RunId, current.StartedAt, previous.RunId, previous.StartedAt, [.. changes.OrderBy(c => c.Ministry, French.Order).ThenBy(c => c.Id, StringComparer.Ordinal)]) { Trial = trial };
    }

    /// <summary>One procedure's change since <paramref name="before"/>; null when nothing a reader would notice changed.</summary>
    public static ProcedureChange? Compare(ProcedureSummary? before, ProcedureSummary after)
    {
        if (before is null)
        {
            return new(after.Id, after.Title, after.Ministry, after.Administration, null, after, [ChangeKind.New], [], [], []);
        }

        var kinds = new List<ChangeKind>();
        if (before.Status != after.Status || before.Failure != after.Failure)
        {
            kinds.Add(ChangeKind.Status);
        }

        if (before.Score is not null && after.Score is not null && before.Score != after.Score)
        {
            kinds.Add(ChangeKind.Score);
        }

        if (before.Level != after.Level)
        {
            kinds.Add(ChangeKind.Level);
        }

        // Items and fields are compared only between two measures: a walk cut short saw a part of the form.
        var bothMeasured = before.Status == MeasureStatus.Measured && after.Status == MeasureStatus.Measured;
        var added = bothMeasured ? after.Counted.Where(i => before.Counted.All(b => b.Id != i.Id)).ToList() : [];
        var removed = bothMeasured ? before.Counted.Where(i => after.Counted.All(a => a.Id != i.Id)).ToList() : [];
        if (added.Count > 0 || removed.Count > 0)
        {
            kinds.Add(ChangeKind.Items);
        }

        if (bothMeasured && before.LevelsToConfirm != after.LevelsToConfirm)
        {
            kinds.Add(ChangeKind.ToConfirm);
        }

        var fields = bothMeasured ? CompareFields(before.Fields, after.Fields) : [];
        if (fields.Count > 0 && kinds.Count == 0)
        {
            kinds.Add(ChangeKind.Fields);
        }

        return kinds.Count == 0 ? null : new(after.Id, after.Title, after.Ministry, after.Administration, before, after, kinds, added, removed, fields);
    }

    /// <summary>
    /// Fields are matched by their label and person (a page's title may change with its wording); when a label appears
    /// several times, in order. A matched field whose item, count, holding or pre-filling changed is a changed decision.
    /// </summary>
    private static List<FieldChange> CompareFields(IReadOnlyList<FieldSummary> before, IReadOnlyList<FieldSummary> after)
    {
        static string Key(FieldSummary f) => TextFolding.Fold(f.Label) + "\u001f" + f.Person;
        var previous = before.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<FieldSummary>(g), StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var field in after)
        {
            if (!previous.TryGetValue(Key(field), out var queue) || queue.Count == 0)
            {
                changes.Add(new(FieldChangeKind.Appeared, field.Page, field.Label, field.Person, null, field.Decision));
                continue;
            }

            var old = queue.Dequeue();
            // A summary written before reviewers were recorded (null) says nothing about them: not a change.
            var reviewerChanged = old.Reviewer is not null && field.Reviewer is not null && old.Reviewer != field.Reviewer;
            if (old.Item != field.Item || old.Counted != field.Counted || old.Holding != field.Holding || old.Prefilled != field.Prefilled || reviewerChanged)
            {
                // A reviewer's decision that came or went explains the change: the morning review must not read it as the form's.
                var kind = !reviewerChanged ? FieldChangeKind.Decision : field.Reviewer == "" ? FieldChangeKind.ReviewLost : FieldChangeKind.Reviewed;
                changes.Add(new(kind, field.Page, field.Label, field.Person, old.Decision, field.Decision));
            }
        }

        foreach (var old in previous.Values.SelectMany(q => q))
        {
            changes.Add(new(FieldChangeKind.Disappeared, old.Page, old.Label, old.Person, old.Decision, null));
        }

        return changes;
    }
}
