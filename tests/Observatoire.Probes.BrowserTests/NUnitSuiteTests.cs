using System.Diagnostics;
using System.Xml.Linq;
using Observatoire.Probes.Testing;

namespace Observatoire.Probes.BrowserTests;

/// <summary>The scenarios as NUnit test cases, run the way a user runs them (`dotnet test` with a filter), and the
/// proof that the suite and `probes run` are two doors to one runner: same results, evidence and export.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class NUnitSuiteTests
{
    [Test]
    public async Task Dotnet_test_and_probes_run_give_the_same_results_evidence_and_export()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-nunit-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(work);
        try
        {
            var suite = Path.Combine(work, "suite");
            var cli = Path.Combine(work, "cli");
            var (exit, output) = await DotnetTestAsync("Name=cheque-energie|TestCategory=Justice", work, suite);

            Assert.That(exit, Is.Not.Zero, "a Faible procedure fails its test case:\n" + output);
            var outcomes = XDocument.Load(Path.Combine(work, "probes.trx")).Descendants()
                .Where(e => e.Name.LocalName == "UnitTestResult")
                .ToDictionary(e => (string)e.Attribute("testName")!, e => (string)e.Attribute("outcome")!);
            Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, string> { ["cheque-energie"] = "Passed", ["aide-juridictionnelle"] = "Failed" }), output);

            var (cliExit, stdout, stderr) = await ProbesProcess.RunAsync(
                ["run", "scenarios/cheque-energie.yaml", "scenarios/aide-juridictionnelle.yaml", $"--Reports={cli}", "--GenerateHtmlReport=false"],
                workingDirectory: Repository.Root);
            Assert.That(cliExit, Is.EqualTo(ProbesProcess.NotMeasured).Or.EqualTo(ProbesProcess.Ok), stdout + stderr);

            Assert.Multiple(() =>
            {
                Assert.That(RunOutputs.Export(suite), Has.Count.EqualTo(2));
                Assert.That(File.ReadAllText(Path.Combine(suite, "allure-report", "index.html")), Does.Contain("<html"), "the HTML report follows the suite's results, as after probes run");
                Assert.That(RunOutputs.Differences(RunOutputs.Export(suite), RunOutputs.Export(cli)), Is.Empty, "indicator.json: dotnet test ≠ probes run");
                Assert.That(RunOutputs.Lines(Path.Combine(suite, "indicator-fields.csv")), Is.EqualTo(RunOutputs.Lines(Path.Combine(cli, "indicator-fields.csv"))), "indicator-fields.csv");
                // Each procedure's last attempt: a walk the machine's load made fail once on one side is an event of that run.
                Assert.That(RunOutputs.AllureResults(suite, finalAttempts: true), Has.Count.EqualTo(2));
                Assert.That(RunOutputs.Differences(RunOutputs.AllureResults(suite, finalAttempts: true), RunOutputs.AllureResults(cli, finalAttempts: true)), Is.Empty, "Allure results: dotnet test ≠ probes run");
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> DotnetTestAsync(string filter, string work, string reports)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(Repository.Root, "src", "Observatoire.Probes.NUnit");
        // The adapter's own build is reused only when it carries the very libraries these tests run: `dotnet test` on the
        // solution builds and runs one test project after the other, so a build left from before a change would compare
        // the CLI's decisions with an older classifier's.
        var output = Path.Combine(project, "bin", configuration, "net10.0");
        var built = File.Exists(Path.Combine(output, "Observatoire.Probes.NUnit.dll")) && SameLibraries(output, AppContext.BaseDirectory);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "test", project, "-c", configuration, "--nologo", "--filter", filter, "--logger", "trx;LogFileName=probes.trx", "--results-directory", work })
        {
            start.ArgumentList.Add(arg);
        }

        if (built)
        {
            start.ArgumentList.Add("--no-build");
        }

        start.Environment["PROBES_Reports"] = reports;
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await standardOutput + await errors);
    }

    /// <summary>True when the tool's libraries that <paramref name="built"/> holds (the core at least) are byte for byte the
    /// ones in <paramref name="running"/>.</summary>
    private static bool SameLibraries(string built, string running) =>
        File.Exists(Path.Combine(built, "Observatoire.Probes.Core.dll"))
        && Directory.EnumerateFiles(running, "Observatoire.Probes.*.dll")
            .Select(f => (Running: f, Built: Path.Combine(built, Path.GetFileName(f))))
            .Where(f => File.Exists(f.Built))
            .All(f => File.ReadAllBytes(f.Running).AsSpan().SequenceEqual(File.ReadAllBytes(f.Built)));
}
