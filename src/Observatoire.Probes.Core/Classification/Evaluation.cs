using System.Globalization;
using System.Text;
using System.Text.Json;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Classification;

/// <summary>One labelled field of an evaluation set: the field as a walker sees it and the answer by the contract.</summary>
public sealed record LabelledField(FieldObservation Field, string Procedure, string Item, bool Counted, IReadOnlyList<int> Rules, string Source)
{
    /// <summary>The file beside an evaluation file that says whom each procedure is for, as a scenario's `public` does.</summary>
    public const string PublicsFile = "publics.tsv";

    /// <summary>
    /// Reads a JSON Lines evaluation file; a line that does not read is an error naming its line. A line without a `public`
    /// takes its procedure's from <see cref="PublicsFile"/> beside the file, when there is one: the context a scenario gives.
    /// </summary>
    public static IReadOnlyList<LabelledField> Load(string path)
    {
        var publics = Publics(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, PublicsFile));
        var list = new List<LabelledField>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (field, column, error, _) = FieldLines.Parse(line);
            if (field is null)
            {
                throw new InvalidInputException([new Diagnostic(new SourcePosition(path, number, column), error!)]);
            }

            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            string S(string k) => o.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            var rules = o.TryGetProperty("rules", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(x => x.GetInt32()).ToList() : [];
            if (field.Public is null && publics.TryGetValue(S("procedure"), out var filer))
            {
                field = field with { Public = filer };
            }

            list.Add(new LabelledField(field, S("procedure"), S("expected_item"), o.GetProperty("expected_counted").GetBoolean(), rules, S("source")));
        }

        return list;
    }

    /// <summary>Procedure → public, from a tab-separated file (procedure, public, why; the header and # lines skipped).</summary>
    private static Dictionary<string, string> Publics(string path)
    {
        var publics = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return publics;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var cells = line.Split('\t');
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line) || cells[0] == "procedure")
            {
                continue;
            }

            var found = cells.Length < 2 ? null : cells[1].Trim();
            var problem = cells[0].Trim().Length == 0 ? "a line without a procedure"
                : found is null ? "no public after the procedure (expected « procedure<TAB>public<TAB>why »)"
                : !Scenarios.ProcedureInfo.Publics.Contains(found, StringComparer.Ordinal) ? $"public « {found} » is not one of {string.Join(", ", Scenarios.ProcedureInfo.Publics)}"
                : publics.ContainsKey(cells[0].Trim()) ? $"procedure « {cells[0].Trim()} » has a line already"
                : null;
            if (problem is not null)
            {
                throw new InvalidInputException([new Diagnostic(new SourcePosition(path, number, 1), problem)]);
            }

            publics[cells[0].Trim()] = cells[1].Trim();
        }

        return publics;
    }
}

