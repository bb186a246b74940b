using System.Diagnostics;
using System.Globalization;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Tests.Scenarios;

/// <summary>
/// A corpus of broken scenario files (Broken/*.yaml), each saying on its first line where and what the loader must
/// report: <c># expect: LINE:COLUMN message fragment</c>. Every file gets its positioned error, none crashes the loader.
/// </summary>
public sealed class BrokenScenarioTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(Folder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName(Path.GetFileNameWithoutExtension(f)));

    [TestCaseSource(nameof(Files))]
    public void A_broken_file_is_reported_at_its_position(string name)
    {
        var path = Path.Combine(Folder, name);
        var expect = ExpectationOf(path);

        var clock = Stopwatch.StartNew();
        var result = ScenarioLoader.Load(path, DataCatalogue.Default, name => name is "franceconnect_login" or "franceconnect_password");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "a broken file is reported quickly");

        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.That(result.Scenario, Is.Null, "a broken file never yields a scenario");
        Assert.That(messages, Has.Some.Contains($"{name}:{expect.Line}:{expect.Column}: ").And.Contains(expect.Fragment), string.Join("\n", messages));
        Assert.That(messages, Has.All.Length.LessThan(600), "long values are cut in messages");
    }

    private static (int Line, int Column, string Fragment) ExpectationOf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var first = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Max(0, Array.IndexOf(bytes, (byte)'\n')));
        Assert.That(first, Does.StartWith("# expect: "), $"{path} says what it expects on its first line");
        var rest = first["# expect: ".Length..].Trim();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var position = rest[..space].Split(':');
        return (int.Parse(position[0], CultureInfo.InvariantCulture), int.Parse(position[1], CultureInfo.InvariantCulture), rest[(space + 1)..]);
    }
}
