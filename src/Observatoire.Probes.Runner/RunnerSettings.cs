using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Observatoire.Probes.Browser;

namespace Observatoire.Probes.Runner;

/// <summary>
/// Configuration, lowest to highest precedence: probes.settings.json beside the executable, an optional
/// probes.settings.json in the current directory, environment variables prefixed PROBES_ (sections with __),
/// then --Key=value arguments. Every value is checked when loaded (type, range, choices, unknown keys with a
/// "did you mean"), and a problem names the setting and where it came from. The demo secrets in the shipped file
/// are FranceConnect's public test accounts for the local simulator; real credentials come from the environment.
/// </summary>
public sealed class RunnerSettings
{
    private enum Kind
    {
        Text,
        Url,
        Endpoints,
        Bool,
        Integer,
        Number,
        Choice,
    }

    private sealed record Key(string Name, Kind Kind, double Min = 0, double Max = double.MaxValue, string[]? Choices = null);

    private static readonly Key[] Keys =
    [
        new("Scenarios", Kind.Text),
        new("Reports", Kind.Text),
        new("BaseUrl", Kind.Url),
        new("Workers", Kind.Integer, 1, 64),
        new("Retries", Kind.Integer, 0, 10),
        new("RetryBackoffSeconds", Kind.Number, 0, 600),
        new("Catalogue", Kind.Text),
        new("GenerateHtmlReport", Kind.Bool),
        new("KeepRuns", Kind.Integer, 1, 1000),
        new("Browser:ExecutablePath", Kind.Text),
        new("Browser:Server", Kind.Endpoints),
        new("Browser:Headless", Kind.Bool),
        new("Browser:SlowMoMs", Kind.Integer, 0, 60_000),
        new("Browser:ActionTimeoutSeconds", Kind.Number, 0.1, 3600),
        new("Browser:NavigationTimeoutSeconds", Kind.Number, 0.1, 3600),
        new("Browser:Trace", Kind.Choice, Choices: ["Off", "OnFailure", "Always"]),
        new("Browser:Screenshots", Kind.Bool),
        new("Politeness:MaxWalksPerHost", Kind.Integer, 1, 64),
        new("Politeness:NavigationDelayMs", Kind.Integer, 0, 600_000),
        new("Politeness:ExemptLoopback", Kind.Bool),
        new("Politeness:Contact", Kind.Text),
        new("DemoSite:Port", Kind.Integer, 0, 65535),
        new("DemoSite:LatencyMs", Kind.Integer, 0, 600_000),
        new("DemoSite:LatencyJitterMs", Kind.Integer, 0, 600_000),
    ];

    /// <summary>Environment variables of ours that are not settings.</summary>
    private static readonly string[] NotSettings = ["DEBUG"];

    private readonly IConfigurationRoot _configuration;

    private RunnerSettings(IConfigurationRoot configuration) => _configuration = configuration;

    /// <summary>The settings file shipped beside the executable.</summary>
    public static string ShippedFile => Path.Combine(AppContext.BaseDirectory, "probes.settings.json");

    /// <summary>Loads and checks every setting; throws <see cref="InvalidInputException"/> listing every problem.</summary>
    public static RunnerSettings Load(IEnumerable<string> arguments, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var files = new[] { ShippedFile, Path.Combine(Directory.GetCurrentDirectory(), "probes.settings.json") }.Distinct(StringComparer.Ordinal).ToList();
        var problems = files.Where(File.Exists).Select(CheckJson).OfType<Diagnostic>().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var builder = new ConfigurationBuilder();
        foreach (var file in files)
        {
            builder.AddJsonFile(file, optional: true);
        }

        builder.AddEnvironmentVariables("PROBES_").AddCommandLine([.. arguments]);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        var settings = new RunnerSettings(builder.Build());
        settings.Check();
        return settings;
    }

    public string Scenarios => Text("Scenarios") ?? "scenarios";

    public string Reports => Text("Reports") ?? "reports";

    /// <summary>Empty: the run starts the bundled demo site and resolves relative start URLs against it.</summary>
    public Uri? BaseUrl => Text("BaseUrl") is { } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null;

    public int Workers => (int)Number("Workers", 2);

    /// <summary>Extra walks of a procedure whose site failed us (down, timeout, 429): nightly runs meet passing hiccups.</summary>
    public int Retries => (int)Number("Retries", 1);

    public TimeSpan RetryBackoff => TimeSpan.FromSeconds(Number("RetryBackoffSeconds", 2));

    public string? Catalogue => Text("Catalogue");

    public bool GenerateHtmlReport => Flag("GenerateHtmlReport", true);

    /// <summary>How many past runs reports/runs keeps (each with its export and evidence summary).</summary>
    public int KeepRuns => (int)Number("KeepRuns", 30);

    public int DemoPort => (int)Number("DemoSite:Port", 0);

    public TimeSpan DemoLatency => TimeSpan.FromMilliseconds(Number("DemoSite:LatencyMs", 0));

    public TimeSpan DemoLatencyJitter => TimeSpan.FromMilliseconds(Number("DemoSite:LatencyJitterMs", 0));

    public PolitenessSettings Politeness => new()
    {
        MaxWalksPerHost = (int)Number("Politeness:MaxWalksPerHost", 2),
        NavigationDelay = TimeSpan.FromMilliseconds(Number("Politeness:NavigationDelayMs", 1000)),
        ExemptLoopback = Flag("Politeness:ExemptLoopback", true),
    };

    public string? Secret(string name) => Text("Secrets:" + name);

