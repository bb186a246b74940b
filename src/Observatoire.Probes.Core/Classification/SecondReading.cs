using System.Globalization;
using System.Text;

namespace Observatoire.Probes.Classification;

/// <summary>
/// A second reading of a field, statistical and independent of the rules: a logistic regression over the words of its
/// label, hint, legend, section and page title and a few facts of its markup, trained on every labelled line outside the
/// held-out part to say whether the field counts. It decides nothing. Where it doubts a decision the rules are sure of,
/// the decision is left « à revoir »: out of fold it found the rules' mistakes about twice as often as the calibrated
/// confidence alone for the same share of fields (evaluation README, stop 51). Its weights are refitted whenever the
/// rules or the lines change (<c>second-reading.tsv</c>, checked by the evaluation tests).
/// </summary>
internal sealed class SecondReading
{
    public const string EmbeddedName = "second-reading.tsv";

    /// <summary>A feature seen on fewer training lines says nothing a new form could use.</summary>
    private const int MinimumSupport = 2;

    private const int Passes = 10;
    private const double Rate = 0.1;
    private const double L2 = 0.001;

    /// <summary>Longer features (a long word behind its prefix) are cut, the same way in training and in use.</summary>
    private const int MaxFeature = 64;

    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SecondReading(Dictionary<string, double> weights) => _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();

    public static SecondReading Embedded { get; } = Load();

    /// <summary>The features of each field the classifier decides on this thread, in order, while training listens.</summary>
    [ThreadStatic]
    private static List<List<string>>? _recorded;

    /// <summary>Called for every field the classifier decides: hands its features to a training under way on this thread.</summary>
    public static void Heard(FieldObservation field, FieldReader.Texts texts, FieldReading reading)
    {
        if (_recorded is { } recorded)
        {
            var naming = new Naming([]);
            Read(field, texts, reading, ref naming);
            recorded.Add(naming.Names);
        }
    }

    /// <summary>How likely the field counts, on this reading alone (0.5 when no weights ship). Its words are the texts the
    /// classifier read (<paramref name="texts"/>: numbering, negations and typos already dealt with).</summary>
    public double Counts(FieldObservation field, FieldReader.Texts texts, FieldReading reading)
    {
        var sink = new Scoring(_lookup);
        Read(field, texts, reading, ref sink);
        return 1 / (1 + Math.Exp(-sink.Sum));
    }

    /// <summary>Fits the weights on labelled lines (never the held-out part): the table the tool ships. Deterministic: a
    /// fixed seed draws the order of each pass.</summary>
    public static string Fit(IReadOnlyList<LabelledField> lines, Classifier classifier)
    {
        // Each procedure's fields read in their order, as the evaluation and a walk read them; the classifier hands each
        // field's features over as it decides.
        var data = new List<(List<string> X, bool Y)>(lines.Count);
        foreach (var procedure in lines.GroupBy(l => l.Procedure, StringComparer.Ordinal))
        {
            _recorded = [];
            try
            {
                var fields = procedure.Select(l => l.Field).ToList();
                classifier.ClassifyInOrder(fields);
                if (_recorded.Count != fields.Count)
                {
                    throw new InvalidOperationException($"{procedure.Key}: {_recorded.Count} fields heard for {fields.Count} decided");
                }

                data.AddRange(_recorded.Zip(procedure, (x, l) => (x, l.Counted)));
            }
            finally
            {
                _recorded = null;
            }
        }
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (x, _) in data)
        {
            foreach (var f in x)
            {
                support[f] = support.GetValueOrDefault(f) + 1;
            }
        }

        var index = support.Where(s => s.Value >= MinimumSupport).Select(s => s.Key).Order(StringComparer.Ordinal)
            .Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var columns = data.Select(d => d.X.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToList();
        var (w, g2) = (new double[index.Count], new double[index.Count]);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(7);
        for (var pass = 0; pass < Passes; pass++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var z = 0.0;
                foreach (var j in columns[k])
                {
                    z += w[j];
                }

                var g = 1 / (1 + Math.Exp(-z)) - (data[k].Y ? 1 : 0);
                foreach (var j in columns[k])
                {
                    // AdaGrad: a word met on every page steps less than a rare one.
                    var gj = g + L2 * w[j];
                    g2[j] += gj * gj;
                    w[j] -= Rate * gj / Math.Sqrt(g2[j] + 1e-8);
                }
            }
        }

