using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        private sealed record PageEvidence(byte[]? Screenshot, string? AccessibilityTree)
        {
            public static readonly PageEvidence None = new(null, null);
        }

        /// <summary>The page's evidence before the probe leaves it: its screenshot and its accessibility tree, each when
        /// the settings ask for it.</summary>
        private Task<PageEvidence> CaptureAsync() => InternalAsync("capture annotée et arbre d'accessibilité", async () =>
        {
            // Side by side: the tree reads the document, which the marks only restyle.
            var screenshot = ScreenshotCoreAsync();
            var tree = AccessibilityTreeAsync();
            return new PageEvidence(await screenshot, await tree);
        });

        /// <summary>
        /// The accessibility tree of the page on screen, with the tree of each frame that holds a form (a page's tree stops
        /// at an iframe), masked and scrubbed: read before the action that may leave the page, so each page of the
        /// evidence has its own.
        /// </summary>
        private async Task<string?> AccessibilityTreeAsync()
        {
            if (!walker._browser.Settings.AccessibilityTree)
            {
                return null;
            }

            return await Clock.TimeAsync(Phase.AccessibilityTree, async () =>
            {
                var tree = new StringBuilder();
                foreach (var frame in _page.Frames)
                {
                    try
                    {
                        var snapshot = await frame.Locator("body").AriaSnapshotAsync(new() { Timeout = 3000 });
                        if (frame != _page.MainFrame)
                        {
                            tree.Append("# cadre (iframe) ").Append(PathOf(frame.Url)).Append('\n');
                        }

                        tree.Append(snapshot).Append('\n');
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        // The evidence is still useful without a frame's tree.
                    }
                }

                if (tree.Length == 0)
                {
                    return null;
                }

                var aria = Personal.ScrubShortValues(Personal.Scrub(MaskValues(tree.ToString().TrimEnd('\n')), SensitiveValues()), Personal.ShortValues(PersonalCandidates()));
                return SiteUrls.IsSignInPage(_page.Url) ? Personal.ScrubSignInTree(aria) : aria;
            });
        }

        /// <summary>A screenshot with the fields outlined by decision: red counted, green pre-filled, blue key; typed values masked.</summary>
        private async Task<byte[]?> ScreenshotCoreAsync()
        {
            if (!walker._browser.Settings.Screenshots)
            {
                return null;
            }

            var fields = _fieldOrder.Select(id => _fields[id]).ToList();
            var decisions = Clock.Time(Phase.Classification, () => fields.Zip(options.Decide(fields), (f, d) => (f.Selector, Decision: d)).ToList());
            var started = Stopwatch.GetTimestamp();
            var marks = decisions.Where(d => d.Selector is not null).Select(d => new
            {
                selector = d.Selector,
                style = d.Decision.Counted ? "counted" : d.Decision.Prefilled && d.Decision.Holding == Catalogue.Holding.Held ? "prefilled" : d.Decision.Holding == Catalogue.Holding.Key ? "key" : "other",
            }).ToList();
            var signIn = SiteUrls.IsSignInPage(_page.Url);
            // As the page shows them (« LEA CHLOE », « 06 98 76 54 32 »); their encodings (URL, entities, JSON) are in no shown text.
            var sensitive = SensitiveValues().SelectMany(Personal.Written).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var alone = Personal.ShortValues(PersonalCandidates());
            try
            {
                // The marks stay on until the next screenshot takes them off: the probe's next action does not see them.
                var (fits, unstuck, size) = (false, false, (Width: 0, Height: 0));
                foreach (var frame in _page.Frames)
                {
                    var prepared = await frame.EvaluateAsync<JsonElement>(EvidenceScript, new { marks, sensitive, alone, signIn, undo = false });
                    if (frame == _page.MainFrame)
                    {
                        fits = prepared.TryGetProperty("fits", out var f) && f.GetBoolean();
                        unstuck = prepared.TryGetProperty("unstuck", out var u) && u.GetInt32() > 0;
                        size = (Measure(prepared, "width"), Measure(prepared, "height"));
                    }
                }

                try
                {
                    return fits || size.Width <= 0 || size.Height <= 0 ? await ShootAsync(fullPage: !fits) : await ShootWholeAsync(size.Width, size.Height);
                }
                finally
                {
                    if (unstuck)
                    {
                        // The page as the site lays it out for the probe's next step, the capture taken or not.
                        await _page.EvaluateAsync(RestickScript);
                    }
                }
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return null;
            }
            finally
            {
                Clock.Add(Phase.Screenshots, started);
            }
        }

        /// <summary>Sticks again the bars the evidence script laid in their place for a capture (evidence.js, region `restick`;
        /// the main frame only, where bars are unstuck).</summary>
        private static readonly string RestickScript = "() => { const all = (sel) => document.querySelectorAll(sel); " + Region(EvidenceScript, "restick") + " }";

        /// <summary>
        /// The whole page as a JPEG (a tenth of PNG's encoding time and size for a form page, and sharp enough to read every
        /// label); the viewport alone when the evidence script found that the page fits in it (half the cost of a capture
        /// beyond it). Playwright's options that still the page (caret, animations) stay off: each runs a script
        /// in every frame per screenshot, a fifth of its time, and the masks already hide the caret of a typed value.
        /// </summary>
        private Task<byte[]> ShootAsync(bool fullPage) => _page.ScreenshotAsync(new()
        {
            Type = ScreenshotType.Jpeg,
            Quality = 80,
            FullPage = fullPage,
            Timeout = 10_000,
            Caret = ScreenshotCaret.Initial,
        });

        private static int Measure(JsonElement prepared, string name) =>
            prepared.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (int)Math.Ceiling(v.GetDouble()) : 0;

        /// <summary>The DevTools session that takes the page's captures beyond the viewport; null once it could not be had
        /// (then Playwright's own capture is taken).</summary>
        private ICDPSession? _devTools;

        private bool _noDevTools;

        /// <summary>
        /// The whole page (its size as the evidence script measured it, bars unstuck) in one DevTools call: the capture
        /// Playwright's full-page screenshot ends with, without the size reading and the waits it runs in every frame
        /// first, a fifth of its time in a walk of the demo (95 ms a page against 76). A browser that refuses the session
        /// (a remote one that does not relay it) gets Playwright's.
        /// </summary>
        private async Task<byte[]> ShootWholeAsync(int width, int height)
        {
            if (!_noDevTools)
            {
                try
                {
                    _devTools ??= await _page.Context.NewCDPSessionAsync(_page);
                    var shot = await _devTools.SendAsync("Page.captureScreenshot", new Dictionary<string, object>
                    {
                        ["format"] = "jpeg",
                        ["quality"] = 80,
                        ["captureBeyondViewport"] = true,
                        ["clip"] = new Dictionary<string, object> { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
                    }).WaitAsync(TimeSpan.FromSeconds(10));
                    if (shot is { } answer && answer.TryGetProperty("data", out var data) && data.GetString() is { Length: > 0 } base64)
                    {
                        return Convert.FromBase64String(base64);
                    }
                }
                catch (PlaywrightException)
                {
                    _noDevTools = true;
                }
            }

            return await ShootAsync(fullPage: true);
        }
    }

    /// <summary>
    /// The accessibility tree keeps the structure of the form but not what is in its fields (personal data). The tree is
    /// YAML: a field's line is quoted whole when its name holds « : » (« Jour Exemple : 14 », « Format attendu : … »).
    /// </summary>
    internal static string MaskValues(string ariaSnapshot) => FieldValue().Replace(ariaSnapshot, "$1: •••");

    [GeneratedRegex(@"^(\s*- (?:(?:textbox|searchbox|spinbutton|combobox)\b[^\n:]*(?:""[^""\n]*"")?[^\n:]*|'(?:textbox|searchbox|spinbutton|combobox)\b(?:[^'\n]|'')*'|""(?:textbox|searchbox|spinbutton|combobox)\b(?:[^""\\\n]|\\.)*"")):[ ]+\S.*$", RegexOptions.Multiline)]
    private static partial Regex FieldValue();
}