    /// <summary>Every configured secret value, so reports can be scrubbed of them.</summary>
    public IReadOnlyList<string> SecretValues => _configuration.GetSection("Secrets").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();

    public BrowserSettings Browser => new()
    {
        ExecutablePath = Text("Browser:ExecutablePath"),
        BrowserServer = Text("Browser:Server"),
        Headless = Flag("Browser:Headless", true),
        SlowMo = TimeSpan.FromMilliseconds(Number("Browser:SlowMoMs", 0)),
        ActionTimeout = TimeSpan.FromSeconds(Number("Browser:ActionTimeoutSeconds", 10)),
        NavigationTimeout = TimeSpan.FromSeconds(Number("Browser:NavigationTimeoutSeconds", 30)),
        Trace = Enum.Parse<TraceMode>(Text("Browser:Trace") ?? nameof(TraceMode.OnFailure), ignoreCase: true),
        Screenshots = Flag("Browser:Screenshots", true),
        UserAgentSuffix = BrowserSettings.ProbeUserAgent(Text("Politeness:Contact")),
    };

    private void Check()
    {
        var problems = new List<Diagnostic>();
        var known = Keys.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in _configuration.AsEnumerable())
        {
            if (value is null || name.StartsWith("Secrets:", StringComparison.OrdinalIgnoreCase) || NotSettings.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!known.TryGetValue(name, out var key))
            {
                var guess = Hints.Suggest(name, Keys.Select(k => k.Name));
                problems.Add(Problem(name, $"unknown setting `{name}`", guess is null ? $"settings: {string.Join(", ", Keys.Select(k => k.Name))}" : $"did you mean `{guess}`?"));
                continue;
            }

            if (value.Length > 0 && Invalid(key, value) is { } expected)
            {
                problems.Add(Problem(name, $"setting {key.Name} must be {expected}, found `{Hints.Cut(value)}`", null));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static string? Invalid(Key key, string value)
    {
        switch (key.Kind)
        {
            case Kind.Bool:
                return bool.TryParse(value, out _) ? null : "true or false";
            case Kind.Integer or Kind.Number:
                var range = key.Max == double.MaxValue ? $"at least {key.Min.ToString(CultureInfo.InvariantCulture)}" : $"between {key.Min.ToString(CultureInfo.InvariantCulture)} and {key.Max.ToString(CultureInfo.InvariantCulture)}";
                var parsed = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
                return !parsed || (key.Kind == Kind.Integer && number != Math.Floor(number)) || number < key.Min || number > key.Max
                    ? (key.Kind == Kind.Integer ? "a whole number " : "a number ") + range
                    : null;
            case Kind.Choice:
                return key.Choices!.Contains(value, StringComparer.OrdinalIgnoreCase) ? null
                    : $"one of {string.Join(", ", key.Choices!)}" + (Hints.Suggest(value, key.Choices!) is { } g ? $" (did you mean `{g}`?)" : "");
            case Kind.Url:
                return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? null
                    : "an http(s) URL such as https://www.demarches.example.gouv.fr/";
            case Kind.Endpoints:
                return BrowserSettings.Endpoints(value).FirstOrDefault(e => !(Uri.TryCreate(e, UriKind.Absolute, out var ws) && ws.Scheme is "ws" or "wss")) is { } bad
                    ? $"ws:// endpoints of `playwright run-server`, separated by commas (`{bad}` is not one), e.g. ws://10.0.0.5:3000/,ws://10.0.0.6:3000/"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A problem positioned where the value comes from: the file, the environment variable or the argument.</summary>
    private Diagnostic Problem(string key, string message, string? hint)
    {
        foreach (var provider in _configuration.Providers.Reverse())
        {
            if (!provider.TryGet(key, out _))
            {
                continue;
            }

            var where = provider switch
            {
                JsonConfigurationProvider json => Path.GetFullPath(json.Source.Path ?? "probes.settings.json", Path.GetDirectoryName(json.Source.Path) ?? "."),
                EnvironmentVariablesConfigurationProvider => "environment variable PROBES_" + key.Replace(":", "__", StringComparison.Ordinal),
                CommandLineConfigurationProvider => $"command line --{key}=…",
                _ => "settings",
            };
            return new Diagnostic(new SourcePosition(where, 0, 0), message, hint);
        }

        return new Diagnostic(new SourcePosition("settings", 0, 0), message, hint);
    }

    /// <summary>A settings file that is not valid JSON, with the line and column of the fault.</summary>
    private static Diagnostic? CheckJson(string file)
    {
        try
        {
            using var _ = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return null;
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].Trim();
            return new Diagnostic(new SourcePosition(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), "the settings file is not valid JSON: " + message, "fix the file, or remove it to use the defaults");
        }
    }

    private string? Text(string key) => _configuration[key] is { Length: > 0 } value ? value : null;

    private double Number(string key, double fallback) =>
        Text(key) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    private bool Flag(string key, bool fallback) => Text(key) is { } text ? bool.Parse(text) : fallback;
}

/// <summary>How gently a run treats each site it probes.</summary>
public sealed record PolitenessSettings
{
    /// <summary>Walks of the same host at once, whatever the number of workers.</summary>
    public int MaxWalksPerHost { get; init; } = 2;

    /// <summary>Least time between two navigations to the same host, across all walks.</summary>
    public TimeSpan NavigationDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>127.0.0.1 and localhost (the demo site) are exempt from the per-host cap and delay.</summary>
    public bool ExemptLoopback { get; init; } = true;
}
