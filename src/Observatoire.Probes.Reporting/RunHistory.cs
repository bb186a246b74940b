using System.Text.RegularExpressions;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The dated run folders, reports/runs/&lt;runId&gt;/: each completed run's export (indicator.csv, indicator.json), its
/// evidence summary (summary.json) and what changed since the run before (changes.json). Run ids are UTC timestamps
/// (20261202-220000), so their order is the runs' order. Only the newest KeepRuns folders are kept.
/// </summary>
public sealed partial class RunHistory(string reports)
{
    private static readonly string[] Exports = ["indicator.csv", "indicator.json"];

    public string Folder { get; } = Path.Combine(reports, "runs");

    [GeneratedRegex(@"^\d{8}-\d{6}$")]
    private static partial Regex RunId();

    /// <summary>Every kept run's summary, oldest first; a folder without a readable summary is skipped.</summary>
    public IReadOnlyList<RunSummary> Load() =>
        [.. Folders().Select(f => RunSummary.Read(Path.Combine(f, "summary.json"))).OfType<RunSummary>()];

    /// <summary>The kept runs before <paramref name="runId"/>, oldest first, trial runs left out: what this run is compared with.</summary>
    public IReadOnlyList<RunSummary> Before(string runId) => WithoutTrials([.. Load().Where(s => string.CompareOrdinal(s.RunId, runId) < 0)]);

    /// <summary>
    /// A trial run measured fewer than half the procedures of the largest kept run that is not a trial: a scenario or two
    /// tried in the nightly's folder (an author's `probes run essais/x.yaml`, a filtered `dotnet test`). Decided when the
    /// run completes and kept in its summary: the morning review compares the next run with the last run that is not one,
    /// and the trend leaves it out. A night that lost a few procedures, or a merge of shards, is no trial.
    /// </summary>
    public static bool IsTrial(RunSummary run, IReadOnlyList<RunSummary> kept) =>
        kept.Count > 0 && run.Procedures.Count * 2 < kept.Max(r => r.Procedures.Count);

    /// <summary>The runs that were not trials when they completed, in their order.</summary>
    public static IReadOnlyList<RunSummary> WithoutTrials(IReadOnlyList<RunSummary> runs) => [.. runs.Where(r => !r.Trial)];

    /// <summary>Keeps a completed run: its export, its summary and its changes, then drops the oldest runs past <paramref name="keep"/>.</summary>
    public void Save(RunSummary summary, string exportsFrom, int keep)
    {
        var folder = Path.Combine(Folder, summary.RunId);
        Directory.CreateDirectory(folder);
        foreach (var name in Exports.Append("changes.json"))
        {
            var source = Path.Combine(exportsFrom, name);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(folder, name), overwrite: true);
            }
        }

        // The summary last: a folder is a kept run only once it has one.
        AtomicFile.WriteAllText(Path.Combine(folder, "summary.json"), summary.ToJson() + "\n");
        foreach (var old in Folders().SkipLast(Math.Max(1, keep)))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private IEnumerable<string> Folders() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateDirectories(Folder).Where(d => RunId().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal)
            : [];
}
