using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

/// <summary>
/// The browsers shared by all walks of a run; each walk gets its own context (cookies, storage, trace). Locally one
/// Chromium: the configured executable when set, else Playwright's own where installed, else Debian's (its headless shell
/// for a headless run, as Playwright itself launches).
/// Remotely one connection per `playwright run-server` endpoint, each new context on the server with the fewest open.
/// </summary>
public sealed class ProbeBrowser : IAsyncDisposable
{
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>Debian's build of Chromium's headless shell: what Playwright itself launches for a headless run. On the demo it
    /// walks a third faster than the full browser in headless mode, with half its memory (docs/benchmark.md).</summary>
    public const string DebianHeadlessShell = "/usr/bin/chromium-headless-shell";

    /// <summary>Debian's Chromium for a run: the headless shell when headless and installed, else the full browser; null when neither is.</summary>
    public static string? DebianExecutable(bool headless) =>
        headless && File.Exists(DebianHeadlessShell) ? DebianHeadlessShell : File.Exists(DebianChromium) ? DebianChromium : null;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser[] _browsers;
    private readonly int[] _open;
    private readonly Lock _gate = new();

    private ProbeBrowser(IPlaywright playwright, IBrowser[] browsers, BrowserSettings settings, string description)
    {
        _playwright = playwright;
        _browsers = browsers;
        _open = new int[browsers.Length];
        _opened = new int[browsers.Length];
        Settings = settings;
        Description = description;
    }

    private readonly int[] _opened;

    /// <summary>Contexts opened so far on each browser (a remote pool spreads them).</summary>
    internal IReadOnlyList<int> ContextsOpened
    {
        get
        {
            lock (_gate)
            {
                return [.. _opened];
            }
        }
    }

    public BrowserSettings Settings { get; }

    /// <summary>Which browser this is, for the evidence's environment.</summary>
    public string Description { get; }

    public static async Task<ProbeBrowser> LaunchAsync(BrowserSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Before any context: an exact label finds its field by the label as a person reads it.
            await playwright.Selectors.RegisterAsync(ScenarioWalker.LabelEngine, new() { Script = ScenarioWalker.LabelEngineScript, ContentScript = true });
            await playwright.Selectors.RegisterAsync(ScenarioWalker.TagEngine, new() { Script = ScenarioWalker.TagEngineScript, ContentScript = true });
            if (BrowserSettings.Endpoints(settings.BrowserServer) is { Count: > 0 } endpoints)
            {
                return await ConnectAsync(playwright, endpoints, settings);
            }

            var executable = ChooseExecutable(playwright, settings);
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                Headless = settings.Headless,
                SlowMo = (float)settings.SlowMo.TotalMilliseconds,
                ExecutablePath = executable,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
            return new ProbeBrowser(playwright, [browser], settings, $"Chromium {browser.Version} ({executable ?? "Playwright"})");
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            // A headed browser needs a display: without one it starts and closes at once, whatever is installed.
            if (!settings.Headless && OperatingSystem.IsLinux() && BrowserSettings.Endpoints(settings.BrowserServer) is not { Count: > 0 }
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
            {
                throw new ProbeException(
                    $"impossible de démarrer le navigateur : {FirstLine(e.Message)}. Un navigateur affiché (--headed, Browser:Headless=false) a besoin d'un écran et cette session n'en a pas (DISPLAY n'est pas défini) : "
                    + "lancez la commande sous `xvfb-run` (`apt-get install -y xvfb`), depuis une session de bureau, ou sans --headed.", e);
            }

            throw new ProbeException(
                $"impossible de démarrer le navigateur : {FirstLine(e.Message)}. Installez Chromium (`apt-get install -y chromium`) ou renseignez Browser:ExecutablePath / PROBES_Browser__ExecutablePath ; "
                + "pour des navigateurs distants, renseignez Browser:Server.", e);
        }
    }

