using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Runner;

/// <summary>What a merge of run folders gave.</summary>
public sealed record MergeOutcome(IReadOnlyList<ProcedureResult> Results, bool Complete, IReadOnlyList<string> Problems)
{
    /// <summary>What changed since the output folder's previous whole night (<see cref="RunChanges.Incomplete"/> when parts are missing); null when no folder read.</summary>
    public RunChanges? Changes { get; init; }
}

/// <summary>
/// `probes report DIR…`: the run folders of shards (or of a run resumed elsewhere) merged into one: every Allure
/// result, every final record, one export and one set of launch files, as one run over all the scenarios would give.
/// </summary>
public static class RunMerge
{
    private static readonly string[] LaunchFiles = ["categories.json", "environment.properties", "executor.json"];

    public static MergeOutcome Merge(IReadOnlyList<string> folders, string output, int keepRuns = 30)
    {
        var problems = new List<string>();
        var records = new Dictionary<string, (ProcedureResult Result, string Folder)>(StringComparer.Ordinal);
        var states = new List<RunState>();
        var damaged = false;
        var target = Path.GetFullPath(output);
        var results = Path.Combine(target, "allure-results");
        foreach (var folder in folders.Select(Path.GetFullPath))
        {
            if (RunFolder.StateIn(folder) is not { } state)
            {
                problems.Add(File.Exists(Path.Combine(folder, "run.json"))
                    ? $"{folder}: its run.json does not read (cut short, or edited): run that shard again with `probes run --shard K/N` into a fresh folder"
                    : $"{folder}: not a run folder (no run.json): give the Reports folder of a `probes run`");
                continue;
            }

            states.Add(state);
            if (!state.Completed)
            {
                problems.Add($"{folder}: run {state.RunId} (shard {state.Shard}) did not complete: resume it with `probes run --resume` before merging, or the merged export stays marked incomplete");
            }

            var read = RunFolder.ReadRecords(folder, out var unreadable);
            damaged |= unreadable.Count > 0;
            foreach (var file in unreadable)
            {
                problems.Add($"{file} does not read (damaged after its run): that procedure is not in the merge, which stays marked incomplete; measure it again with `probes run --shard K/N --resume` on that folder");
            }

            foreach (var record in read)
            {
                if (records.TryGetValue(record.Procedure.Id, out var seen))
                {
                    problems.Add($"{record.Procedure.Id} is in both {seen.Folder} and {folder}: shards must not overlap; the later one is kept");
                }

                records[record.Procedure.Id] = (record, folder);
            }
        }

        // Shards say which part of how many they are: a night merged without some of them is missing their procedures.
        var shards = states.Select(s => Shard.Parse(s.Shard, out _)).OfType<Shard>().Where(s => s.Count > 1).ToList();
        var missing = shards.Select(s => s.Count).Distinct()
            .SelectMany(n => Enumerable.Range(1, n).Where(k => !shards.Any(s => s.Count == n && s.Index == k)).Select(k => $"{k}/{n}")).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"shard(s) {string.Join(", ", missing)} missing: their procedures are not in the merge, which stays marked incomplete; give every shard's folder (a failed shard job can be run again with `probes run --shard K/N --resume`)");
        }

        // One night's shards start within minutes of each other: a folder left from another night would publish its results as tonight's.
        if (states.Count > 1 && states.Max(s => s.StartedAt) - states.Min(s => s.StartedAt) > TimeSpan.FromHours(20))
        {
            var (oldest, newest) = (states.MinBy(s => s.StartedAt)!, states.MaxBy(s => s.StartedAt)!);
            problems.Add($"the folders are not one night's: run {oldest.RunId} (shard {oldest.Shard}) started {(newest.StartedAt - oldest.StartedAt).TotalHours:0} hours before run {newest.RunId} (shard {newest.Shard}); give the shards of one night, each in its own fresh folder");
            damaged = true;
        }

        if (states.Count == 0)
        {
            // Nothing to merge: the output folder keeps the night it holds.
            return new MergeOutcome([], false, problems);
        }

        var merged = records.Values.Select(r => r.Result).OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).ToList();
        var complete = states.Count == folders.Count && states.All(s => s.Completed) && missing.Count == 0 && !damaged;
        var first = states.OrderBy(s => s.StartedAt).FirstOrDefault();
        var runId = first?.RunId ?? RunFolder.NewRunId(DateTimeOffset.UtcNow);
        var startedAt = first?.StartedAt ?? DateTimeOffset.UtcNow;
        var toolVersion = first?.ToolVersion ?? "";
        // Opening the output clears what a previous merge left there: the shards' results are copied after.
        using var folderOut = RunFolder.Open(target, new RunState(runId, startedAt, toolVersion, $"{states.Count} fusionnés"), resume: false);
        foreach (var folder in folders.Select(Path.GetFullPath).Where(f => !string.Equals(f, target, StringComparison.Ordinal)))
        {
            CopyResults(Path.Combine(folder, "allure-results"), results);
        }

        foreach (var result in merged)
        {
            folderOut.WriteFinal(result);
        }

        // Each shard wrote its overviews blind to the nights before: the merged night's are read against its own history.
        folderOut.Allure.RefreshOverviews(merged);

        // An incomplete night still gets its morning review and its synthesis, marked so: the procedures of the missing
        // parts read as absent, and the next night is compared with the last whole one.
        var (changes, _) = folderOut.Complete(new RunInfo(runId, startedAt, toolVersion, "(fusion de plusieurs exécutions)", "", null),
            startedAt.ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), keepRuns, incomplete: !complete);

        return new MergeOutcome(merged, complete, problems) { Changes = changes };
    }

    private static void CopyResults(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var name = Path.GetFileName(file);
            if (LaunchFiles.Contains(name, StringComparer.Ordinal) || name.EndsWith("-container.json", StringComparison.Ordinal))
            {
                continue; // one run's launch files: the merge writes its own
            }

            File.Copy(file, Path.Combine(to, name), overwrite: true);
        }
    }
}
