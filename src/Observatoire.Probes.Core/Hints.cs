namespace Observatoire.Probes;

/// <summary>Helpers for messages a person reads: "did you mean", values cut to a readable length.</summary>
public static class Hints
{
    /// <summary>The closest candidate within a small edit distance, for "did you mean" hints.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > 200)
        {
            return null; // nobody mistyped 200 characters; and the distance would cost too much
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>
    /// The candidates most like <paramref name="wanted"/>, best first: what a page offers in place of a label or a
    /// button the scenario names. Compared without case, accents or punctuation; a candidate that contains the words
    /// looked for, or is contained in them, ranks before one that is only a few letters away.
    /// </summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> candidates, int count = 3)
    {
        var target = Normalise(wanted);
        if (target.Length == 0 || target.Length > 200)
        {
            return [];
        }

        var words = target.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. candidates
            .Select(c => (Text: c.Trim(), Key: Normalise(c)))
            .Where(c => c.Key.Length > 0 && c.Key.Length <= 400)
            .DistinctBy(c => c.Key)
            .Select(c =>
            {
                var shared = words.Count(w => c.Key.Split(' ').Contains(w));
                var containment = c.Key.Contains(target, StringComparison.Ordinal) || target.Contains(c.Key, StringComparison.Ordinal) ? 1.0 : 0.0;
                var distance = (double)Distance(target, c.Key.Length > 120 ? c.Key[..120] : c.Key) / Math.Max(target.Length, Math.Min(c.Key.Length, 120));
                return (c.Text, Score: containment + ((double)shared / words.Length) + (1 - distance));
            })
            .Where(c => c.Score > 0.5)
            .OrderByDescending(c => c.Score)
            .Take(count)
            .Select(c => c.Text)];
    }

    private static string Normalise(string text)
    {
        var folded = new System.Text.StringBuilder();
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A value as quoted in a message: one line, at most <paramref name="max"/> characters (a 1 MB value stays out of the console).</summary>
    public static string Cut(string text, int max = 80)
    {
        var line = text.Length > max * 4 ? text[..(max * 4)] : text;
        line = line.ReplaceLineEndings(" ");
        return line.Length <= max && text.Length <= max * 4 ? line : string.Concat(line.AsSpan(0, Math.Min(max, line.Length)), $"… ({text.Length} characters)");
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
