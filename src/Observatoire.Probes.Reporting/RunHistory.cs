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

    /// <summary>The kept runs before <paramref name="runId"/>, oldest first, trial runs left out unless asked: what this run is compared with.</summary>
    public IReadOnlyList<RunSummary> Before(string runId, bool trials = false)
    {
        IReadOnlyList<RunSummary> earlier = [.. Load().Where(s => string.CompareOrdinal(s.RunId, runId) < 0)];
        return trials ? earlier : WithoutTrials(earlier);
    }

    /// <summary>
    /// A run is a trial when it was asked for fewer than half the scenarios the configured folder holds: a file or two
    /// tried in the nightly's Reports folder (`probes run essais/x.yaml`, a filtered `dotnet test`). Decided by the entry
    /// point, which knows what was asked, and kept in the run's summary: the morning review compares the next run with
    /// the last run that is not one, the trend leaves it out, and trials never take the kept runs' places.
    /// </summary>
    public static bool IsTrial(int asked, int configured) => asked * 2 < configured;

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

        // The newest `keep` runs that are not trials are kept, and the trials since the oldest of them (at most as many).
        var kept = Folders().Select(f => (Folder: f, Summary: RunSummary.Read(Path.Combine(f, "summary.json")))).ToList();
        var runs = kept.Where(k => k.Summary is { Trial: false }).TakeLast(Math.Max(1, keep)).ToList();
        var since = runs.Count > 0 ? Path.GetFileName(runs[0].Folder) : "";
        var trials = kept.Where(k => k.Summary is { Trial: true } && string.CompareOrdinal(Path.GetFileName(k.Folder), since) > 0).TakeLast(Math.Max(1, keep));
        var keepFolders = runs.Concat(trials).Select(k => k.Folder).ToHashSet(StringComparer.Ordinal);
        // A run whose summary no longer reads is not dropped: its export is the only copy of that night (see Unreadable).
        foreach (var old in kept.Where(k => k.Summary is not null && !keepFolders.Contains(k.Folder) && k.Folder != folder))
        {
            Directory.Delete(old.Folder, recursive: true);
        }
    }

    /// <summary>Kept runs whose summary is missing or does not read: left out of every comparison, kept on disk.</summary>
    public IReadOnlyList<string> Unreadable() =>
        [.. Folders().Where(f => RunSummary.Read(Path.Combine(f, "summary.json")) is null)];

    private IEnumerable<string> Folders() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateDirectories(Folder).Where(d => RunId().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal)
            : [];
}
