using Observatoire.Probes.Browser;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.DemoSite;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scenarios;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]

namespace Observatoire.Probes.BrowserTests;

/// <summary>One demo site and one browser for the whole assembly: starting Chromium is the slow part.</summary>
[SetUpFixture]
public sealed class BrowserFixture
{
    internal static ProbeRunner Runner { get; private set; } = null!;

    internal static string Evidence { get; } = Path.Combine(Path.GetTempPath(), "probes-browser-tests-" + Environment.ProcessId);

    internal static readonly IReadOnlyDictionary<string, string> Secrets = new Dictionary<string, string>
    {
        ["franceconnect_login"] = "test",
        ["franceconnect_password"] = "123",
    };

    /// <summary>The runner's options for tests: short timeouts, no retries (tests that retry say so), reports in a temporary folder.</summary>
    internal static RunnerOptions Options(BrowserSettings? browser = null, Uri? baseUrl = null, string? reports = null) => new()
    {
        Browser = browser ?? new BrowserSettings { ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15), Trace = TraceMode.OnFailure },
        BaseUrl = baseUrl,
        Catalogue = DataCatalogue.Default,
        Secret = name => Secrets.GetValueOrDefault(name),
        SecretValues = [.. Secrets.Values],
        Reports = reports ?? Path.Combine(Evidence, "run-" + RandomName()),
        DemoSite = new DemoSiteOptions(),
        Retries = 0,
    };

    [OneTimeSetUp]
    public async Task StartAsync() => Runner = await ProbeRunner.StartAsync(Options());

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Runner.DisposeAsync();
        if (Directory.Exists(Evidence))
        {
            Directory.Delete(Evidence, recursive: true);
        }
    }

    internal static DemoSite.DemoSite Site => Runner.Demo!;

    internal static Scenario Bundled(string id)
    {
        var file = Path.Combine(Repository.Scenarios, id + ".yaml");
        var result = ScenarioLoader.Load(file);
        Assert.That(result.Diagnostics, Is.Empty, file);
        return result.Scenario!;
    }

    internal static Scenario WithStart(Scenario scenario, string query) =>
        scenario with { Procedure = scenario.Procedure with { Start = scenario.Procedure.Start + query } };

    /// <summary>A random name in letters only (g to v for a random id's hex digits): evidence hides numbers of any length
    /// wherever they stand (a postcode, a birth year), so a digit run in a path a message quotes could be hidden there and
    /// the message no longer match what the test expects.</summary>
    internal static string RandomName() => string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16))));

    /// <summary>Parses a scenario written by a test, in a temporary folder (upload paths relative to scenarios/).</summary>
    internal static Scenario Inline(string yaml)
    {
        var path = Path.Combine(Repository.Scenarios, $".test-{RandomName()}.yaml");
        var result = ScenarioLoader.Parse(yaml, path);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return result.Scenario!;
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>Copies bundled scenarios into <paramref name="folder"/> with what they need beside them: sample files,
    /// shared personas and fragments.</summary>
    public static string CopyScenarios(string folder, params IEnumerable<string> ids)
    {
        Directory.CreateDirectory(folder);
        foreach (var id in ids)
        {
            File.Copy(Path.Combine(Scenarios, id + ".yaml"), Path.Combine(folder, id + ".yaml"));
        }

        foreach (var part in new[] { "files", "personas", "fragments" })
        {
            Directory.CreateDirectory(Path.Combine(folder, part));
            foreach (var file in Directory.GetFiles(Path.Combine(Scenarios, part)))
            {
                File.Copy(file, Path.Combine(folder, part, Path.GetFileName(file)));
            }
        }

        return folder;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatoire.Probes.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
