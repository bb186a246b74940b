using System.Text.RegularExpressions;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Each page of the evidence carries its own screenshot and accessibility tree, never the next page's.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class EvidencePagesTests
{
    [TestCase("aide-juridictionnelle", false, "")]
    [TestCase("cantine-tarif-social", true, "")]
    [TestCase("cantine-tarif-social", true, "?latency=250")] // a frame's next page arriving late is still another page
    public async Task Each_page_has_its_own_screenshot_and_accessibility_tree(string id, bool iframe, string query)
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled(id), query));
        var pages = result.Pages.Where(p => p.Fields.Any(f => f.FieldLabel.Length > 2)).ToList();
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(3), string.Join(" | ", result.Pages.Select(p => p.Title)));

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.That(page.AriaSnapshot, Is.Not.Null.And.Not.Empty, page.Title);
            Assert.That(page.Screenshot, Is.Not.Null, page.Title);
            var own = Labels(page);
            Assert.That(own.Count(l => page.AriaSnapshot!.Contains(l, StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(Math.Max(1, own.Count / 2)),
                $"page {page.Index + 1} « {page.Title} »: its tree names its own fields {string.Join(", ", own)}\n{page.AriaSnapshot}");
            if (i + 1 < pages.Count)
            {
                var next = Labels(pages[i + 1]).Except(own).Where(l => !result.Pages.Take(page.Index + 1).SelectMany(Labels).Contains(l)).ToList();
                Assert.That(next.Where(l => page.AriaSnapshot!.Contains(l, StringComparison.Ordinal)), Is.Empty,
                    $"page {page.Index + 1} « {page.Title} » does not show the next page's fields");
                Assert.That(page.Screenshot, Is.Not.EqualTo(pages[i + 1].Screenshot));
            }

            if (iframe)
            {
                Assert.That(page.AriaSnapshot, Does.Contain("# cadre (iframe)"), "the form lives in an iframe: its tree is read too");
            }
        }
    }

    [Test]
    public async Task Each_screenshot_shows_the_whole_page_and_no_more()
    {
        // The nursery's start page fits in the viewport, its later pages do not.
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.Bundled("creche"));
        var sizes = result.Pages.Select(p => (p.Title, Size: Jpeg.Size(p.Screenshot!))).ToList();
        var described = string.Join(" | ", sizes.Select(s => $"{s.Title}: {s.Size.Width}×{s.Size.Height}"));
        Assert.Multiple(() =>
        {
            Assert.That(sizes.All(s => s.Size.Width == 1280 && s.Size.Height >= 900), Is.True, "never less than the viewport: " + described);
            Assert.That(sizes.Any(s => s.Size.Height > 900), Is.True, "a long page is taken whole, beyond the viewport: " + described);
            Assert.That(sizes.Any(s => s.Size.Height == 900), Is.True, "a page that fits is taken as it shows: " + described);
        });
    }

    /// <summary>Labels as the accessibility tree names text fields (the visible label, as typed on the page).</summary>
    private static List<string> Labels(PageEvidence page) =>
        [.. page.Fields.Select(f => f.FieldLabel).Where(l => l.Length > 3 && !Regex.IsMatch(l, @"\s[—›]\s")).Distinct()];
}
