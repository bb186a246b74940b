using System.Globalization;
using System.Text;
using System.Text.Json;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Cli;

namespace Observatoire.Probes.Tests.Classification;

/// <summary>
/// The classifier against the labelled evaluation set (real procedures' wording, sources in evaluation-set.md):
/// precision and recall of "counted", and item accuracy, with the remaining confusions printed.
/// </summary>
public sealed class EvaluationTests
{
    private const double MinimumPrecision = 0.97;
    private const double MinimumRecall = 0.95;
    private const double MinimumItemAccuracy = 0.93;

    private sealed record Labelled(FieldObservation Field, string Item, string Held, bool Counted, string Source);

    private static List<Labelled> Load()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Classification", "evaluation-set.jsonl");
        var list = new List<Labelled>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            // Read the field the way `probes classify` reads it, so the figures hold for that command too.
            var field = ClassifyCommand.Parse(line).Field!;
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            string? S(string k) => o.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0 ? v.GetString() : null;
            list.Add(new Labelled(field, S("expected_item")!, S("expected_held")!, o.GetProperty("expected_counted").GetBoolean(), S("source") ?? ""));
        }

        return list;
    }

    [Test]
    public void Evaluation_set_is_large_and_uses_only_catalogue_items()
    {
        var set = Load();
        Assert.That(set, Has.Count.GreaterThanOrEqualTo(600));
        Assert.That(set.Select(s => s.Field.Id).Distinct().Count(), Is.EqualTo(set.Count), "ids are unique");
        var unknown = set.Where(s => DataCatalogue.Default.Find(s.Item) is null).Select(s => s.Field.Id).ToList();
        Assert.That(unknown, Is.Empty);
        Assert.That(set.Where(s => DataCatalogue.HoldingText(DataCatalogue.Default.Find(s.Item)!.Holding) != s.Held).Select(s => s.Field.Id), Is.Empty,
            "expected_held agrees with the catalogue");
    }

    [Test]
    public void Classifier_meets_precision_recall_and_item_accuracy()
    {
        var set = Load();
        var classifier = Classifier.Default;
        int tp = 0, fp = 0, fn = 0, itemsRight = 0;
        var confusion = new Dictionary<(string Expected, string Got), List<string>>();
        foreach (var s in set)
        {
            var d = classifier.Classify(s.Field);
            if (d.Counted && s.Counted)
            {
                tp++;
            }
            else if (d.Counted)
            {
                fp++;
            }
            else if (s.Counted)
            {
                fn++;
            }

            var got = d.ItemId ?? "(none)";
            if (got == s.Item)
            {
                itemsRight++;
            }
            else
            {
                var key = (s.Item, got);
                if (!confusion.TryGetValue(key, out var ids))
                {
                    confusion[key] = ids = [];
                }

                ids.Add($"{s.Field.Id} «{s.Field.Label ?? s.Field.Placeholder}»{(d.Counted != s.Counted ? " [counted " + d.Counted + "]" : "")}");
            }
        }

        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        var accuracy = itemsRight / (double)set.Count;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"fields {set.Count}; counted precision {precision:0.000} recall {recall:0.000} (tp {tp}, fp {fp}, fn {fn}); item accuracy {accuracy:0.000}");
        foreach (var ((expected, got), ids) in confusion.OrderByDescending(c => c.Value.Count))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {expected} -> {got}: {ids.Count}  {string.Join("; ", ids.Take(6))}");
        }

        TestContext.Out.WriteLine(report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(precision, Is.GreaterThanOrEqualTo(MinimumPrecision), report.ToString());
            Assert.That(recall, Is.GreaterThanOrEqualTo(MinimumRecall), report.ToString());
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(MinimumItemAccuracy), report.ToString());
        });
    }
}
