namespace Observatoire.Probes.Cli;

/// <summary>Problems printed the way compilers print them: position, message, then the line with a caret under the fault.</summary>
internal static class Diagnostics
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d);
            if (SourceLine(d.Position) is { } line)
            {
                writer.WriteLine("  " + line.Text);
                writer.WriteLine("  " + new string(' ', line.Caret) + "^");
            }
        }
    }

    /// <summary>The faulty line (tabs as spaces, cut around the column when long) and where the caret goes.</summary>
    private static (string Text, int Caret)? SourceLine(SourcePosition position)
    {
        if (position.Line < 1 || !File.Exists(position.File))
        {
            return null;
        }

        try
        {
            var line = File.ReadLines(position.File).Skip(position.Line - 1).FirstOrDefault();
            if (line is null)
            {
                return null;
            }

            line = line.Replace('\t', ' ');
            var caret = Math.Clamp(position.Column - 1, 0, line.Length);
            const int Width = 100;
            if (line.Length > Width)
            {
                var start = Math.Clamp(caret - (Width / 2), 0, line.Length - Width);
                line = string.Concat(start > 0 ? "…" : "", line.AsSpan(start, Width), start + Width < line.Length ? "…" : "");
                caret = caret - start + (start > 0 ? 1 : 0);
            }

            return (line, caret);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
