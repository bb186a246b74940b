using System.Collections.Concurrent;
using System.Globalization;
using Observatoire.Probes.Cli;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.NUnit;

/// <summary>
/// One browser (and, without BaseUrl, one demo site) for the whole suite; the Allure results and the indicator
/// export are written exactly as `probes run` writes them. Settings come from the environment (PROBES_*).
/// </summary>
[SetUpFixture]
public sealed class ProbeSession
{
    private static readonly ConcurrentBag<ProcedureResult> Collected = [];
    private static DateTimeOffset _started;

    internal static ProbeRunner Runner { get; private set; } = null!;

    internal static AllureWriter Allure { get; private set; } = null!;

    internal static Settings Settings { get; } = Settings.Load([]);

    internal static string Reports => Path.IsPathRooted(Settings.Reports) ? Settings.Reports : Path.Combine(RepositoryRoot, Settings.Reports);

    internal static string RepositoryRoot { get; } = FindRoot();

    internal static void Record(ProcedureResult result)
    {
        Allure.WriteResult(result);
        Collected.Add(result);
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _started = DateTimeOffset.UtcNow;
        var catalogue = ValidateCommand.LoadCatalogue(Settings, TestContext.Error) ?? throw new InvalidOperationException("the catalogue is invalid");
        (var options, Allure) = RunnerSetup.FromSettings(Settings, catalogue, Reports);
        Runner = await ProbeRunner.StartAsync(options);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Runner is null)
        {
            return;
        }

        Allure.WriteLaunch(new RunInfo(_started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), _started, Commands.Version, Runner.BrowserDescription, "catalogue", Runner.BaseUrl?.ToString()),
            _started.ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        IndicatorExport.Write(Reports, [.. Collected], Commands.Version);
        await Runner.DisposeAsync();
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
