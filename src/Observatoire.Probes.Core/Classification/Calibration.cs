using System.Globalization;
using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>
/// What a decision's confidence means: how often decisions reached the same way were right on the development part of
/// the evaluation set (never the held-out part). A decision's <em>path</em> says how it was reached (where its cue was
/// read, what kind of cue, which hard-case rule changed it, what kind of item); the table counts, per path, the decisions
/// seen and those right (item and counted both right). Paths seen too rarely fall back to a coarser path.
/// </summary>
internal sealed class Calibration
{
    public const string EmbeddedName = "calibration.tsv";

    /// <summary>Below this many decisions a path says too little; its coarser path is used.</summary>
    private const int MinimumSupport = 8;

    private readonly Dictionary<string, (int Seen, int Right)> _table;

    private Calibration(Dictionary<string, (int Seen, int Right)> table) => _table = table;

    public static Calibration Embedded { get; } = Load();

    /// <summary>The smoothed share of right decisions for <paramref name="path"/> or the closest coarser path.</summary>
    public double Confidence(string path)
    {
        // The path and its prefixes up to each « | », longest first, looked up without cutting a string.
        var lookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = path.AsSpan();
        while (true)
        {
            if (lookup.TryGetValue(key, out var cell) && cell.Seen >= MinimumSupport)
            {
                return Math.Round((cell.Right + 1.0) / (cell.Seen + 2.0), 2);
            }

            if (key.IsEmpty)
            {
                return 0.5;
            }

            var cut = key.LastIndexOf('|');
            key = cut < 0 ? [] : key[..cut];
        }
    }

    /// <summary>A path and its coarser forms, the full one first, then the empty (global) one.</summary>
    internal static IEnumerable<string> Coarser(string path)
    {
        var parts = path.Split('|');
        for (var n = parts.Length; n >= 0; n--)
        {
            yield return string.Join('|', parts.Take(n));
        }
    }

    /// <summary>Counts, on labelled fields, how often each path was right: the table the tool ships (calibration.tsv).</summary>
    public static string Fit(IEnumerable<LabelledField> development, Classifier classifier)
    {
        var table = new SortedDictionary<string, (int Seen, int Right)>(StringComparer.Ordinal);
        var set = development.ToList();
        var decisions = EvaluationReport.DecideInOrder(set, classifier);
        for (var i = 0; i < set.Count; i++)
        {
            var (s, d) = (set[i], decisions[i]);
            var right = (d.ItemId ?? "") == s.Item && d.Counted == s.Counted;
            foreach (var key in Coarser(d.Path ?? ""))
            {
                var cell = table.GetValueOrDefault(key);
                table[key] = (cell.Seen + 1, cell.Right + (right ? 1 : 0));
            }
        }

        var sb = new StringBuilder("# path\tseen\tright — fitted on the development part of the evaluation set (EvaluationTests), never on the held-out part\n");
        foreach (var (key, (seen, right)) in table)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{key}\t{seen}\t{right}\n");
        }

        return sb.ToString();
    }

    private static Calibration Load()
    {
        var table = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        using var stream = typeof(Calibration).Assembly.GetManifestResourceStream(EmbeddedName);
        if (stream is null)
        {
            return new Calibration(table);
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length == 3)
            {
                table[cells[0]] = (int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture));
            }
        }

        return new Calibration(table);
    }
}
