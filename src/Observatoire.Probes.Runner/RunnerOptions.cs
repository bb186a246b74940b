using Observatoire.Probes.Browser;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.DemoSite;

namespace Observatoire.Probes.Runner;

/// <summary>Everything a run needs; <see cref="FromSettings"/> builds it the same way for every entry point.</summary>
public sealed record RunnerOptions
{
    public required BrowserSettings Browser { get; init; }

    /// <summary>Site that relative start URLs point to; null starts the demo site (unless <see cref="DemoSite"/> is null).</summary>
    public Uri? BaseUrl { get; init; }

    public required DataCatalogue Catalogue { get; init; }

    public Func<string, string?> Secret { get; init; } = _ => null;

    /// <summary>Every secret value, scrubbed from messages and traces.</summary>
    public IReadOnlyList<string> SecretValues { get; init; } = [];

    /// <summary>The run folder: allure-results, records, exports, history.</summary>
    public required string Reports { get; init; }

    public DemoSiteOptions? DemoSite { get; init; } = new();

    public int Workers { get; init; } = 2;

    /// <summary>Extra walks of a procedure that met an infrastructure failure (site down, timeout, 429, browser).</summary>
    public int Retries { get; init; } = 1;

    /// <summary>First wait before a retry; doubled at each further one (a 429's Retry-After wins when longer).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(2);

    public PolitenessSettings Politeness { get; init; } = new();

    /// <summary>Awaited when a walk fails, its page still open (debugging one scenario in a headed browser).</summary>
    public Func<string, Task>? PauseOnFailure { get; init; }

    /// <summary>How many past runs reports/runs keeps.</summary>
    public int KeepRuns { get; init; } = 30;

    /// <summary>The tool's version, written in the evidence and the export.</summary>
    public string ToolVersion { get; init; } = typeof(RunnerOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static RunnerOptions FromSettings(RunnerSettings settings, DataCatalogue catalogue) => new()
    {
        Browser = settings.Browser,
        BaseUrl = settings.BaseUrl,
        Catalogue = catalogue,
        Secret = settings.Secret,
        SecretValues = settings.SecretValues,
        Reports = Path.GetFullPath(settings.Reports),
        DemoSite = new DemoSiteOptions { Port = settings.DemoPort, Latency = settings.DemoLatency, LatencyJitter = settings.DemoLatencyJitter },
        Workers = settings.Workers,
        Retries = settings.Retries,
        RetryBackoff = settings.RetryBackoff,
        Politeness = settings.Politeness,
        KeepRuns = settings.KeepRuns,
    };

    /// <summary>The catalogue the settings name (the built-in one by default); its errors as file:line:column.</summary>
    public static DataCatalogue LoadCatalogue(RunnerSettings settings) =>
        settings.Catalogue is { } path ? DataCatalogue.Load(path) : DataCatalogue.Default;
}
