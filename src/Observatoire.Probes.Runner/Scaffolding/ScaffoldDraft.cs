namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>What `probes scaffold` drafts from: the form's URL (a path is on the site under test), whether to follow it
/// to the final submission, and the folder of sample files to upload (scenarios/files).</summary>
public sealed record ScaffoldRequest(string Url, bool Follow, string SampleFiles)
{
    /// <summary>The day synthetic dates count from (a wished start date is two months ahead of it).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);
}

/// <summary>
/// A drafted scenario. <see cref="Yaml"/> is null when nothing could be drafted (the page did not open, it has no form);
/// <see cref="Problem"/> says why, or why the draft ends before the final submission.
/// </summary>
/// <param name="SampleFiles">The sample files the draft uploads (full paths).</param>
/// <param name="Schema">The scenario JSON Schema, named in the file's first line for editors.</param>
public sealed record ScaffoldDraft(string Id, string? Yaml, int Pages, int Todos, string? Problem, IReadOnlyList<string> SampleFiles, string? Schema = null)
{
    /// <summary>The shared fragments the draft includes (full paths of fragments/*.yaml).</summary>
    public IReadOnlyList<string> Fragments { get; init; } = [];

    /// <summary>
    /// Writes the draft to <paramref name="file"/> (never over an existing file unless <paramref name="overwrite"/>) and
    /// copies the sample files it uploads into files/ and the fragments it includes into fragments/ beside it when they
    /// are not there: the loader takes both from the scenario's own folder.
    /// </summary>
    public void Save(string file, bool overwrite)
    {
        var full = Path.GetFullPath(file);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var text = (Schema is not null ? $"# yaml-language-server: $schema={Path.GetRelativePath(folder, Schema).Replace('\\', '/')}\n" : "") + Yaml;
        using (var stream = new FileStream(full, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        foreach (var (part, kind) in SampleFiles.Select(f => (f, "files")).Concat(Fragments.Select(f => (f, "fragments"))))
        {
            var copy = Path.Combine(folder, kind, Path.GetFileName(part));
            if (!File.Exists(copy))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(part, copy);
            }
        }
    }
}
