namespace Observatoire.Probes.Browser;

public enum TraceMode
{
    Off,
    OnFailure,
    Always,
}

/// <summary>How the browser is found or reached, and how patient the walker is.</summary>
public sealed record BrowserSettings
{
    /// <summary>Chromium to launch when Playwright's own browsers are not installed (Debian's package by default).</summary>
    public string? ExecutablePath { get; init; }
    /// <summary>ws:// endpoint of a `playwright run-server` browser pool; when set, nothing is launched locally.</summary>
    public string? BrowserServer { get; init; }
    public bool Headless { get; init; } = true;
    public TimeSpan ActionTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public TraceMode Trace { get; init; } = TraceMode.OnFailure;
    public bool Screenshots { get; init; } = true;
    /// <summary>Identifies the probe to site owners, as polite scanners do.</summary>
    public string UserAgentSuffix { get; init; } = "ObservatoireProbes/0.1 (+https://observatoire.numerique.gouv.fr)";
}
