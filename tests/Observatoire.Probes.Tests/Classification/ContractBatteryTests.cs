using NUnit.Framework;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Tests.Classification;

/// <summary>
/// Batteries of contract cases (`Batteries/*.txt`): fields written in their own words by helpers who read only the contract
/// (`docs/domain/dlnuf.md`) and the labelling decisions, never the evaluation set, and labelled by them. The classifier's
/// families were fixed against them, so they measure nothing about unseen forms and never enter a headline figure: they
/// guard the families from coming undone. One line: <c>label|input|legend|section|hint|administration|page => item</c>.
/// </summary>
public sealed class ContractBatteryTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Classification", "Batteries");

    /// <summary>The share of lines whose item, and whose counted / not counted, the classifier gets right, at this stop; a
    /// line a helper was unsure of counts like any other, so the floors sit below the perfect score on purpose.</summary>
    private const double ItemFloor = 0.79;
    private const double CountedFloor = 0.88;

    [Test]
    public void The_classifier_keeps_deciding_the_contract_batteries_as_labelled()
    {
        var files = Directory.GetFiles(Folder, "*.txt");
        Assert.That(files, Is.Not.Empty, Folder);

        int lines = 0, items = 0, counted = 0;
        var misses = new List<string>();
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                {
                    continue;
                }

                var (field, expected) = Parse(line, $"{Path.GetFileName(file)}:{number}");
                var item = Classifier.Default.Catalogue.Find(expected);
                Assert.That(item, Is.Not.Null, $"{Path.GetFileName(file)}:{number}: unknown item « {expected} »");

                var decision = Classifier.Default.Classify(field);
                lines++;
                items += decision.ItemId == expected ? 1 : 0;
                counted += decision.Counted == (item!.Holding == Holding.Held) ? 1 : 0;
                if (decision.ItemId != expected)
                {
                    misses.Add($"{Path.GetFileName(file)}:{number} « {field.Label} » want {expected}, got {decision.ItemId ?? "(aucun)"}");
                }
            }
        }

        var itemShare = items / (double)lines;
        var countedShare = counted / (double)lines;
        TestContext.Out.WriteLine($"{lines} lines: item {itemShare:0.000}, counted {countedShare:0.000}");
        Assert.Multiple(() =>
        {
            Assert.That(itemShare, Is.GreaterThanOrEqualTo(ItemFloor), string.Join("\n", misses));
            Assert.That(countedShare, Is.GreaterThanOrEqualTo(CountedFloor), string.Join("\n", misses));
        });
    }

    private static (FieldObservation Field, string Item) Parse(string line, string where)
    {
        var arrow = line.LastIndexOf(" => ", StringComparison.Ordinal);
        Assert.That(arrow, Is.GreaterThan(0), $"{where}: no « => item »");
        var slots = line[..arrow].Split('|');
        Assert.That(slots, Has.Length.EqualTo(7), $"{where}: 7 slots expected");
        string? Slot(int i) => string.IsNullOrWhiteSpace(slots[i]) ? null : slots[i].Trim();
        return (new FieldObservation
        {
            Id = where,
            Label = Slot(0),
            Input = Slot(1) ?? "text",
            Legend = Slot(2),
            Section = Slot(3),
            Hint = Slot(4),
            Administration = Slot(5),
            Page = Slot(6),
        }, line[(arrow + 4)..].Trim());
    }
}
