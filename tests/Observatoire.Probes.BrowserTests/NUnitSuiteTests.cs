using System.Diagnostics;
using System.Xml.Linq;

namespace Observatoire.Probes.BrowserTests;

/// <summary>The scenarios as NUnit test cases, run the way a user runs them: `dotnet test` with a filter.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class NUnitSuiteTests
{
    [Test]
    public async Task Dotnet_test_runs_the_filtered_procedures_with_their_outcomes_and_evidence()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-nunit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var project = Path.Combine(Repository.Root, "src", "Observatoire.Probes.NUnit");
            var built = File.Exists(Path.Combine(project, "bin", configuration, "net10.0", "Observatoire.Probes.NUnit.dll"));
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
            foreach (var arg in new[] { "test", project, "-c", configuration, "--nologo", "--filter", "Name=cheque-energie|TestCategory=Justice", "--logger", "trx;LogFileName=probes.trx", "--results-directory", work })
            {
                start.ArgumentList.Add(arg);
            }

            if (built)
            {
                start.ArgumentList.Add("--no-build");
            }

            start.Environment["PROBES_Reports"] = Path.Combine(work, "reports");
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.That(process.ExitCode, Is.Not.Zero, "a Faible procedure fails its test case:\n" + output);
            var outcomes = XDocument.Load(Path.Combine(work, "probes.trx")).Descendants()
                .Where(e => e.Name.LocalName == "UnitTestResult")
                .ToDictionary(e => (string)e.Attribute("testName")!, e => (string)e.Attribute("outcome")!);
            Assert.That(outcomes, Is.EquivalentTo(new Dictionary<string, string> { ["cheque-energie"] = "Passed", ["aide-juridictionnelle"] = "Failed" }), output);
            Assert.That(Directory.GetFiles(Path.Combine(work, "reports", "allure-results"), "*-result.json"), Has.Length.EqualTo(2));
            Assert.That(File.ReadAllLines(Path.Combine(work, "reports", "indicator.csv")), Has.Length.EqualTo(3));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