/// <summary>The classifier's figures on one part of the evaluation set.</summary>
internal sealed record EvaluationReport(
    string Part,
    int Fields,
    int Procedures,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int ItemsRight,
    int Flagged,
    int UnflaggedTruePositives,
    int UnflaggedFalsePositives,
    int ScoresExact,
    int LevelsRight,
    int LevelsSettled,
    int LevelsSettledRight,
    IReadOnlyList<(string Item, int Support, int Right, int Predicted)> PerItem,
    IReadOnlyList<(int Rule, int Lines, int ItemsRight, int CountedRight)> PerRule,
    IReadOnlyList<(string Expected, string Got, int Count, IReadOnlyList<string> Examples)> Confusions,
    IReadOnlyList<Cluster>? Clusters = null,
    IReadOnlyList<SourceTally>? PerSource = null)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double ItemAccuracy => Ratio(ItemsRight, Fields);

    /// <summary>Share of fields flagged « à revoir » (left for a reviewer).</summary>
    public double FlaggedShare => Ratio(Flagged, Fields);

    /// <summary>Counted precision on the fields not flagged: what the indicator publishes without a review.</summary>
    public double UnflaggedPrecision => Ratio(UnflaggedTruePositives, UnflaggedTruePositives + UnflaggedFalsePositives);

    public double ScoreExactShare => Ratio(ScoresExact, Procedures);

    public double LevelShare => Ratio(LevelsRight, Procedures);

    /// <summary>Share of procedures whose level no field « à revoir » can move (<see cref="ScoreSpan.LevelSettled"/>).</summary>
    public double SettledShare => Ratio(LevelsSettled, Procedures);

    /// <summary>Level right among the procedures whose level is settled: what the indicator publishes without a review.</summary>
    public double SettledLevelShare => Ratio(LevelsSettledRight, LevelsSettled);

    /// <summary>Level right among the procedures whose level waits for a review.</summary>
    public double UnsettledLevelShare => Ratio(LevelsRight - LevelsSettledRight, Procedures - LevelsSettled);

    /// <summary>The decisions on labelled fields, each procedure's fields read in their order, as a walk reads a page (a
    /// field's block is read with it: <see cref="Classifier.ClassifyInOrder"/>).</summary>
    internal static FieldDecision[] DecideInOrder(IReadOnlyList<LabelledField> set, Classifier classifier)
    {
        var decisions = new FieldDecision[set.Count];
        foreach (var procedure in Enumerable.Range(0, set.Count).GroupBy(i => set[i].Procedure, StringComparer.Ordinal))
        {
            var lines = procedure.ToList();
            var read = classifier.ClassifyInOrder([.. lines.Select(i => set[i].Field)]);
            for (var k = 0; k < lines.Count; k++)
            {
                decisions[lines[k]] = read[k];
            }
        }

        return decisions;
    }

    internal static double Ratio(int a, int b) => b == 0 ? 1 : a / (double)b;

    /// <summary>Runs <paramref name="classifier"/> over <paramref name="set"/>. <paramref name="groupOf"/> names the group a
    /// procedure was split with (the procedures of one téléservice or form family stand together; each procedure alone
    /// when null): the unit <see cref="Intervals"/> draws.</summary>
    public static EvaluationReport Of(string part, IReadOnlyList<LabelledField> set, Classifier classifier, Func<string, string>? groupOf = null)
    {
        int tp = 0, fp = 0, fn = 0, right = 0, flagged = 0, utp = 0, ufp = 0;
        var perItem = new Dictionary<string, (int Support, int Right, int Predicted)>(StringComparer.Ordinal);
        var perRule = new SortedDictionary<int, (int Lines, int Items, int Counted)>();
        var confusions = new Dictionary<(string, string), List<string>>();
        var byProcedure = new Dictionary<string, (HashSet<string> Expected, HashSet<string> Got)>(StringComparer.Ordinal);
        var tally = new Dictionary<string, LineCounts>(StringComparer.Ordinal);
        var perSource = new SortedDictionary<string, (SourceTally Tally, HashSet<string> Procedures)>(StringComparer.Ordinal);
        var decisions = DecideInOrder(set, classifier);
        var decided = new Dictionary<string, List<FieldDecision>>(StringComparer.Ordinal);
        for (var i = 0; i < set.Count; i++)
        {
            var (s, d) = (set[i], decisions[i]);
            if (!decided.TryGetValue(s.Procedure, out var own))
            {
                decided[s.Procedure] = own = [];
            }

            own.Add(d);
            var got = d.ItemId ?? "(aucun)";
            var line = LineCounts.Of(d.Counted, s.Counted, got == s.Item);
            var kind = SourceTally.KindOf(s.Source);
            var (k, procedures) = perSource.GetValueOrDefault(kind, (new SourceTally(kind), new HashSet<string>(StringComparer.Ordinal)));
            procedures.Add(s.Procedure);
            perSource[kind] = (k with { Counts = k.Counts + line }, procedures);
            tally[s.Procedure] = tally.GetValueOrDefault(s.Procedure) + line;
            tp += d.Counted && s.Counted ? 1 : 0;
            fp += d.Counted && !s.Counted ? 1 : 0;
            fn += !d.Counted && s.Counted ? 1 : 0;
            var itemRight = got == s.Item;
            right += itemRight ? 1 : 0;
            if (d.Ambiguous)
            {
                flagged++;
            }
            else
            {
                utp += d.Counted && s.Counted ? 1 : 0;
                ufp += d.Counted && !s.Counted ? 1 : 0;
            }

            var e = perItem.GetValueOrDefault(s.Item);
            perItem[s.Item] = (e.Support + 1, e.Right + (itemRight ? 1 : 0), e.Predicted);
            var g = perItem.GetValueOrDefault(got);
            perItem[got] = (g.Support, g.Right, g.Predicted + 1);
            foreach (var rule in s.Rules)
            {
                var r = perRule.GetValueOrDefault(rule);
                perRule[rule] = (r.Lines + 1, r.Items + (itemRight ? 1 : 0), r.Counted + (d.Counted == s.Counted ? 1 : 0));
            }

            if (!itemRight)
            {
                if (!confusions.TryGetValue((s.Item, got), out var examples))
                {
                    confusions[(s.Item, got)] = examples = [];
                }

                examples.Add($"{s.Field.Id} « {s.Field.DisplayLabel} »" + (d.Counted != s.Counted ? $" [compté : {(d.Counted ? "oui" : "non")}]" : ""));
            }

            if (!byProcedure.TryGetValue(s.Procedure, out var p))
            {
                byProcedure[s.Procedure] = p = ([], []);
            }

            if (s.Counted)
            {
                p.Expected.Add(s.Item);
            }

            if (d.Counted && d.ItemId is not null)
            {
                p.Got.Add(d.ItemId);
            }
        }

        var exact = byProcedure.Values.Count(p => p.Expected.Count == p.Got.Count);
        var levels = byProcedure.Values.Count(p => DlnufLevels.ForScore(p.Expected.Count) == DlnufLevels.ForScore(p.Got.Count));
        var settled = byProcedure.Where(p => ScoreSpan.Of(decided[p.Key]).LevelSettled).ToList();
        var settledRight = settled.Count(p => DlnufLevels.ForScore(p.Value.Expected.Count) == DlnufLevels.ForScore(p.Value.Got.Count));
        var clusters = byProcedure.GroupBy(p => groupOf?.Invoke(p.Key) ?? p.Key, StringComparer.Ordinal).Select(g => new Cluster(g.Key)
        {
            Counts = g.Aggregate(default(LineCounts), (sum, p) => sum + tally[p.Key]),
            Procedures = g.Count(),
            ScoresExact = g.Count(p => p.Value.Expected.Count == p.Value.Got.Count),
            LevelsRight = g.Count(p => DlnufLevels.ForScore(p.Value.Expected.Count) == DlnufLevels.ForScore(p.Value.Got.Count)),
        }).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new EvaluationReport(part, set.Count, byProcedure.Count, tp, fp, fn, right, flagged, utp, ufp, exact, levels, settled.Count, settledRight,
            [.. perItem.Where(i => i.Value.Support > 0 || i.Value.Predicted > 0).OrderByDescending(i => i.Value.Support).Select(i => (i.Key, i.Value.Support, i.Value.Right, i.Value.Predicted))],
            [.. perRule.Select(r => (r.Key, r.Value.Lines, r.Value.Items, r.Value.Counted))],
            [.. confusions.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key.Item1, StringComparer.Ordinal).Select(c => (c.Key.Item1, c.Key.Item2, c.Value.Count, (IReadOnlyList<string>)c.Value))],
            clusters,
            [.. perSource.Values.Select(v => v.Tally with { Procedures = v.Procedures.Count })]);
    }

    /// <summary>The figures in one line: what a commit message or a note quotes.</summary>
    public string Headline() => string.Create(CultureInfo.InvariantCulture,
        $"{Part}: {Fields} fields, {Procedures} procedures; counted precision {Precision:0.000}, recall {Recall:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}); item accuracy {ItemAccuracy:0.000}; à revoir {FlaggedShare:0.0%}, precision of the rest {UnflaggedPrecision:0.000}; procedures: score exact {ScoreExactShare:0.00}, level right {LevelShare:0.00}; level settled {SettledShare:0.00}, right when settled {SettledLevelShare:0.00}, when not {(LevelsSettled == Procedures ? "—" : UnsettledLevelShare.ToString("0.00", CultureInfo.InvariantCulture))}");

    /// <summary>How many draws <see cref="Intervals"/> makes, and its seed: fixed, so the same figures print the same interval.</summary>
    public const int Draws = 2000;

    private const int Seed = 20261204;

    /// <summary>
    /// The 95 % intervals of the figures, by a cluster bootstrap: the part's groups of procedures drawn again with
    /// replacement, <see cref="Draws"/> times. The parts were split by group (one téléservice's procedures, a form family)
    /// and a group's fields stand or fall together (one form's wording), so groups, not fields nor procedures, are the
    /// draws: a finer unit would give intervals too narrow.
    /// </summary>
    public IReadOnlyList<(string Figure, double Low, double High)> Intervals()
    {
        var clusters = Clusters ?? [];
        if (clusters.Count == 0)
        {
            return [];
        }

        var figures = new (string Name, Func<Cluster, (int Hits, int Of)> Part)[]
        {
            ("precision", c => (c.Counts.TruePositives, c.Counts.TruePositives + c.Counts.FalsePositives)),
            ("recall", c => (c.Counts.TruePositives, c.Counts.TruePositives + c.Counts.FalseNegatives)),
            ("item accuracy", c => (c.Counts.ItemsRight, c.Counts.Lines)),
            ("score exact", c => (c.ScoresExact, c.Procedures)),
            ("level right", c => (c.LevelsRight, c.Procedures)),
        };
        var samples = figures.Select(_ => new double[Draws]).ToArray();
        var random = new Random(Seed);
        var hits = new int[figures.Length];
        var of = new int[figures.Length];
        for (var draw = 0; draw < Draws; draw++)
        {
            Array.Clear(hits);
            Array.Clear(of);
            for (var i = 0; i < clusters.Count; i++)
            {
                var c = clusters[random.Next(clusters.Count)];
                for (var f = 0; f < figures.Length; f++)
                {
                    var (h, o) = figures[f].Part(c);
                    hits[f] += h;
                    of[f] += o;
                }
            }

            for (var f = 0; f < figures.Length; f++)
            {
                samples[f][draw] = Ratio(hits[f], of[f]);
            }
        }

        return [.. figures.Select((f, i) =>
        {
            Array.Sort(samples[i]);
            return (f.Name, samples[i][(int)(Draws * 0.025)], samples[i][(int)Math.Ceiling(Draws * 0.975) - 1]);
        })];
    }

    /// <summary>Everything: headline, per item, per hard-case rule, the confusion pairs with examples (none for a part that
    /// must stay unread: <paramref name="examples"/> 0 prints the counts alone).</summary>
    public string Details(int confusionsShown = 25, int examples = 4)
    {
        var sb = new StringBuilder(Headline()).AppendLine();
        if (Intervals() is { Count: > 0 } intervals)
        {
            var ranges = string.Join(", ", intervals.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Figure} {i.Low:0.000}–{i.High:0.000}")));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  95 % intervals, bootstrap over {Clusters!.Count} groups of procedures ({Draws} draws): {ranges}");
        }

        sb.AppendLine("  per item (support, item recall, predicted):");
        foreach (var (item, support, itemRight, predicted) in PerItem)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"    {item,-26} {support,4} {(support == 0 ? 0 : itemRight / (double)support),6:0.00} {predicted,5}");
        }

        if (PerSource is { Count: > 1 })
        {
            sb.AppendLine("  per kind of source (lines, procedures, counted precision, recall, item accuracy):");
            foreach (var k in PerSource)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"    {k.Kind,-26} {k.Counts.Lines,4} {k.Procedures,4} {k.Counts.Precision,6:0.000} {k.Counts.Recall,6:0.000} {k.Counts.ItemAccuracy,6:0.000}");
            }
        }

        sb.AppendLine("  per hard-case rule (lines, item accuracy, counted right):");
        foreach (var (rule, lines, items, counted) in PerRule)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"    rule {rule}: {lines,4} {items / (double)lines,6:0.00} {counted / (double)lines,6:0.00}");
        }

        sb.AppendLine("  confusions (expected -> got):");
        foreach (var (expected, got, count, ex) in Confusions.Take(confusionsShown))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"    {expected} -> {got}: {count}  {string.Join("; ", ex.Take(examples))}");
        }

        return sb.ToString();
    }
}

