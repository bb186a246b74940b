using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Runner;

/// <summary>
/// The run folder (Reports): the Allure results of every attempt, one record per finished procedure (final as soon as
/// written, so a run killed mid-way resumes without losing or repeating a result), the run's identity and whether it
/// completed, and the indicator export, rewritten as results arrive. At the end: the dated run history (runs/), what
/// changed since the run before (changes.csv/.json) and the synthesis page.
/// </summary>
internal sealed class RunFolder : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProcedureResult> _records = new(StringComparer.Ordinal);

    /// <summary>Held while the run writes the folder: two runs in one folder would delete each other's results.</summary>
    private readonly FileStream _holder;

    private RunFolder(string root, RunState state, AllureWriter allure, FileStream holder)
    {
        Root = root;
        State = state;
        Allure = allure;
        _holder = holder;
    }

    public void Dispose() => _holder.Dispose();

    public string Root { get; }

    public RunState State { get; private set; }

    public AllureWriter Allure { get; }

    public string Results => Path.Combine(Root, "allure-results");

    public string Evidence => Path.Combine(Root, "evidence");

    private static string RecordsOf(string root) => Path.Combine(root, "records");

    private static string StateOf(string root) => Path.Combine(root, "run.json");

    /// <summary>
    /// Opens the run folder: a fresh run clears the previous run's results, records and traces; a resumed run keeps
    /// them (and its identity) and skips the procedures already recorded.
    /// </summary>
    public static RunFolder Open(string root, RunState fresh, bool resume)
    {
        Directory.CreateDirectory(root);
        var holder = Hold(root);
        try
        {
            return Open(root, fresh, resume, holder);
        }
        catch
        {
            holder.Dispose();
            throw;
        }
    }

    /// <summary>The folder's lock, an exclusive handle the system lets go of when the process ends, even killed.</summary>
    private static FileStream Hold(string root)
    {
        try
        {
            return new FileStream(Path.Combine(root, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ProbeException($"{root} is being written by another run: wait for it to end, or give this run its own folder (--Reports=…)");
        }
    }

    private static RunFolder Open(string root, RunState fresh, bool resume, FileStream holder)
    {
        var previous = resume ? ReadState(root) : null;
        if (resume && previous is null && File.Exists(StateOf(root)))
        {
            // Starting afresh would delete the results this folder holds.
            throw new ProbeException($"{StateOf(root)} does not read (cut short, or edited): the folder's results are kept; resume into a copy with a run.json from the same shard, or run again without --resume into a fresh folder");
        }

        if (previous is not null && previous.Shard != fresh.Shard)
        {
            // Resuming shard 2's walks in shard 1's folder would leave shard 1's procedures unmeasured and merge twice.
            throw new ProbeException($"{root} holds shard {previous.Shard} of run {previous.RunId}, not shard {fresh.Shard}: resume it with `--shard {previous.Shard}`, or give this shard its own folder");
        }

        if (previous is null)
        {
            foreach (var part in new[] { "allure-results", "records", Path.Combine("evidence", "traces") })
            {
                var path = Path.Combine(root, part);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }

            // What only a completed run writes: a run that does not complete must not leave the previous one's beside its export.
            foreach (var file in new[] { "indicator.xlsx", "changes.csv", "changes.json", "synthesis.html", "synthesis.pdf" })
            {
                File.Delete(Path.Combine(root, file));
            }
        }

        var state = previous is null ? fresh : previous with { CompletedAt = null, Resumed = previous.Resumed + 1, ResumedAfterCompletion = previous.CompletedAt ?? previous.ResumedAfterCompletion };
        var past = new RunHistory(root).Before(state.RunId);
        var folder = new RunFolder(root, state, new AllureWriter(Path.Combine(root, "allure-results"), past: past), holder);
        foreach (var record in ReadRecords(root))
        {
            folder._records[record.Procedure.Id] = record;
        }

        if (previous is not null)
        {
            // Killed mid-procedure: that procedure is walked again, so its partial evidence goes.
            folder.Allure.RemoveUnfinished(folder._records.Keys);
            foreach (var partial in Directory.Exists(RecordsOf(root)) ? Directory.GetFiles(RecordsOf(root), "*.tmp-*") : [])
            {
                File.Delete(partial);
            }
        }

        folder.WriteState();
        return folder;
    }

    /// <summary>The final result recorded for a procedure, or null.</summary>
    public ProcedureResult? RecordOf(string procedureId)
    {
        lock (_lock)
        {
            return _records.GetValueOrDefault(procedureId);
        }
    }

    /// <summary>Procedures already recorded in this run folder.</summary>
    public bool IsRecorded(string procedureId)
    {
        lock (_lock)
        {
            return _records.ContainsKey(procedureId);
        }
    }

    public IReadOnlyList<ProcedureResult> Records
    {
        get
        {
            lock (_lock)
            {
                return [.. _records.Values.OrderBy(r => r.Procedure.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>One attempt's evidence (every attempt is kept: Allure shows them as retries).</summary>
    public void WriteAttempt(ProcedureResult attempt) => Allure.WriteResult(attempt);

    /// <summary>The procedure's final result: its record, then the export with it.</summary>
    public void WriteFinal(ProcedureResult result)
    {
        var record = result with
        {
            Pages = [.. result.Pages.Select(p => p with { Screenshot = null, AriaSnapshot = null, Observed = null })],
        };
        var path = Path.Combine(RecordsOf(Root), result.Procedure.Id + ".json");
        Directory.CreateDirectory(RecordsOf(Root));
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(record, Json));
        lock (_lock)
        {
            _records[result.Procedure.Id] = record;
            WriteExport(complete: false);
        }
    }

    /// <summary>
    /// The run is over: launch files, the complete export (with the workbook), the run kept in runs/ (the oldest past
    /// <paramref name="keepRuns"/> dropped), the changes since the run before, the synthesis page, the state marked completed.
    /// </summary>
    /// <param name="trial">A trial run (<see cref="RunHistory"/>): compared on its own procedures, never the run the next one
    /// is compared with. A merge of shards is never one: shards missing from it are procedures missing from the night.</param>
    public (RunChanges Changes, string Synthesis) Complete(RunInfo info, long start, long stop, int keepRuns, bool trial = false, bool incomplete = false)
    {
        Allure.WriteLaunch(info, start, stop);
        State = State with { CompletedAt = DateTimeOffset.UtcNow };
        List<ProcedureResult> records;
        lock (_lock)
        {
            WriteExport(complete: !incomplete);
            records = [.. _records.Values];
        }

        var history = new RunHistory(Root);
        var summary = RunSummary.Of(new RunStamp(State.RunId, !incomplete), State.StartedAt, info.Catalogue, records);
        summary = summary with { Trial = trial };
        // A trial is read against the last run of any kind (two trials in their own folder compare with each other); a
        // run that is not one, against the last that is not one either.
        var all = history.Before(State.RunId, trials: true);
        var before = RunHistory.WithoutTrials(all);
        var earlier = trial ? all : before;
        var changes = RunChanges.Compare(earlier.Count > 0 ? earlier[^1] : null, summary, summary.Trial) with
        {
            BesideNightlyRuns = trial && before.Count > 0, Incomplete = incomplete,
        };
        if (trial)
        {
            // The overviews were written against the last run that is not a trial: a trial's are read as its changes are.
            new AllureWriter(Path.Combine(Root, "allure-results"), past: all).RefreshOverviews(records);
        }

        ChangesFiles.Write(Root, changes);
        // An incomplete night is kept as a trial is: the next night is compared with the last whole one, and the trend
        // leaves it out.
        history.Save(incomplete ? summary with { Trial = true } : summary, Root, keepRuns);
        var synthesis = Synthesis.Write(Root, records, RunHistory.WithoutTrials(history.Load()), changes, State.ToolVersion);
        WriteState();
        return (changes, synthesis);
    }

    private void WriteExport(bool complete) =>
        IndicatorExport.Write(Root, [.. _records.Values], State.ToolVersion, new RunStamp(State.RunId, complete));

    private void WriteState()
    {
        var path = StateOf(Root);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(State, Json));
    }

    private static RunState? ReadState(string root)
    {
        var path = StateOf(root);
        try
        {
            // `{}` reads as a state with holes: as unreadable as one that does not parse.
            return File.Exists(path) && JsonSerializer.Deserialize<RunState>(File.ReadAllText(path), Json) is { RunId.Length: > 0, Shard.Length: > 0, ToolVersion: not null } state ? state : null;
        }
        catch (JsonException)
        {
            return null; // a state file we cannot read: not trusted by half (a fresh run replaces it, --resume refuses it)
        }
    }

    /// <summary>The final results recorded in a run folder; a record that does not read back is skipped (it will be measured again).</summary>
    public static IReadOnlyList<ProcedureResult> ReadRecords(string root) => ReadRecords(root, out _);

    /// <param name="unreadable">The record files that do not read (written atomically, so damaged after the run).</param>
    public static IReadOnlyList<ProcedureResult> ReadRecords(string root, out IReadOnlyList<string> unreadable)
    {
        var folder = RecordsOf(root);
        var bad = new List<string>();
        unreadable = bad;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var records = new List<ProcedureResult>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                if (JsonSerializer.Deserialize<ProcedureResult>(File.ReadAllText(file), Json) is { } record)
                {
                    records.Add(record);
                }
            }
            catch (JsonException)
            {
                bad.Add(file);
            }
        }

        return records;
    }

    public static RunState? StateIn(string root) => ReadState(root);

    public static string NewRunId(DateTimeOffset at) => at.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
}

/// <summary>What run.json says: which run the folder holds and whether it completed.</summary>
public sealed record RunState(string RunId, DateTimeOffset StartedAt, string ToolVersion, string Shard)
{
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>How many times the run was resumed after being cut short.</summary>
    public int Resumed { get; init; }

    /// <summary>When the run had completed, if it had, before this resume: only what it lacks is measured again.</summary>
    public DateTimeOffset? ResumedAfterCompletion { get; init; }

    public bool Completed => CompletedAt is not null;
}
