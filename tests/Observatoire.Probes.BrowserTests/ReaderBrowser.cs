using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Observatoire.Probes.BrowserTests;

/// <summary>A reviewer's browser: opens the reports as a person does and records every request the pages make.</summary>
internal sealed class ReaderBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReaderBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        context.Request += (_, request) => Requests.Add(request.Url);
    }

    public IBrowserContext Context { get; }

    public ConcurrentBag<string> Requests { get; } = [];

    /// <summary>Requests to anything but this machine: 127.0.0.1, file:, data:, blob:, about:.</summary>
    public IReadOnlyList<string> LeavingTheMachine =>
        [.. Requests.Where(u => !(u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) || u.StartsWith("file:", StringComparison.Ordinal)
            || u.StartsWith("data:", StringComparison.Ordinal) || u.StartsWith("blob:", StringComparison.Ordinal) || u.StartsWith("about:", StringComparison.Ordinal))).Distinct()];

    public static async Task<ReaderBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        });
        var context = await browser.NewContextAsync(new() { Locale = "fr-FR", TimezoneId = "Europe/Paris", ViewportSize = new() { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(15_000);
        return new ReaderBrowser(playwright, browser, context);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