    /// <summary>
    /// Connects to every server of the pool. The launch options travel in the header `playwright run-server` reads:
    /// headless, the probe's Chromium switches, and Browser:ExecutablePath when set (the server must then run with
    /// --unsafe, as it lets a client choose the executable).
    /// </summary>
    private static async Task<ProbeBrowser> ConnectAsync(IPlaywright playwright, IReadOnlyList<string> endpoints, BrowserSettings settings)
    {
        var launch = new System.Text.Json.Nodes.JsonObject
        {
            ["headless"] = settings.Headless,
            ["args"] = new System.Text.Json.Nodes.JsonArray([.. ChromiumArgs.Select(a => (System.Text.Json.Nodes.JsonNode?)a)]),
        };
        if (!string.IsNullOrWhiteSpace(settings.ExecutablePath))
        {
            launch["executablePath"] = settings.ExecutablePath;
        }

        var browsers = new List<IBrowser>();
        var unreachable = new List<string>();
        foreach (var endpoint in endpoints)
        {
            try
            {
                browsers.Add(await playwright.Chromium.ConnectAsync(endpoint, new()
                {
                    ExposeNetwork = "<loopback>",
                    Timeout = 30_000,
                    SlowMo = (float)settings.SlowMo.TotalMilliseconds,
                    Headers = new Dictionary<string, string> { ["x-playwright-launch-options"] = launch.ToJsonString() },
                }));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                unreachable.Add($"{endpoint} ({FirstLine(e.Message)})");
            }
        }

        if (browsers.Count == 0)
        {
            throw new ProbeException("aucun serveur de navigateurs n'a répondu : " + string.Join(" ; ", unreachable)
                + ". Démarrez-en un avec `npx playwright run-server --port 3000 --host 0.0.0.0` (ajoutez --unsafe quand Browser:ExecutablePath est renseigné)");
        }

        // A server down at start costs capacity, not the run: the walks go to the others, and the environment says so.
        var description = $"Chromium {browsers[0].Version} (remote: {string.Join(", ", endpoints.Except(unreachable.Select(u => u.Split(' ')[0])))})"
            + (unreachable.Count > 0 ? $"; unreachable: {string.Join(", ", unreachable.Select(u => u.Split(' ')[0]))}" : "");
        return new ProbeBrowser(playwright, [.. browsers], settings, description);
    }

    /// <summary>Playwright's bundled Chromium when it is installed; else the configured path or Debian's.</summary>
    private static string? ChooseExecutable(IPlaywright playwright, BrowserSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ExecutablePath))
        {
            return settings.ExecutablePath;
        }

        string? bundled = null;
        try
        {
            bundled = playwright.Chromium.ExecutablePath;
        }
        catch (PlaywrightException)
        {
            // No bundled browser registered for this platform.
        }

        if (bundled is not null && File.Exists(bundled))
        {
            return null;
        }

        return DebianExecutable(settings.Headless);
    }

    internal async Task<IBrowserContext> NewContextAsync()
    {
        var (browser, index) = LeastBusy();
        var context = await browser.NewContextAsync(new()
        {
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new() { Width = 1280, Height = 900 },
            UserAgent = await UserAgentAsync(),
            AcceptDownloads = false,
        });
        context.SetDefaultTimeout((float)Settings.ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Settings.NavigationTimeout.TotalMilliseconds);
        context.Close += (_, _) =>
        {
            lock (_gate)
            {
                _open[index]--;
            }
        };
        return context;
    }

    /// <summary>The connected browser with the fewest open contexts (the first one locally, where there is one).</summary>
    private (IBrowser Browser, int Index) LeastBusy()
    {
        lock (_gate)
        {
            var best = -1;
            for (var i = 0; i < _browsers.Length; i++)
            {
                if (_browsers[i].IsConnected && (best < 0 || _open[i] < _open[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                throw new PlaywrightException(AllDisconnected);
            }

            _open[best]++;
            _opened[best]++;
            return (_browsers[best], best);
        }
    }

    private string? _userAgent;

    private async Task<string> UserAgentAsync()
    {
        if (_userAgent is null)
        {
            await using var probe = await _browsers[0].NewContextAsync();
            var page = await probe.NewPageAsync();
            var native = await page.EvaluateAsync<string>("() => navigator.userAgent");
            _userAgent = native.Replace("HeadlessChrome", "Chrome", StringComparison.Ordinal) + " " + Settings.UserAgentSuffix;
        }

        return _userAgent;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>Why no context can open: every browser of the run went away (a walk's failure says it as it is).</summary>
    internal const string AllDisconnected = "tous les navigateurs de la mesure sont déconnectés";

    public async ValueTask DisposeAsync()
    {
        foreach (var browser in _browsers)
        {
            await browser.CloseAsync();
        }

        _playwright.Dispose();
    }
}
