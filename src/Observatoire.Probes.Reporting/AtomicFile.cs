using System.Text;

namespace Observatoire.Probes.Reporting;

/// <summary>Writes a file whole or not at all, so a run cut short never leaves a half-written result.</summary>
public static class AtomicFile
{
    private static int _writes;

    /// <summary>A name beside <paramref name="path"/> for one write (« …tmp-PID-N »): two writes of the same file at once,
    /// in one process or two, never share their temporary file.</summary>
    public static string Temporary(string path) => $"{path}.tmp-{Environment.ProcessId}-{Interlocked.Increment(ref _writes)}";

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = Temporary(path);
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