/// <summary>Counted and item decisions over some lines of an evaluation.</summary>
internal readonly record struct LineCounts(int Lines, int TruePositives, int FalsePositives, int FalseNegatives, int ItemsRight)
{
    public double Precision => EvaluationReport.Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => EvaluationReport.Ratio(TruePositives, TruePositives + FalseNegatives);

    public double ItemAccuracy => EvaluationReport.Ratio(ItemsRight, Lines);

    /// <summary>One line: counted by the classifier, counted by its label, item right.</summary>
    public static LineCounts Of(bool counted, bool expected, bool itemRight) =>
        new(1, counted && expected ? 1 : 0, counted && !expected ? 1 : 0, !counted && expected ? 1 : 0, itemRight ? 1 : 0);

    public static LineCounts operator +(LineCounts a, LineCounts b) =>
        new(a.Lines + b.Lines, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives, a.ItemsRight + b.ItemsRight);
}

/// <summary>A group of procedures split together (one téléservice's, a form family) and its counts: what the bootstrap draws.</summary>
internal sealed record Cluster(string Name)
{
    public LineCounts Counts { get; init; }

    public int Procedures { get; init; }

    public int ScoresExact { get; init; }

    public int LevelsRight { get; init; }
}

/// <summary>The lines of one kind of source in an evaluation: the wording a probe meets is a form's code; a page's or a
/// notice's list of papers is wording it meets less often.</summary>
internal sealed record SourceTally(string Kind)
{
    /// <summary>Wording copied from a téléservice's code (a repository): what a walk reads on the form.</summary>
    public const string FormCode = "form code";

    /// <summary>Wording copied from an official page, a CERFA or its notice.</summary>
    public const string PageText = "page or notice text";

    public LineCounts Counts { get; init; }

    public int Procedures { get; init; }

    /// <summary>A line's kind of source, from its `source` (« github:owner/repo@commit:path » for code, an address otherwise).</summary>
    public static string KindOf(string source) =>
        source.StartsWith("github:", StringComparison.Ordinal) ? FormCode : PageText;
}
