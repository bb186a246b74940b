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
    /// <summary>ws:// endpoints of `playwright run-server` browser servers, separated by commas; when set, nothing is
    /// launched locally and each walk's context opens on the least busy server.</summary>
    public string? BrowserServer { get; init; }

    /// <summary>The endpoints of a <see cref="BrowserServer"/> value.</summary>
    public static IReadOnlyList<string> Endpoints(string? servers) =>
        (servers ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public bool Headless { get; init; } = true;
    /// <summary>Pause before each browser action, to watch a walk in a headed browser.</summary>
    public TimeSpan SlowMo { get; init; }
    public TimeSpan ActionTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public TraceMode Trace { get; init; } = TraceMode.OnFailure;
    public bool Screenshots { get; init; } = true;
    /// <summary>Identifies the probe to site owners, as polite scanners do, with a contact.</summary>
    public string UserAgentSuffix { get; init; } = ProbeUserAgent(null);

    /// <summary>The probe's product token, with the contact a site owner can write to.</summary>
    public static string ProbeUserAgent(string? contact) =>
        $"ObservatoireProbes/{typeof(BrowserSettings).Assembly.GetName().Version?.ToString(3) ?? "0"} (+https://observatoire.numerique.gouv.fr; {contact ?? "contact: observatoire@numerique.gouv.fr"})";
}