        var text = new StringBuilder("# feature\tweight — a logistic regression on whether a field counts, fitted on the labelled lines outside the held-out part (EvaluationTests); refit with PROBES_UPDATE_EXPECTED=1\n");
        foreach (var (feature, j) in index)
        {
            text.Append(feature).Append('\t').Append(w[j].ToString("0.#####", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    internal static Dictionary<string, double> Parse(TextReader reader)
    {
        var weights = new Dictionary<string, double>(FeatureNames.Instance);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.LastIndexOf('\t');
            if (line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            weights[line[..tab]] = double.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        return weights;
    }

    private static SecondReading Load()
    {
        using var stream = typeof(SecondReading).Assembly.GetManifestResourceStream(EmbeddedName);
        if (stream is null)
        {
            return new SecondReading(new Dictionary<string, double>(FeatureNames.Instance));
        }

        using var reader = new StreamReader(stream);
        return new SecondReading(Parse(reader));
    }

    private interface ISink
    {
        void Add(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value);
    }

    /// <summary>The one list of features, for training and for use.</summary>
    private static void Read<TSink>(FieldObservation field, FieldReader.Texts texts, FieldReading reading, ref TSink sink) where TSink : struct, ISink
    {
        var label = texts.Label.Folded;
        sink.Add("bias", "");
        sink.Add("in:", texts.Input ?? "text");
        sink.Add("pub:", texts.Public ?? "");
        sink.Add("ctx:", reading.Context is null ? "0" : "1");
        sink.Add("typist:", reading.ByTypist ? "1" : "0");
        Span<char> present = [Present(field.Legend), Present(field.Hint), Present(field.Section)];
        sink.Add("blocks:", present);
        sink.Add("options:", Digit(Math.Min(field.Options.Count, 5)));
        sink.Add("length:", Digit(Math.Min(Words(label), 12) / 3));
        Distinct(label, "w:", ref sink);
        Distinct(texts.Hint.Folded, "h:", ref sink);
        Distinct(texts.Legend.Folded, "l:", ref sink);
        Distinct(texts.Section.Folded, "s:", ref sink);
        Distinct(texts.Page.Folded, "p:", ref sink);
        Span<char> pair = stackalloc char[MaxFeature];
        for (var i = 0; i + 1 < label.Count; i++)
        {
            if (label[i] == "|" || label[i + 1] == "|")
            {
                continue;
            }

            var a = label[i].AsSpan();
            var b = label[i + 1].AsSpan();
            var length = Math.Min(a.Length, MaxFeature / 2 - 1);
            a[..length].CopyTo(pair);
            pair[length] = '_';
            var rest = Math.Min(b.Length, MaxFeature - length - 1);
            b[..rest].CopyTo(pair[(length + 1)..]);
            sink.Add("b:", pair[..(length + 1 + rest)]);
        }

        static char Present(string? text) => string.IsNullOrEmpty(text) ? '0' : '1';
        static ReadOnlySpan<char> Digit(int n) => "0123456789".AsSpan(n, 1);
    }

    private static int Words(List<string> tokens)
    {
        var n = 0;
        foreach (var t in tokens)
        {
            n += t == "|" ? 0 : 1;
        }

        return n;
    }

    private static void Distinct<TSink>(List<string> tokens, string prefix, ref TSink sink) where TSink : struct, ISink
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == "|" || tokens.IndexOf(token, 0, i) >= 0)
            {
                continue;
            }

            sink.Add(prefix, token);
        }
    }

    /// <summary>Sums the weights of the features met, building each name on the stack.</summary>
    private struct Scoring(Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup) : ISink
    {
        public double Sum;

        public void Add(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value)
        {
            Span<char> name = stackalloc char[MaxFeature + 8];
            var length = Name(prefix, value, name);
            if (lookup.TryGetValue(name[..length], out var weight))
            {
                Sum += weight;
            }
        }
    }

    private readonly struct Naming(List<string> names) : ISink
    {
        public List<string> Names => names;

        public void Add(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value)
        {
            Span<char> name = stackalloc char[MaxFeature + 8];
            names.Add(name[..Name(prefix, value, name)].ToString());
        }
    }

    /// <summary>Feature names compared and hashed as plain characters: a short name's FNV-1a is cheaper than the
    /// randomised string hash, and the names are the tool's own, not an attacker's.</summary>
    private sealed class FeatureNames : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        public static readonly FeatureNames Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string name) => Hash(name);

        public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

        public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

        private static int Hash(ReadOnlySpan<char> name)
        {
            var hash = 2166136261u;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }

    private static int Name(ReadOnlySpan<char> prefix, ReadOnlySpan<char> value, Span<char> into)
    {
        prefix.CopyTo(into);
        var length = Math.Min(value.Length, MaxFeature);
        value[..length].CopyTo(into[prefix.Length..]);
        // A tab or a line break would break the table's lines; no folded word holds one.
        return prefix.Length + length;
    }
}
