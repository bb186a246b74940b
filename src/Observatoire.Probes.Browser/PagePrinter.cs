using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

/// <summary>Prints a static page to PDF with the run's own browser (headless Chromium prints; a headed one cannot).</summary>
public static class PagePrinter
{
    /// <summary>Writes <paramref name="pdfPath"/> from <paramref name="html"/>; returns null, or why it could not.</summary>
    public static async Task<string?> PrintAsync(ProbeBrowser browser, string html, string pdfPath, CancellationToken cancellationToken = default)
    {
        if (!browser.Settings.Headless)
        {
            return "the PDF needs a headless browser (Browser:Headless=true)";
        }

        cancellationToken.ThrowIfCancellationRequested();
        await using var context = await browser.NewContextAsync();
        try
        {
            // The page is self-contained; anything it would fetch is refused rather than fetched.
            await context.RouteAsync("**/*", route => route.AbortAsync());
            var page = await context.NewPageAsync();
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
            var temporary = pdfPath + ".tmp-" + Environment.ProcessId;
            await page.PdfAsync(new() { Path = temporary, Format = "A4", PrintBackground = true, PreferCSSPageSize = true, Outline = true, Tagged = true });
            File.Move(temporary, pdfPath, overwrite: true);
            return null;
        }
        catch (PlaywrightException e)
        {
            return "the PDF was not printed: " + e.Message.Split('\n', 2)[0];
        }
    }
}
