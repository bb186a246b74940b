using System.Diagnostics;
using System.Text;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Tests.Scenarios;

/// <summary>
/// Random mutations of the bundled scenarios (a fixed seed, so a failure replays): the loader never throws, never hangs,
/// and every mutation either loads or is reported with positions inside the file.
/// </summary>
public sealed class ScenarioFuzzTests
{
    private const string Noise = ":{}[]-&*!|>'\"\t\n #%@`$\\,?é\u00a0\u0000";

    [Test]
    public void Mutated_scenarios_never_crash_hang_or_lose_their_positions()
    {
        var random = new Random(20261202);
        var sources = Directory.GetFiles(Repository.Scenarios, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var file = Path.Combine(Repository.Scenarios, "fuzz.yaml");
        var budget = Stopwatch.StartNew();
        var (runs, valid) = (0, 0);
        while (budget.Elapsed < TimeSpan.FromSeconds(5))
        {
            var text = sources[random.Next(sources.Count)];
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                text = Mutate(text, random);
            }

            var clock = Stopwatch.StartNew();
            LoadResult result = null!;
            Assert.DoesNotThrow(() => result = ScenarioLoader.Parse(text, file, DataCatalogue.Default, _ => true), text);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), text);
            var lines = text.Split('\n').Length;
            Assert.That(result.Scenario is not null || result.Diagnostics.Count > 0, Is.True, "a file either loads or says why");
            Assert.That(result.Diagnostics.Select(d => d.Position.Line), Has.All.InRange(1, lines + 1), text);
            valid += result.IsValid ? 1 : 0;
            runs++;
        }

        Assert.That(runs, Is.GreaterThan(200), "the loader keeps up");
        TestContext.Out.WriteLine($"{runs} mutations, {valid} still valid");
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0)
        {
            return "x";
        }

        var lines = text.Split('\n').ToList();
        var at = random.Next(text.Length);
        var line = random.Next(lines.Count);
        switch (random.Next(9))
        {
            case 0:
                return text.Remove(at, 1);
            case 1:
                return text.Insert(at, Noise[random.Next(Noise.Length)].ToString());
            case 2:
                lines.Insert(line, lines[random.Next(lines.Count)]);
                break;
            case 3:
                lines.RemoveAt(line);
                break;
            case 4:
                (lines[line], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[line]);
                break;
            case 5:
                lines[line] = new string(' ', random.Next(0, 9)) + lines[line].TrimStart();
                break;
            case 6:
                return text.Insert(at, new string('x', random.Next(1, 5000)));
            case 7:
                return text.Insert(at, "${");
            default:
                return text[..at];
        }

        return string.Join('\n', lines);
    }
}
