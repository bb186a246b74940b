using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

/// <summary>
/// One browser shared by all walks of a run; each walk gets its own context (cookies, storage, trace).
/// Playwright's own Chromium is preferred where installed; otherwise the configured executable
/// (Debian's /usr/bin/chromium), or a remote browser server.
/// </summary>
public sealed class ProbeBrowser : IAsyncDisposable
{
    public const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private ProbeBrowser(IPlaywright playwright, IBrowser browser, BrowserSettings settings, string description)
    {
        _playwright = playwright;
        Browser = browser;
        Settings = settings;
        Description = description;
    }

    internal IBrowser Browser { get; }

    public BrowserSettings Settings { get; }

    /// <summary>Which browser this is, for the evidence's environment.</summary>
    public string Description { get; }

    public static async Task<ProbeBrowser> LaunchAsync(BrowserSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            if (!string.IsNullOrWhiteSpace(settings.BrowserServer))
            {
                var remote = await playwright.Chromium.ConnectAsync(settings.BrowserServer, new() { ExposeNetwork = "<loopback>" });
                return new ProbeBrowser(playwright, remote, settings, $"Chromium {remote.Version} (remote {settings.BrowserServer})");
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
            return new ProbeBrowser(playwright, browser, settings, $"Chromium {browser.Version} ({executable ?? "Playwright"})");
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new ProbeException(
                $"cannot start the browser: {FirstLine(e.Message)}. Install Chromium (`apt-get install -y chromium`) or set Browser:ExecutablePath / PROBES_Browser__ExecutablePath; for a remote pool set Browser:Server.", e);
        }
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

        return File.Exists(DebianChromium) ? DebianChromium : null;
    }

    internal async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new() { Width = 1280, Height = 900 },
            UserAgent = await UserAgentAsync(),
            AcceptDownloads = false,
        });
        context.SetDefaultTimeout((float)Settings.ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Settings.NavigationTimeout.TotalMilliseconds);
        return context;
    }

    private string? _userAgent;

    private async Task<string> UserAgentAsync()
    {
        if (_userAgent is null)
        {
            await using var probe = await Browser.NewContextAsync();
            var page = await probe.NewPageAsync();
            var native = await page.EvaluateAsync<string>("() => navigator.userAgent");
            _userAgent = native.Replace("HeadlessChrome", "Chrome", StringComparison.Ordinal) + " " + Settings.UserAgentSuffix;
        }

        return _userAgent;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
