using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        private async Task MergeSnapshotAsync(Snapshot snapshot, int previousPageCount, bool asLeft = false)
        {
            if (_pendingPage is { } left && snapshot.Signature != left.Signature)
            {
                // The fields seen so far belong to the page we left; the screenshot and tree taken before the click show them.
                _pendingPage = null;
                ClosePage(left.Evidence, snapshot.Title, PathOf(_page.Url), previousPageCount);
                for (var i = left.FirstStep; i < _steps.Count; i++)
                {
                    _steps[i] = _steps[i] with { PageIndex = _pages.Count }; // the click and what followed it lead to this page
                }
            }

            Merge(snapshot.Fields, snapshot.Signature, asLeft);
            (_title, _url, _signature) = (snapshot.Title, PathOf(_page.Url), snapshot.Signature);
            _lastRefusal = (snapshot.Invalid, snapshot.InvalidEvents);
        }

        /// <param name="asLeft">The page as the probe leaves it (before the action that moves on, at the end): what it
        /// hid since the last look, after the probe's answers, was not asked.</param>
        private async Task InventoryAsync(bool asLeft = false)
        {
            if (asLeft)
            {
                await AwaitAutosaveAsync();
                await SettleScriptRequestsAsync();
            }

            var previousPageCount = _fieldOrder.Count;
            await MergeSnapshotAsync(await InventoryCoreAsync(), previousPageCount, asLeft);
        }

        /// <summary>One inventory of the page; <see cref="Frames"/> holds each frame's survey when one was asked.</summary>
        private sealed record Snapshot(string Title, string Signature, List<FieldObservation> Fields, List<PageSurvey.FrameSource>? Frames = null)
        {
            /// <summary>The fields the site or the browser refused, with their messages (inventory.js, region refusal).</summary>
            public IReadOnlyList<RefusedField> Invalid { get; init; } = [];

            /// <summary>How many times the browser refused a field in the documents read (its `invalid` events).</summary>
            public int InvalidEvents { get; init; }
        }

        /// <summary>A field the site or the browser refused: its label and the message shown, or the browser's; its controls'
        /// own ids (else names), and whether the page shows the message.</summary>
        private sealed record RefusedField(string Id, string Label, string Message)
        {
            public IReadOnlyList<string> Keys { get; init; } = [];

            public bool Shown { get; init; }

            // A message that names its field already (Démarche Numérique's « « Adresse électronique » doit être rempli ») is said
            // once, not after its label again.
            public override string ToString() => (Label, Message) switch
            {
                ({ Length: > 0 }, { Length: > 0 }) when Message.Contains($"« {Label} »", StringComparison.OrdinalIgnoreCase) => Message.TrimEnd('.'),
                ({ Length: > 0 }, { Length: > 0 }) => $"« {Label} » : {Message.TrimEnd('.')}",
                ({ Length: > 0 }, _) => $"« {Label} »",
                _ => Message.TrimEnd('.'),
            };
        }

        private Task<Snapshot> InventoryCoreAsync() => InternalAsync("relevé des champs", () => Clock.TimeAsync(Phase.Inventory, () => InventoryFramesAsync(survey: false)));

        private async Task<Snapshot> InventoryFramesAsync(bool survey)
        {
            var fields = new List<FieldObservation>();
            var title = "";
            var signature = new StringBuilder();
            var frameIndex = 0;
            var frames = survey ? new List<PageSurvey.FrameSource>() : null;
            var invalid = new List<RefusedField>();
            var invalidEvents = 0;
            _blocker = null;
            foreach (var frame in _page.Frames)
            {
                var key = frame == _page.MainFrame ? "" : $"i{frameIndex++}-";
                JsonElement result;
                try
                {
                    result = JsonElementOf(await InventoryOfAsync(frame, InventoryArguments(key, survey)));
                }
                catch (PlaywrightException) when (frame != _page.MainFrame)
                {
                    // The frame navigated while we looked: look again once its new page has loaded, or leave it.
                    try
                    {
                        await frame.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5000 });
                        result = JsonElementOf(await InventoryOfAsync(frame, InventoryArguments(key, survey)));
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        continue;
                    }
                }

                var frameTitle = result.GetProperty("title").GetString() ?? "";
                if (frame == _page.MainFrame)
                {
                    title = frameTitle;
                }
                else if (frameTitle.Length > 0 && result.GetProperty("fields").GetArrayLength() > 0 && !title.Contains(frameTitle, StringComparison.Ordinal))
                {
                    title += " › " + frameTitle; // the form lives in an iframe: its steps name the page
                }

                if (frame == _page.MainFrame)
                {
                    _autosaves = result.TryGetProperty("autosaves", out var autosaves) && autosaves.ValueKind == JsonValueKind.True;
                }

                if (result.TryGetProperty("blocker", out var blocker) && blocker.ValueKind == JsonValueKind.String)
                {
                    _blocker = blocker.GetString();
                }

                if (result.TryGetProperty("filled", out var filled))
                {
                    _filledByProbe.UnionWith(filled.EnumerateArray().Select(f => f.GetString() ?? ""));
                }

                var frameFields = result.GetProperty("fields").EnumerateArray().Select(f => ToObservation(f, title)).ToList();
                fields.AddRange(frameFields);
                var frameInvalid = result.TryGetProperty("invalid", out var refused) && refused.ValueKind == JsonValueKind.Array
                    ? refused.EnumerateArray().Select(r => new RefusedField(r.GetProperty("id").GetString() ?? "", (r.GetProperty("label").GetString() ?? "").Trim(), (r.GetProperty("message").GetString() ?? "").Trim())
                    {
                        Keys = r.TryGetProperty("keys", out var keys) ? [.. keys.EnumerateArray().Select(k => k.GetString() ?? "").Where(k => k.Length > 0)] : [],
                        Shown = r.TryGetProperty("shown", out var shown) && shown.ValueKind == JsonValueKind.True,
                    }).ToList()
                    : [];
                invalid.AddRange(frameInvalid);
                invalidEvents += result.TryGetProperty("invalidEvents", out var events) && events.ValueKind == JsonValueKind.Number ? events.GetInt32() : 0;
                var part = RouteOf(frame.Url) + "#" + frameTitle;
                var (step, redrawn) = StepOf(key, result.TryGetProperty("doc", out var doc) ? doc.GetString() : null, frameFields);
                if (step > 0)
                {
                    part += "@" + step; // another step posted back to the same address, under the same title
                }

                // The same step answered again with its fields refused (TYPO3's form posts each step to an address of its
                // own, « ?tx_form_formframework[action]=perform… »): the site refused the step, no new page came. The page
                // keeps its signature while that document stays as it came.
                var documentId = result.TryGetProperty("doc", out var d) ? d.GetString() : null;
                if (redrawn && frameInvalid.Count > 0 && _frameParts.TryGetValue(key, out var previous))
                {
                    _redrawnAs[key] = (documentId, part, previous.Part);
                }

                if (_redrawnAs.TryGetValue(key, out var kept) && kept.Document == documentId && kept.Came == part)
                {
                    part = kept.Part;
                }

                _frameParts[key] = (documentId, part);
                signature.Append(part).Append('|');
                if (frames is not null)
                {
                    // A scenario names one level of iframe (`frame: "iframe#formulaire"`): deeper frames are not offered.
                    var selector = frame.ParentFrame == _page.MainFrame ? await FrameSelectorAsync(frame) : null;
                    if (frame == _page.MainFrame || selector is not null)
                    {
                        frames.Add(new(selector, result.Clone(), frameFields));
                    }
                }

                if (_guard is not null)
                {
                    await _guard.LearnAsync(result.GetProperty("finals"));
                }
            }

            return new Snapshot(title, signature.ToString(), fields, frames) { Invalid = invalid, InvalidEvents = invalidEvents };
        }

        /// <summary>Per frame (its key): the document its last inventory read, the fields it saw there, and how many
        /// times a new document with other fields came under the same address and title.</summary>
        private readonly Dictionary<string, (string? Document, int Step, HashSet<string> Fields)> _documents = new(StringComparer.Ordinal);

        /// <summary>Per frame (its key): its part of the page's signature at its last inventory.</summary>
        private readonly Dictionary<string, (string? Document, string Part)> _frameParts = new(StringComparer.Ordinal);

        /// <summary>Per frame: a document the site sent back with the step's fields refused, the part of the signature it
        /// came with, and the part of the page it refused, which it keeps.</summary>
        private readonly Dictionary<string, (string? Document, string Came, string Part)> _redrawnAs = new(StringComparer.Ordinal);

        /// <summary>
        /// How many steps a frame went through without its address or title telling: a form that posts back to its own
        /// address (Drupal's Webform wizard) draws its next step in a new document under the same address, title and
        /// heading; a person sees another page. The same step drawn again in a new document (the site refused a value and
        /// shows the step with its errors, a reload) is the same page: most of its fields were on the document before
        /// (<see cref="StepOf"/> says it was redrawn; with fields refused, the page keeps its signature even under another
        /// address).
        /// A wizard that swaps its step in the same document (Form.io, SurveyJS: no address, title or heading changes)
        /// replaces every question shown by others: another page too. A choice that shows a block, or hides one, leaves
        /// the other questions where they were: the same page.
        /// </summary>
        private (int Step, bool Redrawn) StepOf(string frameKey, string? document, List<FieldObservation> fields)
        {
            var seen = fields.Select(f => string.Join('\u001f', f.Label, f.Legend, f.Input, f.Name)).ToHashSet(StringComparer.Ordinal);
            var step = 0;
            var redrawn = false;
            if (_documents.TryGetValue(frameKey, out var last))
            {
                step = last.Step;
                var sameStep = seen.Count == 0 ? last.Fields.Count == 0 : seen.Count(last.Fields.Contains) * 2 >= seen.Count;
                var swapped = document == last.Document && seen.Count > 0 && last.Fields.Count > 0 && !seen.Overlaps(last.Fields);
                if ((document != last.Document && !sameStep) || swapped)
                {
                    step++;
                }

                redrawn = document != last.Document && sameStep && seen.Count > 0;

                if (document == last.Document && seen.Count == 0)
                {
                    seen = last.Fields; // the step between two drawings: the next one is compared with the questions last shown
                }
            }

            _documents[frameKey] = (document, step, seen);
            return (step, redrawn);
        }

        private static JsonElement JsonElementOf(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        /// <summary>The inventory's arguments: the frame's key, and what a final submit control looks like (for the guard).</summary>
        private object InventoryArguments(string key, bool survey = false)
        {
            var stop = scenario.Steps.LastOrDefault(s => s.Kind == StepKind.StopBefore)?.Target;
            return new
            {
                frameKey = key,
                finalPattern = _guard is null ? null : FinalSubmission().ToString(),
                confirmPattern = _guard is null ? null : Confirmation().ToString(),
                stopText = stop is { Kind: TargetKind.Button or TargetKind.Link or TargetKind.Text } ? Resolve(stop.Value).ToLowerInvariant() : null,
                stopCss = stop is { Kind: TargetKind.Css } ? stop.Value : stop is { Kind: TargetKind.TestId } ? $"[data-testid=\"{stop.Value}\"]" : null,
                survey,
                fieldErrors = FieldErrorSelector,
                summaryErrors = SummaryErrorSelector,
            };
        }

        private static FieldObservation ToObservation(JsonElement f, string page)
        {
            string? S(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
            bool B(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
            return new FieldObservation
            {
                Id = S("id")!,
                Selector = S("selector"),
                Label = S("label"),
                LabelSource = S("labelSource"),
                Hint = S("hint"),
                Legend = S("legend"),
                Section = S("section"),
                Page = S("page") ?? page,
                Placeholder = S("placeholder"),
                Input = S("input"),
                Name = S("name"),
                Autocomplete = S("autocomplete"),
                Accept = S("accept"),
                Pattern = S("pattern"),
                Value = S("value"),
                ReadOnly = B("readOnly"),
                Disabled = B("disabled"),
                Required = B("required"),
                FilledByProbe = B("filledByProbe"),
                Options = f.TryGetProperty("options", out var o) ? o.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [],
            };
        }

        /// <summary>
        /// Keeps the first sighting of each field (later sightings carry what the probe typed), in the order the page shows
        /// them: a field a choice revealed goes right after the field before it on the page, not at the end of the list,
        /// since a field is read with the one before it (its block). Only after a field first seen on the same page, so
        /// each page's fields stay together for <see cref="ClosePage(PageEvidence)"/>.
        /// </summary>
        private void Merge(List<FieldObservation> fields, string signature, bool asLeft)
        {
            var present = fields.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var vanished = _lastLook.Signature == signature
                ? _lastLook.Ids.Where(id => !present.Contains(id) && _fieldOrder.Contains(id)).ToList()
                : [];
            _lastLook = (signature, present);
            foreach (var field in fields.Where(f => !_fields.ContainsKey(f.Id)))
            {
                // A page that draws its fields again (Démarche Numérique after a dependent answer) puts a new element in
                // place of one already seen: the same field, whose first sight stays what the site had put there.
                if (vanished.FirstOrDefault(id => IsSameField(_fields[id], field)) is { } twin)
                {
                    vanished.Remove(twin);
                    _fields[field.Id] = _fields[twin] with { Id = field.Id, Selector = field.Selector };
                    _seenOn[field.Id] = _seenOn[twin];
                    _fieldOrder[_fieldOrder.IndexOf(twin)] = field.Id;
                }
            }

            if (asLeft)
            {
                // Hidden since the last look by an answer of the probe (« Vivez-vous en couple ? Non » hides the spouse's
                // block): not asked. A field the probe filled was asked, whatever the page shows of it now.
                _fieldOrder.RemoveAll(id => vanished.Contains(id) && !_filledByProbe.Contains(id));
            }

            string? before = null;
            foreach (var field in fields)
            {
                if (_fields.TryGetValue(field.Id, out var seen))
                {
                    // A list whose choices are drawn once it is opened (or loaded late): its choices as they were read.
                    if (seen.Options.Count == 0 && field.Options.Count > 0)
                    {
                        _fields[field.Id] = seen = seen with { Options = field.Options };
                    }

                    // Empty at first sight, filled since by the site and not by the probe (an API fills the company's name
                    // once the SIRET is typed, a profile loads after the page): pre-filled by the administration, not asked.
                    if (string.IsNullOrEmpty(seen.Value) && field.Value is { Length: > 0 } filledBySite && field.Input is not ("radio" or "checkbox")
                        && !field.FilledByProbe && !_filledByProbe.Contains(field.Id) && !_typedOnPage.Contains(filledBySite))
                    {
                        _fields[field.Id] = seen with { Value = filledBySite, ReadOnly = seen.ReadOnly || field.ReadOnly };
                    }
                }
                else
                {
                    // First seen with a value the probe typed on this page: a copy the page drew after the probe typed.
                    var typedCopy = !field.FilledByProbe && !field.ReadOnly && field.Value is { Length: > 0 } value && _typedOnPage.Contains(value);
                    _fields[field.Id] = typedCopy ? field with { FilledByProbe = true } : field;
                    _seenOn[field.Id] = signature;
                    var after = before is null || _seenOn[before] != signature ? -1 : _fieldOrder.IndexOf(before);
                    if (after >= 0)
                    {
                        _fieldOrder.Insert(after + 1, field.Id);
                    }
                    else
                    {
                        _fieldOrder.Add(field.Id);
                    }
                }

                before = field.Id;
            }
        }

        private void ClosePage(PageEvidence evidence) => ClosePage(evidence, _title, _url, _fieldOrder.Count);

        /// <summary>Two sightings of one field drawn twice: the same label, group, kind and name.</summary>
        private static bool IsSameField(FieldObservation a, FieldObservation b) =>
            a.Label == b.Label && a.Legend == b.Legend && a.Input == b.Input && a.Name == b.Name;

        private void ClosePage(PageEvidence evidence, string nextTitle, string nextUrl, int fieldCount)
        {
            _typedOnPage.Clear();
            _answeredBy.Clear();
            var fields = _fieldOrder.Take(fieldCount).Select(id => _fields[id]).ToList();
            _pages.Add(new PageCapture(_pages.Count, _title.Length > 0 ? _title : _url, _url, fields, evidence.Screenshot, evidence.AccessibilityTree, _pageStart, Now()));
            foreach (var id in _fieldOrder.Take(fieldCount).ToList())
            {
                _fieldOrder.Remove(id);
            }

            _pageStart = Now();
            _title = nextTitle;
            _url = nextUrl;
        }

        private async Task TryCloseFailedPageAsync()
        {
            if (_lastPageClosed)
            {
                return;
            }

            try
            {
                await InventoryAsync(asLeft: true);
                ClosePage(await CaptureAsync());
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or StepFailure)
            {
                // Evidence of a failed page is best effort.
            }
        }

        /// <summary>Where the page says it is: its path, its query and a router's fragment (« #/etape-2 », « #!/… »); a
        /// single-page form that keeps its title and heading changes only these from one step to the next. A plain
        /// anchor (« #contenu ») stays the same page.</summary>
        private static string RouteOf(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u))
            {
                return url;
            }

            var route = u.Fragment.StartsWith("#/", StringComparison.Ordinal) || u.Fragment.StartsWith("#!", StringComparison.Ordinal) ? u.Fragment : "";
            return u.GetLeftPart(UriPartial.Query) + route;
        }
    }
}
