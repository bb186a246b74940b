using Observatoire.Probes.Browser;

namespace Observatoire.Probes.Runner;

/// <summary>`probes trace`: finds a walk's Playwright trace and serves Playwright's own viewer for it on 127.0.0.1.</summary>
public static class TraceFiles
{
    /// <summary>
    /// The trace a reviewer means: a trace.zip path (one of evidence/traces, or downloaded from the report), or a
    /// procedure id, whose newest trace in the Reports folder is taken. Null with the reason when there is none.
    /// </summary>
    public static string? Find(string reports, string argument, out string? problem)
    {
        problem = null;
        if (File.Exists(argument))
        {
            return Path.GetFullPath(argument);
        }

        var folder = Path.Combine(reports, "evidence", "traces");
        var traces = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip") : [];
        var mine = traces.Where(t => Path.GetFileName(t).StartsWith(argument + "-", StringComparison.Ordinal) && Path.GetFileName(t).Length == argument.Length + 37)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        if (mine is not null)
        {
            return mine;
        }

        var available = traces.Select(t => Path.GetFileName(t)[..^37]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        problem = $"no trace file or procedure trace `{argument}` in {folder}"
            + (available.Count == 0 ? " (walks keep a trace when they fail, or always with --Browser:Trace=Always)" : $"; procedures with a trace: {string.Join(", ", available)}");
        return null;
    }

    /// <summary>Serves the viewer until it is stopped (Ctrl+C); returns the viewer's exit code.</summary>
    public static int Serve(string trace, int port) => TraceViewer.Serve(trace, port);
}
