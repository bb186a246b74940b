using Microsoft.Extensions.Configuration;
using Observatoire.Probes.Browser;

namespace Observatoire.Probes.Cli;

/// <summary>
/// Configuration, lowest to highest precedence: probes.settings.json beside the executable, an optional
/// probes.settings.json in the current directory, environment variables prefixed PROBES_ (sections with __),
/// then --Key=value arguments. The demo secrets in the shipped file are FranceConnect's public test accounts
/// for the local simulator; real credentials come from the environment only.
/// </summary>
internal sealed class Settings
{
    private readonly IConfiguration _configuration;

    private Settings(IConfiguration configuration) => _configuration = configuration;

    public static Settings Load(IEnumerable<string> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "probes.settings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "probes.settings.json"), optional: true)
            .AddEnvironmentVariables("PROBES_")
            .AddCommandLine(overrides.ToArray())
            .Build();
        return new Settings(configuration);
    }

    public string Scenarios => Text("Scenarios") ?? "scenarios";

    public string Reports => Text("Reports") ?? "reports";

    /// <summary>Empty: the run starts the bundled demo site and resolves relative start URLs against it.</summary>
    public string? BaseUrl => Text("BaseUrl");

    public int Workers => Math.Max(1, (int)Number("Workers", 2));

    public string? Catalogue => Text("Catalogue");

    /// <summary>Extra walks of a procedure whose site failed (down, timeout): nightly runs meet passing hiccups.</summary>
    public int Retries => (int)Number("Retries", 1);

    public bool GenerateHtmlReport => Flag("GenerateHtmlReport", true);

    public int DemoPort => (int)Number("DemoSite:Port", 0);

    public TimeSpan DemoLatency => TimeSpan.FromMilliseconds(Number("DemoSite:LatencyMs", 0));

    public TimeSpan DemoLatencyJitter => TimeSpan.FromMilliseconds(Number("DemoSite:LatencyJitterMs", 0));

    public string? Secret(string name) => Text("Secrets:" + name);

    /// <summary>Every configured secret value, so reports can be scrubbed of them.</summary>
    public IReadOnlyList<string> SecretValues => _configuration.GetSection("Secrets").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();

    public BrowserSettings Browser => new()
    {
        ExecutablePath = Text("Browser:ExecutablePath"),
        BrowserServer = Text("Browser:Server"),
        Headless = Flag("Browser:Headless", true),
        ActionTimeout = TimeSpan.FromSeconds(Number("Browser:ActionTimeoutSeconds", 10)),
        NavigationTimeout = TimeSpan.FromSeconds(Number("Browser:NavigationTimeoutSeconds", 30)),
        Trace = Text("Browser:Trace") is not { } trace ? TraceMode.OnFailure
            : Enum.TryParse<TraceMode>(trace, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode
            : throw Invalid("Browser:Trace", trace, "Off, OnFailure or Always"),
        Screenshots = Flag("Browser:Screenshots", true),
    };

    /// <summary>The site's base URL, checked: relative start URLs are resolved against it.</summary>
    public Uri? BaseUri => BaseUrl is not { } url ? null
        : Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw Invalid("BaseUrl", url, "an http(s) URL such as https://www.demarches.example.gouv.fr/");

    private string? Text(string key) => _configuration[key] is { Length: > 0 } value ? value : null;

    private double Number(string key, double fallback) =>
        Text(key) is not { } text ? fallback
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw Invalid(key, text, "a positive number");

    private bool Flag(string key, bool fallback) =>
        Text(key) is not { } text ? fallback : bool.TryParse(text, out var value) ? value : throw Invalid(key, text, "true or false");

    private static InvalidInputException Invalid(string key, string found, string expected) =>
        new($"setting {key} must be {expected}, found `{found}` (set in probes.settings.json, PROBES_{key.Replace(":", "__", StringComparison.Ordinal)} or --{key}=…)");
}
