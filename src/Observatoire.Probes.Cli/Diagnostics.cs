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
            var above = File.ReadLines(position.File).Take(position.Line).ToList();
            if (above.Count < position.Line)
            {
                return null;
            }

            var line = above[^1].Replace('\t', ' ');
            if (HoldsPersonaValue(above))
            {
                line = WithoutValue(line);
            }

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

    /// <summary>
    /// True when the last line is a persona's data: under `values:` or `persona:`, or a `description:` (a persona's values
    /// are personal data, masked wherever the probe writes; a line echoed from a broken file is no exception).
    /// </summary>
    private static bool HoldsPersonaValue(List<string> lines)
    {
        var line = lines[^1];
        if (KeyOf(line) is "description" or "values" or "persona")
        {
            return true;
        }

        // Up the keys that hold this line (a line without a key, a value wrapped onto its own line, holds nothing), then the
        // top-level key of the part of the file it is in.
        var indent = IndentOf(line);
        for (var k = lines.Count - 2; k >= 0; k--)
        {
            var text = lines[k];
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#') || KeyOf(text) is not { } key)
            {
                continue;
            }

            if (IndentOf(text) < indent || IndentOf(text) == 0)
            {
                if (key is "values" or "persona" or "description")
                {
                    return true;
                }

                if (IndentOf(text) == 0)
                {
                    return false;
                }

                indent = IndentOf(text);
            }
        }

        return false;
    }

    /// <summary>The line with what follows its key masked (« nir: ••• »), or all of it after the indentation.</summary>
    private static string WithoutValue(string line)
    {
        var indent = IndentOf(line);
        var colon = line.IndexOf(':', indent);
        var keep = KeyOf(line) is not null && colon > 0 ? colon + 1 : indent + (line.AsSpan(indent).StartsWith("- ") ? 2 : 0);
        return string.Concat(line.AsSpan(0, keep), keep < line.Length ? " •••" : "");
    }

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ', '\t', '-').Length;

    /// <summary>The key a line starts with (« nir » in « nir: 2620… », « "nir" » as JSON writes it), or null: a key is
    /// followed by a colon and a space or the line's end (« https://… », « 14:30 » are values).</summary>
    private static string? KeyOf(string line)
    {
        var text = line.TrimStart(' ', '\t', '-');
        var quote = text.Length > 0 && text[0] is '"' or '\'' ? text[0] : '\0';
        var start = quote == '\0' ? 0 : 1;
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        var colon = quote == '\0' ? end : end < text.Length && text[end] == quote ? end + 1 : -1;
        return end > start && colon >= 0 && colon < text.Length && text[colon] == ':' && (colon + 1 == text.Length || char.IsWhiteSpace(text[colon + 1]))
            ? text[start..end]
            : null;
    }
}
