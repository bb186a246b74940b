using Observatoire.Probes.Reporting;
using Observatoire.Probes.Runner;

namespace Observatoire.Probes.NUnit;

/// <summary>
/// The runner for the whole suite: one browser (and, without BaseUrl, one demo site), the same pipeline, evidence and
/// export as `probes run`. Settings come from probes.settings.json and the environment (PROBES_*); relative folders
/// are taken from the repository root.
/// </summary>
[SetUpFixture]
public sealed class ProbeSession
{
    internal static RunnerSettings Settings { get; } = RunnerSettings.Load([]);

    internal static string RepositoryRoot { get; } = FindRoot();

    internal static ProbeRunner Runner { get; private set; } = null!;

    /// <summary>The test cases this run executed (a filter runs fewer than the configured scenarios).</summary>
    internal static int Asked;

    internal static string FromRoot(string path) => Path.IsPathRooted(path) ? path : Path.Combine(RepositoryRoot, path);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var options = RunnerOptions.FromSettings(Settings, RunnerOptions.LoadCatalogue(Settings)) with { Reports = FromRoot(Settings.Reports) };
        Runner = await ProbeRunner.StartAsync(options);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Runner is null)
        {
            return;
        }

        try
        {
            // A filtered run (--filter "Name=rsa") asked for a part of the scenarios: a trial, kept apart by the morning review.
            var completion = await Runner.CompleteAsync(ScenarioSet.IsTrial(Asked, FromRoot(Settings.Scenarios)));

            // The HTML report follows its results, as after `probes run`: a filtered run left the previous run's report beside its own results.
            if (Settings.GenerateHtmlReport
                && await AllureReport.GenerateAsync(Path.Combine(Runner.Reports, "allure-results"), Path.Combine(Runner.Reports, "allure-report"), completion.Changes, CancellationToken.None) is { } problem)
            {
                await TestContext.Progress.WriteLineAsync("probes: " + problem);
            }
        }
        finally
        {
            await Runner.DisposeAsync();
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatoire.Probes.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
