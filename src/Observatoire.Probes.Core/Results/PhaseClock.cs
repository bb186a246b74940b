using System.Diagnostics;

namespace Observatoire.Probes.Results;

/// <summary>Where a probe's time goes; shown in the evidence so that a slow procedure explains itself.</summary>
public enum Phase
{
    /// <summary>Opening pages, clicking and waiting for the next page to load.</summary>
    Navigation,
    /// <summary>Finding the targets of the steps (labels, buttons), typing and choosing.</summary>
    Locating,
    /// <summary>Taking the inventory of the fields of a page (every frame).</summary>
    Inventory,
    /// <summary>Outlining the fields and taking screenshots.</summary>
    Screenshots,
    /// <summary>Reading the accessibility tree of each page.</summary>
    AccessibilityTree,
    /// <summary>Deciding each field: classification and reviewers' overrides.</summary>
    Classification,
    /// <summary>Stopping and scrubbing the Playwright trace.</summary>
    Trace,
    /// <summary>Writing the evidence (Allure results, run records).</summary>
    Writing,
}

/// <summary>Accumulates elapsed time per phase; one per walk, used by one walk at a time.</summary>
public sealed class PhaseClock
{
    private readonly long[] _ticks = new long[Enum.GetValues<Phase>().Length];

    public async Task<T> TimeAsync<T>(Phase phase, Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await action();
        }
        finally
        {
            Add(phase, start);
        }
    }

    public async Task TimeAsync(Phase phase, Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await action();
        }
        finally
        {
            Add(phase, start);
        }
    }

    public T Time<T>(Phase phase, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Add(phase, start);
        }
    }

    public void Add(Phase phase, long startTimestamp) =>
        Interlocked.Add(ref _ticks[(int)phase], Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Milliseconds per phase, in the enum's order; phases that took no time are left out.</summary>
    public IReadOnlyDictionary<Phase, double> Snapshot() =>
        Enum.GetValues<Phase>().Where(p => _ticks[(int)p] > 0)
            .ToDictionary(p => p, p => Math.Round(Stopwatch.GetElapsedTime(0, _ticks[(int)p]).TotalMilliseconds, 1));
}
