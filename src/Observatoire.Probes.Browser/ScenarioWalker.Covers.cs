using System.Diagnostics;
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
        /// <summary>
        /// DSFR draws the box on the label over a transparent input: a forced click lands on the label, as a person's does.
        /// A box that another element covers (a cookie banner) does not change: the forced click landed on that element.
        /// The box is ticked once the element has gone by itself within <see cref="CoverPatience"/>, else the step fails
        /// saying what covers it.
        /// </summary>
        private async Task CheckAsync(ScenarioStep step, ILocator box, bool check)
        {
            try
            {
                await box.SetCheckedAsync(check, new() { Force = true });
                return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("did not change its state", StringComparison.Ordinal))
            {
                var cover = await CoverAsync(step.Target!, box);
                if (cover is null)
                {
                    if (await PressSwitchSideAsync(box, check))
                    {
                        return;
                    }

                    throw;
                }

                var waited = Stopwatch.StartNew();
                while (cover is not null && waited.Elapsed < CoverPatience)
                {
                    await Task.Delay(100);
                    cover = await CoverAsync(step.Target!, box);
                }

                if (cover is not null)
                {
                    throw Covered(step, cover);
                }
            }

            await box.SetCheckedAsync(check, new() { Force = true });
        }

        /// <summary>The side of the answer on a switch drawn with two, « Non » and « Oui », in the label around its box:
        /// SurveyJS's boolean, unanswered, takes the side a click lands on (a click on the box, at its left, answers « Non »).
        /// A person presses « Oui » to tick it: pressed where that word is drawn (under the switch's thumb layer). Whether
        /// the box now says so.</summary>
        private static async Task<bool> PressSwitchSideAsync(ILocator box, bool check)
        {
            var side = box.Locator("xpath=ancestor::label[1]").GetByText(check ? "Oui" : "Non", new() { Exact = true });
            if (await side.CountAsync() != 1)
            {
                return false;
            }

            await side.ClickAsync(new() { Force = true });
            return await box.IsCheckedAsync() == check;
        }

        /// <summary>How long a covered target is given to come free by itself (an overlay fading out) before the step
        /// fails: a person sees at once what is in the way; Playwright would wait for the whole timeout and say « timeout ».</summary>
        private TimeSpan CoverPatience => TimeSpan.FromSeconds(Math.Min(2, walker._browser.Settings.ActionTimeout.TotalSeconds));

        /// <summary>
        /// Before a click: one look at what lies where the click lands. When another element is there, Playwright's own check
        /// (a trial click, with its other scroll positions: a sticky header is scrolled away) is given <see cref="CoverPatience"/>
        /// to find the target free; when it reports the target still covered, the step fails saying by what. A target that is
        /// not covered but not ready either (hidden, disabled, moving) is left to the click, which waits for it as before.
        /// </summary>
        private async Task EnsureUncoveredAsync(ScenarioStep step, ILocator target, ClickLook? look = null)
        {
            // A target in an iframe is looked at again from the page holding it (a banner over the whole frame).
            var cover = look is not null && step.Target!.Frame is null ? look.Cover : await CoverAsync(step.Target!, target);
            if (cover is null)
            {
                return;
            }

            try
            {
                await InternalAsync("essai du clic", async () =>
                {
                    await target.ClickAsync(new() { Trial = true, Timeout = (float)CoverPatience.TotalMilliseconds });
                    return true;
                });
            }
            catch (TimeoutException e) when (e.Message.Contains("intercepts pointer events", StringComparison.Ordinal))
            {
                throw Covered(step, await CoverAsync(step.Target!, target) ?? CoverInLog(e.Message));
            }
            catch (TimeoutException)
            {
                // Not a matter of cover: the click waits for the target as it always has.
            }
        }

        /// <summary>What covers a target: the outermost element over it that does not hold it (the banner, not its
        /// paragraph), its visible text, and the buttons or links it offers.</summary>
        private sealed record Cover(string Element, string Text, IReadOnlyList<string> Actions);

        private StepFailure Covered(ScenarioStep step, Cover cover)
        {
            var text = cover.Text.Length > 0 ? $" « {Short(cover.Text, 60)} »" : "";
            // A final button is never offered as a way to close it (a sticky footer holds « Déposer le dossier »): the advice is
            // a step to write, and that step would be refused.
            var ways = cover.Actions.Where(a => !IsFinalSubmission(a)).ToList();
            var offers = ways.Count > 0 ? $" (il propose {string.Join(", ", ways.Select(a => $"« {Short(a, 40)} »"))})" : "";
            return new StepFailure(FailureKind.TargetNotFound,
                $"{step.Where} : {StepWording.French(step.Target!)} est recouvert par {cover.Element}{text}, toujours là après {CoverPatience.TotalSeconds:0} s : "
                + $"fermez-le d'abord par une étape click{offers}");
        }

        /// <summary>Playwright's own words for the element in the way (« &lt;div class="voile"&gt;…&lt;/div&gt; intercepts
        /// pointer events »), when the page no longer shows it to a look of ours.</summary>
        private static Cover CoverInLog(string log)
        {
            var m = InterceptedBy().Match(Escapes().Replace(log, ""));
            return new Cover(m.Success ? m.Groups["element"].Value : "un autre élément", "", []);
        }

        /// <summary>
        /// What covers <paramref name="element"/> at the point a click lands (its centre, scrolled into view if it is not),
        /// or null when nothing does or nothing can be told (not drawn, gone). A target in an iframe is looked at in its
        /// frame, then its iframe at that point in the page holding it (a banner of the page over the frame's form).
        /// </summary>
        private async Task<Cover?> CoverAsync(Target target, ILocator element)
        {
            try
            {
                return await InternalAsync("recouvrement de la cible", async () =>
                {
                    var look = await element.EvaluateAsync<JsonElement>(CoverScript, null, new() { Timeout = 2000 });
                    if (look.ValueKind != JsonValueKind.Object)
                    {
                        return null;
                    }

                    var cover = ReadCover(look);
                    if (cover is not null || target.Frame is null)
                    {
                        return cover;
                    }

                    var point = new { x = look.GetProperty("x").GetDouble(), y = look.GetProperty("y").GetDouble() };
                    var outer = await _page.Locator(target.Frame).First.EvaluateAsync<JsonElement>(CoverScript, point, new() { Timeout = 2000 });
                    return outer.ValueKind == JsonValueKind.Object ? ReadCover(outer) : null;
                });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return null;
            }
        }

        private static Cover? ReadCover(JsonElement look) =>
            look.TryGetProperty("cover", out var c) && c.ValueKind == JsonValueKind.Object
                ? new Cover(c.GetProperty("element").GetString() ?? "", c.GetProperty("text").GetString() ?? "",
                    [.. c.GetProperty("actions").EnumerateArray().Select(a => a.GetString() ?? "").Where(a => a.Length > 0)])
                : null;

        /// <summary>
        /// The element at the point a click on <c>e</c> lands, when it is neither <c>e</c>, inside it, around it (a control that
        /// lets clicks through to its own box: SurveyJS's dropdown input, pointer-events: none), nor one of its labels:
        /// <c>{ x, y, cover }</c> (the point in the frame's viewport), or null when <c>e</c> is not drawn. Given the point
        /// <c>inner</c> in the iframe <c>e</c>, looks at that point of the iframe in the page that holds it.
        /// </summary>
        private const string CoverScript = """
            (e, inner) => {
              const doc = e.ownerDocument, win = doc.defaultView;
              const parent = (n) => (n.parentNode && n.parentNode.nodeType === 11 ? n.parentNode.host : n.parentNode);
              const holds = (outer, n) => { for (; n; n = parent(n)) if (n === outer) return true; return false; };
              const box = () => Array.from(e.getClientRects()).find((r) => r.width * r.height > 0.99);
              let r = box();
              if (!r) return null;
              let x, y;
              if (inner) {
                const s = win.getComputedStyle(e);
                x = r.left + e.clientLeft + parseFloat(s.paddingLeft || '0') + inner.x;
                y = r.top + e.clientTop + parseFloat(s.paddingTop || '0') + inner.y;
              } else {
                if (r.top < 0 || r.left < 0 || r.bottom > win.innerHeight || r.right > win.innerWidth) {
                  e.scrollIntoView({ block: 'center', inline: 'center' });
                  r = box();
                  if (!r) return null;
                }
                x = r.left + r.width / 2;
                y = r.top + r.height / 2;
              }
              x = Math.min(Math.max(x, 0), win.innerWidth - 1);
              y = Math.min(Math.max(y, 0), win.innerHeight - 1);
              let hit = doc.elementFromPoint(x, y);
              while (hit && hit.shadowRoot) { const deeper = hit.shadowRoot.elementFromPoint(x, y); if (!deeper || deeper === hit) break; hit = deeper; }
              if (!hit || hit === doc.body || hit === doc.documentElement || holds(e, hit) || holds(hit, e)) return { x, y, cover: null };
              // Its own label drawn over it (DSFR draws a radio or a box on its label, the input transparent beneath).
              if (Array.from(e.labels || []).some((l) => holds(l, hit))) return { x, y, cover: null, byLabel: e.type === 'radio' || e.type === 'checkbox' ? e.type : 'other' };
              let cover = hit;
              for (let up = parent(cover); up && up.nodeType === 1 && up !== doc.body && up !== doc.documentElement && !holds(up, e); up = parent(up)) cover = up;
              const text = (n) => String(n.innerText || n.textContent || '').replace(/\s+/g, ' ').trim();
              const classes = typeof cover.className === 'string' ? cover.className.trim().split(/\s+/).filter(Boolean).slice(0, 3).join(' ') : '';
              const element = '<' + cover.tagName.toLowerCase() + (cover.id ? ` id="${cover.id}"` : classes ? ` class="${classes}"` : '') + '>';
              const visible = (n) => !!(n.offsetWidth || n.offsetHeight || n.getClientRects().length);
              const actions = [...new Set(Array.from(cover.querySelectorAll('button, a[href], [role=button], input[type=button], input[type=submit]')).filter(visible)
                .map((b) => (text(b) || b.value || b.getAttribute('aria-label') || '').trim()).filter(Boolean))].slice(0, 4);
              return { x, y, cover: { element, text: (text(cover) || cover.getAttribute('aria-label') || '').slice(0, 200), actions } };
            }
            """;
    }

    /// <summary>The element Playwright's call log says is in the way: the subtree's root when it names one.</summary>
    [GeneratedRegex(@"from (?<element><[^>]*>)[^\n]*? subtree intercepts pointer events|(?<element><[^>]*>)(?:(?! from <)[^\n])*? intercepts pointer events")]
    private static partial Regex InterceptedBy();

    /// <summary>The terminal colours of Playwright's call log.</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Escapes();
}
