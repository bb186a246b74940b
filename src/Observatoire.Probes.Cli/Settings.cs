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

    public int Workers => Math.Max(1, _configuration.GetValue("Workers", 2));

    public string? Catalogue => Text("Catalogue");

    public bool GenerateHtmlReport => _configuration.GetValue("GenerateHtmlReport", true);

    public int DemoPort => _configuration.GetValue("DemoSite:Port", 0);

    public TimeSpan DemoLatency => TimeSpan.FromMilliseconds(_configuration.GetValue("DemoSite:LatencyMs", 0));

    public TimeSpan DemoLatencyJitter => TimeSpan.FromMilliseconds(_configuration.GetValue("DemoSite:LatencyJitterMs", 0));

    public string? Secret(string name) => Text("Secrets:" + name);

    /// <summary>Every configured secret value, so reports can be scrubbed of them.</summary>
    public IReadOnlyList<string> SecretValues => _configuration.GetSection("Secrets").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();

    public BrowserSettings Browser => new()
    {
        ExecutablePath = Text("Browser:ExecutablePath"),
        BrowserServer = Text("Browser:Server"),
        Headless = _configuration.GetValue("Browser:Headless", true),
        ActionTimeout = TimeSpan.FromSeconds(_configuration.GetValue("Browser:ActionTimeoutSeconds", 10.0)),
        NavigationTimeout = TimeSpan.FromSeconds(_configuration.GetValue("Browser:NavigationTimeoutSeconds", 30.0)),
        Trace = Enum.TryParse<TraceMode>(Text("Browser:Trace"), ignoreCase: true, out var trace) ? trace : TraceMode.OnFailure,
        Screenshots = _configuration.GetValue("Browser:Screenshots", true),
    };

    private string? Text(string key) => _configuration[key] is { Length: > 0 } value ? value : null;
}
