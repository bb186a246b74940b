using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Yaml;

namespace Observatoire.Probes.Scenarios;

/// <summary>The outcome of loading one file: a scenario, or every problem found in it.</summary>
public sealed record LoadResult(string File, Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Scenario is not null && Diagnostics.Count == 0;

    /// <summary>The procedure as far as the file says it, even when the scenario is invalid (its `procedure` block read
    /// without error); null when that block itself is wrong or the file could not be parsed.</summary>
    public ProcedureInfo? Procedure { get; init; }
}

/// <summary>
/// Strict loader for scenario format v1: unknown keys, wrong types, missing values, undefined persona
/// variables and missing upload files are all reported at once with file:line:column.
/// </summary>
public static partial class ScenarioLoader
{
    public static readonly IReadOnlyList<string> FranceConnectValues = ["FranceConnect", "FranceConnect+", "Non", "Non applicable"];

    private static readonly Dictionary<string, StepKind> StepKeys = new(StringComparer.Ordinal)
    {
        ["goto"] = StepKind.Goto,
        ["fill"] = StepKind.Fill,
        ["select"] = StepKind.Select,
        ["check"] = StepKind.Check,
        ["uncheck"] = StepKind.Uncheck,
        ["upload"] = StepKind.Upload,
        ["click"] = StepKind.Click,
        ["press"] = StepKind.Press,
        ["wait_for"] = StepKind.WaitFor,
        ["stop_before"] = StepKind.StopBefore,
    };

    private static readonly Dictionary<string, TargetKind> TargetKeys = new(StringComparer.Ordinal)
    {
        ["label"] = TargetKind.Label,
        ["button"] = TargetKind.Button,
        ["link"] = TargetKind.Link,
        ["text"] = TargetKind.Text,
        ["placeholder"] = TargetKind.Placeholder,
        ["css"] = TargetKind.Css,
        ["testid"] = TargetKind.TestId,
        ["url"] = TargetKind.Url,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Expands files and folders into the sorted list of scenario files (*.yaml, *.yml).</summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.TopDirectoryOnly)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                files.Add(path);
            }
        }

        return files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Loads every file; one broken file never hides the others. A procedure id two files give is reported on each file's
    /// `id`, naming the others, and none of them is walked. With a catalogue, item ids named by `expect` and overrides are checked.
    /// </summary>
    public static IReadOnlyList<LoadResult> LoadAll(IEnumerable<string> files, DataCatalogue? catalogue = null, Func<string, bool>? secretConfigured = null)
    {
        var results = files.Select(f => Load(f, catalogue, secretConfigured)).ToList();
        // A copied scenario that kept its model's id would walk in its place under that procedure's name (the first file by
        // name wins, and a copy sorts first): which one is the copy no file says, so every file of such an id is refused.
        foreach (var shared in Enumerable.Range(0, results.Count).Where(i => results[i].Scenario is not null)
                     .GroupBy(i => results[i].Scenario!.Procedure.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var all = shared.Select(i => results[i].Scenario!).ToList();
            foreach (var i in shared)
            {
                var s = results[i].Scenario!;
                var others = string.Join(", ", all.Where(o => o != s).Select(o => o.IdPosition.ToString()));
                var d = new Diagnostic(s.IdPosition, $"procedure id `{Hints.Cut(s.Procedure.Id)}` is also used by {others}",
                    "ids must be unique: give the copy its own id (and its file the same name)");
                results[i] = results[i] with { Scenario = null, Diagnostics = [.. results[i].Diagnostics, d] };
            }
        }

        // A copied scenario that kept its model's observatoire_id would give the export two rows of one ID_Demarche, and
        // which one is the copy no file says: every file of such an id is refused until one is given its own.
        foreach (var shared in Enumerable.Range(0, results.Count).Where(i => results[i].Scenario is { Procedure.ObservatoireId.Length: > 0 })
                     .GroupBy(i => results[i].Scenario!.Procedure.ObservatoireId!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = shared.Select(i => results[i].Scenario!).ToList();
            foreach (var i in shared)
            {
                var t = results[i].Scenario!;
                var others = string.Join(", ", all.Where(o => o != t).Select(o => $"{o.ObservatoireIdPosition ?? o.IdPosition} ({o.Procedure.Id})"));
                var d = new Diagnostic(t.ObservatoireIdPosition ?? t.IdPosition, $"observatoire_id `{Hints.Cut(shared.Key)}` is also used by {others}",
                    "each procedure has its own row in the observatoire's table: give each its own id, or remove the line from the copy until it has one");
                results[i] = results[i] with { Scenario = null, Diagnostics = [.. results[i].Diagnostics, d] };
            }
        }

        return results;
    }

    /// <param name="secretConfigured">When given, every `${secret:NAME}` must be configured (the run's settings).</param>
    public static LoadResult Load(string file, DataCatalogue? catalogue = null, Func<string, bool>? secretConfigured = null)
    {
        var display = Display(file);
        if (!File.Exists(file))
        {
            return new(file, null, [new(new(display, 1, 1), "file not found", "check the path")]);
        }

        var text = ReadText(file, display, out var problem);
        return problem is not null ? new(file, null, [problem]) : Parse(text!, file, catalogue, secretConfigured);
    }

    /// <summary>The file's text, or why it cannot be a scenario's (unreadable, too large, not UTF-8).</summary>
    private static string? ReadText(string file, string display, out Diagnostic? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new(new(display, 1, 1), "the file cannot be read: " + e.Message, "check its permissions");
            return null;
        }

        if (bytes.Length > MaxFileBytes)
        {
            problem = new(new(display, 1, 1), $"the file is {bytes.Length / 1024} KB: a scenario is a few KB", $"keep it under {MaxFileBytes / 1024} KB");
            return null;
        }

        var text = DecodeUtf8(bytes, display, out problem);
        return problem is null ? text : null;
    }

    /// <summary>Scenario files are small; beyond this size something else was given.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or the position of the first byte that is not UTF-8 (never silently replaced).</summary>
    private static string? DecodeUtf8(byte[] bytes, string display, out Diagnostic? invalid)
    {
        invalid = null;
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // Find the first bad byte by decoding growing prefixes of lines: files are small.
            var offset = start;
            var line = 1;
            var lineStart = start;
            while (offset < bytes.Length)
            {
                var length = Utf8Length(bytes[offset]);
                if (length == 0 || offset + length > bytes.Length || !ValidSequence(bytes, offset, length))
                {
                    var column = StrictUtf8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
                    invalid = new Diagnostic(new(display, line, column), $"invalid UTF-8 at byte {offset} (0x{bytes[offset]:X2})", "save the file as UTF-8 (most editors have an \"encoding\" menu)");
                    return null;
                }

                if (bytes[offset] == (byte)'\n')
                {
                    line++;
                    lineStart = offset + 1;
                }

                offset += length;
            }

            invalid = new Diagnostic(new(display, 1, 1), "invalid UTF-8", "save the file as UTF-8");
            return null;
        }
    }

    private static int Utf8Length(byte first) => first switch
    {
        < 0x80 => 1,
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static bool ValidSequence(byte[] bytes, int offset, int length)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, offset, length);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Parses scenario text; <paramref name="file"/> names it in messages and anchors relative upload paths.</summary>
    public static LoadResult Parse(string text, string file, DataCatalogue? catalogue = null, Func<string, bool>? secretConfigured = null)
    {
        var display = Display(file);
        var diagnostics = new List<Diagnostic>();
        var root = YamlTree.Parse(text, display, diagnostics);
        if (root is null)
        {
            return new(file, null, diagnostics);
        }

        if (root is not YamlMapping rootMapping)
        {
            diagnostics.Add(new(root.Position, "a scenario must be a mapping with `procedure`, `persona` and `steps`", "see scenarios/README.md"));
            return new(file, null, diagnostics);
        }

        var top = new MappingReader(rootMapping, "the scenario", diagnostics);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var procedure = ReadProcedure(top, diagnostics, out var at);
        var persona = ReadPersona(top, folder, diagnostics);
        var steps = ReadSteps(top, folder, persona, secretConfigured, diagnostics);
        var expect = ReadExpect(top, catalogue, diagnostics);
        var overrides = ReadOverrides(top, catalogue, diagnostics);
        top.RejectUnknownKeys();

        if (procedure is not null && Uri.TryCreate(procedure.Start, UriKind.Absolute, out var startUrl) && steps is not null)
        {
            foreach (var step in steps.Where(s => s.Kind == StepKind.Goto))
            {
                if (Uri.TryCreate(step.Argument, UriKind.Absolute, out var target) && !SiteUrls.IsAllowed(target, startUrl))
                {
                    // A `start` that is a path reads as a file URL here: its site is the one BaseUrl gives at run time.
                    var site = startUrl.Scheme is "http" or "https" ? startUrl.Host : "the site of `start` (a path, on the site BaseUrl gives)";
                    diagnostics.Add(new(step.Position, $"`goto` leaves the procedure's site: {target.Host} is neither {site} nor the sign-in provider",
                        "a scenario walks one procedure: give a page of its site as a path (`/…`), or start another scenario for another site"));
                }
            }
        }

        if (procedure is not null && !procedure.NotApplicable && steps is { Count: > 0 })
        {
            if (steps[^1].Kind != StepKind.StopBefore)
            {
                diagnostics.Add(new(steps[^1].Position, "the last step must be `stop_before`", "end with `- stop_before: <the final submit button>` so the walk proves it reached the end without submitting"));
            }

            foreach (var early in steps.SkipLast(1).Where(s => s.Kind == StepKind.StopBefore))
            {
                diagnostics.Add(new(early.Position, "`stop_before` must be the last step", "move it to the end or remove the steps after it"));
            }
        }

        if (diagnostics.Count > 0 || procedure is null || persona is null || steps is null)
        {
            return new(file, null, diagnostics) { Procedure = procedure };
        }

        return new(file, new Scenario(Path.GetFullPath(file), procedure, persona, steps, expect, overrides) { IdPosition = at.Id!, ObservatoireIdPosition = at.Row, StartPosition = at.Start }, diagnostics) { Procedure = procedure };
    }

    /// <summary>Paths in messages are relative to the current directory when under it, as compilers print them.</summary>
    public static string Display(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    /// <summary>Where a procedure's id, observatoire_id and start are written, for messages and the walk's first step.</summary>
    private sealed record ProcedurePositions(SourcePosition? Id, SourcePosition? Row, SourcePosition? Start);

    private static ProcedureInfo? ReadProcedure(MappingReader top, List<Diagnostic> diagnostics, out ProcedurePositions at)
    {
        at = new(null, null, null);
        var mapping = top.Mapping("procedure", required: true);
        if (mapping is null)
        {
            return null;
        }

        var r = new MappingReader(mapping, "`procedure`", diagnostics);
        var before = diagnostics.Count;
        var id = r.String("id", required: true);
        at = at with { Id = r.Node("id")?.Position };
        if (id is not null && !IdPattern().IsMatch(id))
        {
            r.Error(r.Node("id")!.Position, $"procedure id `{Hints.Cut(id)}` must use lowercase letters, digits and dashes", "for example `bourse-college`");
        }

        var title = r.String("title", required: true);
        var ministry = r.String("ministry", required: true);
        var administration = r.String("administration", required: true);
        var observatoireId = r.String("observatoire_id");
        at = at with { Row = r.Node("observatoire_id")?.Position };
        var notApplicable = r.Bool("not_applicable") ?? false;
        var start = r.String("start", required: !notApplicable) ?? "";
        at = at with { Start = r.Node("start")?.Position };
        if (start.Length > 0 && SiteUrls.Problem(start) is { } problem)
        {
            r.Error(r.Node("start")!.Position, $"`start` must be an http(s) URL or a path starting with `/`: {problem}", "for example `https://www.service-public.fr/…` or `/bourse-college/` for the demo site");
        }

        var franceConnect = r.String("franceconnect") ?? "Non";
        if (!FranceConnectValues.Contains(franceConnect, StringComparer.Ordinal))
        {
            var guess = Hints.Suggest(franceConnect, FranceConnectValues);
            r.Error(r.Node("franceconnect")!.Position, $"`franceconnect` must be one of {string.Join(", ", FranceConnectValues)}; found `{Hints.Cut(franceConnect)}`", guess is null ? null : $"did you mean `{guess}`?");
        }

        var audience = r.String("public") ?? ProcedureInfo.Individuals;
        if (!ProcedureInfo.Publics.Contains(audience, StringComparer.Ordinal))
        {
            var guess = ProcedureInfo.SuggestPublic(audience);
            r.Error(r.Node("public")!.Position, $"`public` must be one of {string.Join(", ", ProcedureInfo.Publics)} (whom the procedure is for); found `{Hints.Cut(audience)}`",
                guess is null ? "`professionnels` for a company's, a structure's or a professional activity's procedure, `associations` for an association's" : $"did you mean `{guess}`?");
        }

        var testEnvironment = r.Bool("test_environment") ?? false;
        r.RejectUnknownKeys();
        return diagnostics.Count > before ? null : new ProcedureInfo(id!, title!, ministry!, administration!, observatoireId, start, franceConnect, testEnvironment, notApplicable, audience);
    }

    /// <summary>
    /// The persona: written in the scenario, or one of the shared personas (<c>persona: famille-dubois</c>, the file
    /// personas/famille-dubois.yaml), whose values the scenario may complete or replace with <c>use</c> and <c>values</c>.
    /// </summary>
    private static Persona? ReadPersona(MappingReader top, string folder, List<Diagnostic> diagnostics)
    {
        var node = top.Node("persona");
        if (node is YamlScalar { IsNull: false } reference)
        {
            return SharedPersona(reference, folder, diagnostics);
        }

        var mapping = top.Mapping("persona", required: true);
        if (mapping is null)
        {
            return null;
        }

        if (mapping.Entries.FirstOrDefault(e => e.Key.Value == "use") is not { } use)
        {
            return ReadPersonaMapping(mapping, "`persona`", diagnostics);
        }

        var own = ReadPersonaMapping(mapping, "`persona`", diagnostics, allowUse: true);
        if (use.Value is not YamlScalar { IsNull: false } name)
        {
            diagnostics.Add(new(use.Value.Position, "`use` names a shared persona", "for example `use: famille-dubois` (the file personas/famille-dubois.yaml)"));
            return null;
        }

        if (mapping.Entries.Any(e => e.Key.Value == "id"))
        {
            diagnostics.Add(new(mapping.Entries.First(e => e.Key.Value == "id").Key.Position, "a persona that `use`s a shared one takes its id", "remove `id`"));
            return null;
        }

        return SharedPersona(name, folder, diagnostics) is { } shared && own is not null
            ? shared with
            {
                Description = own.Description ?? shared.Description,
                Values = shared.Values.Concat(own.Values).GroupBy(v => v.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            }
            : null;
    }

    private static Persona? SharedPersona(YamlScalar reference, string folder, List<Diagnostic> diagnostics)
    {
        if (ReadPart(reference, folder, PersonasFolder, "persona", diagnostics) is not { } part)
        {
            return null;
        }

        var before = diagnostics.Count;
        var persona = ReadPersonaMapping(part.Root, "the persona", diagnostics);
        if (persona is not null && persona.Id != reference.Value)
        {
            diagnostics.Add(new(part.Root.Entries.First(e => e.Key.Value == "id").Value.Position, $"the persona's id is `{Hints.Cut(persona.Id)}` but its file is {reference.Value}.yaml", "give the file and the id the same name"));
        }

        return Included(diagnostics, before, reference.Position, "the persona") ? null : persona;
    }

    private static Persona? ReadPersonaMapping(YamlMapping mapping, string what, List<Diagnostic> diagnostics, bool allowUse = false)
    {
        var r = new MappingReader(mapping, what, diagnostics);
        var id = allowUse ? null : r.String("id", required: true);
        if (allowUse)
        {
            r.Node("use");
        }

        var description = r.String("description");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Mapping("values") is { } valuesMapping)
        {
            var v = new MappingReader(valuesMapping, what == "`persona`" ? "`persona.values`" : "the persona's `values`", diagnostics);
            foreach (var key in v.Keys.Distinct(StringComparer.Ordinal))
            {
                if (v.Node(key) is YamlScalar scalar)
                {
                    values[key] = scalar.Value;
                    foreach (var (isSecret, name) in Placeholders.Find(scalar.Value).Where(p => p.IsSecret))
                    {
                        v.Error(scalar.Position, $"persona value `{Hints.Cut(key)}` refers to secret `{Hints.Cut(name)}`", "use ${secret:" + name + "} directly in the step that needs it");
                    }
                }
                else
                {
                    v.Error(v.KeyPosition(key), $"persona value `{Hints.Cut(key)}` must be text, found a {MappingReader.Describe(v.Node(key)!)}", "quote it: `key: \"…\"`");
                }
            }
        }

        r.RejectUnknownKeys();
        return id is null && !allowUse ? null : new Persona(id ?? "", description, values);
    }

    private static List<ScenarioStep>? ReadSteps(MappingReader top, string baseDirectory, Persona? persona, Func<string, bool>? secretConfigured, List<Diagnostic> diagnostics)
    {
        var sequence = top.Sequence("steps", required: true);
        if (sequence is null)
        {
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            diagnostics.Add(new(sequence.Position, "`steps` is empty", "list at least the `stop_before` step"));
        }

        var steps = new List<ScenarioStep>();
        foreach (var node in sequence.Items)
        {
            if (node is YamlMapping { Entries: [{ Key.Value: "include" } include] })
            {
                steps.AddRange(ReadInclude(include, baseDirectory, persona, secretConfigured, diagnostics));
            }
            else if (ReadStep(node, baseDirectory, diagnostics) is { } step)
            {
                steps.Add(step);
                CheckPlaceholders(step, persona, secretConfigured, diagnostics);
            }
        }

        return steps;
    }

    private static ScenarioStep? ReadStep(YamlNode node, string baseDirectory, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMapping { Entries.Count: > 0 } mapping)
        {
            diagnostics.Add(new(node.Position, $"a step must be one action such as `- click: Suivant`, found {MappingReader.Show(node)}", $"actions: {string.Join(", ", StepKeys.Keys)}"));
            return null;
        }

        if (mapping.Entries.Count > 1)
        {
            diagnostics.Add(new(mapping.Entries[1].Key.Position, $"one action per step: found `{Hints.Cut(mapping.Entries[0].Key.Value)}` and `{Hints.Cut(mapping.Entries[1].Key.Value)}`", "start a new `- ` line for each action, and indent its options under it"));
            return null;
        }

        var (key, value) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
        if (!StepKeys.TryGetValue(key.Value, out var kind))
        {
            var actions = StepKeys.Keys.Append("include").ToList();
            var guess = Hints.Suggest(key.Value, actions);
            diagnostics.Add(new(key.Position, $"unknown action `{Hints.Cut(key.Value)}`", guess is null ? $"actions: {string.Join(", ", actions)}" : $"did you mean `{guess}`?"));
            return null;
        }

        var what = $"`{key.Value}`";
        switch (kind)
        {
            case StepKind.Goto:
                if (value is YamlScalar { IsNull: false } url)
                {
                    if (SiteUrls.Problem(url.Value) is { } problem)
                    {
                        diagnostics.Add(new(value.Position, $"`goto` cannot open `{Hints.Cut(url.Value)}`: {problem}", "open a page of the procedure's site: an http(s) URL or a path such as `/demarche/etape-2`"));
                        return null;
                    }

                    return new(kind, key.Position, null, url.Value);
                }

                diagnostics.Add(new(value.Position, "`goto` takes a URL or a path", "for example `- goto: /bourse-college/`"));
                return null;

            case StepKind.Click or StepKind.StopBefore or StepKind.WaitFor when value is YamlScalar { IsNull: false, IsPlain: true } number && LooksLikeNumberOrFlag(number.Value):
                diagnostics.Add(new(value.Position, $"{what} takes the text on screen, found `{Hints.Cut(number.Value)}`", $"quote it if that is the text: `- {key.Value}: \"{Hints.Cut(number.Value)}\"`"));
                return null;

            case StepKind.Click or StepKind.StopBefore or StepKind.WaitFor when value is YamlScalar { IsNull: false } name:
                // A bare string is what a person reads on screen: a button or link name for clicks, a text to wait for.
                var shorthand = kind == StepKind.WaitFor ? TargetKind.Text : TargetKind.Button;
                return new(kind, key.Position, new Target(shorthand, name.Value), null);

            default:
                if (value is not YamlMapping options)
                {
                    diagnostics.Add(new(value.Position, $"{what} needs options, found {MappingReader.Show(value)}", ExampleFor(kind)));
                    return null;
                }

                var r = new MappingReader(options, what, diagnostics);
                var before = diagnostics.Count;
                var target = ReadTarget(r, kind, what, options.Position, diagnostics);
                string? argument = kind switch
                {
                    StepKind.Fill => r.String("value", required: true),
                    StepKind.Select => r.String("option", required: true),
                    StepKind.Upload => ReadFile(r, baseDirectory),
                    StepKind.Press => ReadKey(r),
                    _ => null,
                };
                r.RejectUnknownKeys();
                return diagnostics.Count > before || target is null ? null : new(kind, key.Position, target, argument);
        }
    }

    private static Target? ReadTarget(MappingReader r, StepKind kind, string what, SourcePosition position, List<Diagnostic> diagnostics)
    {
        var frame = r.String("frame");
        var exact = r.Bool("exact") ?? false;
        var found = TargetKeys.Keys.Where(r.Has).ToList();
        foreach (var k in TargetKeys.Keys)
        {
            r.Node(k);
        }

        if (found.Count == 0)
        {
            diagnostics.Add(new(position, $"{what} needs a target: one of label, button, link, text, placeholder, css, testid", ExampleFor(kind)));
            return null;
        }

        if (found.Count > 1)
        {
            diagnostics.Add(new(r.KeyPosition(found[1]), $"{what} has two targets (`{found[0]}` and `{found[1]}`)", "keep one: the most human one (label, button, link, text), CSS as a last resort"));
            return null;
        }

        var targetKind = TargetKeys[found[0]];
        if (targetKind == TargetKind.Url && kind != StepKind.WaitFor)
        {
            diagnostics.Add(new(r.KeyPosition("url"), "`url` is a target of `wait_for` only", "use `goto` to open a URL"));
            return null;
        }

        var value = r.String(found[0], required: true);
        if (value is not null && r.Node(found[0]) is YamlScalar { IsPlain: true } plain && LooksLikeNumberOrFlag(plain.Value))
        {
            r.Error(plain.Position, $"`{found[0]}` must be the text on screen, found the {(bool.TryParse(plain.Value, out _) ? "flag" : "number")} `{Hints.Cut(plain.Value)}`", $"quote it if that is the text: `{found[0]}: \"{Hints.Cut(plain.Value)}\"`");
            return null;
        }

        return value is null ? null : new Target(targetKind, value, frame, exact);
    }

    /// <summary>Keys a person presses in a form (Playwright's names); a shortcut such as Control+S is no way through a procedure.</summary>
    private static readonly string[] PressKeys = ["Enter", "Tab", "Escape", "Space", "ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Backspace", "Delete", "Home", "End", "PageDown", "PageUp"];

    private static string? ReadKey(MappingReader r)
    {
        var key = r.String("key", required: true);
        if (key is not null && !PressKeys.Contains(key, StringComparer.Ordinal))
        {
            var guess = Hints.Suggest(key, PressKeys);
            r.Error(r.Node("key")!.Position, $"unknown key `{Hints.Cut(key)}`", guess is null ? $"keys: {string.Join(", ", PressKeys)}" : $"did you mean `{guess}`?");
            return null;
        }

        return key;
    }

    private static string? ReadFile(MappingReader r, string baseDirectory)
    {
        var file = r.String("file", required: true);
        if (file is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(baseDirectory, file));
        var folder = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(folder, StringComparison.Ordinal))
        {
            r.Error(r.Node("file")!.Position, $"upload file `{Hints.Cut(file)}` is outside the scenario's folder", "put the file beside the scenario (scenarios/files/): a scenario must not reach into the machine");
            return null;
        }

        if (!File.Exists(full))
        {
            r.Error(r.Node("file")!.Position, $"upload file `{Hints.Cut(file)}` not found (looked for {Hints.Cut(full, 200)})", "paths are relative to the scenario file; sample files live in scenarios/files/");
            return null;
        }

        return full;
    }

    private static void CheckPlaceholders(ScenarioStep step, Persona? persona, Func<string, bool>? secretConfigured, List<Diagnostic> diagnostics)
    {
        foreach (var text in new[] { step.Kind == StepKind.Upload ? null : step.Argument, step.Target?.Value })
        {
            if (text is null)
            {
                continue;
            }

            if (Placeholders.Malformed(text) is { } broken)
            {
                diagnostics.Add(new(step.Position, $"`{Hints.Cut(broken)}` is not a placeholder", "write ${name} for a persona value, ${secret:NAME} for a secret"));
            }

            foreach (var (_, name) in Placeholders.Find(text).Where(p => p.IsSecret && secretConfigured is not null && !secretConfigured(p.Name)))
            {
                diagnostics.Add(new(step.Position, $"secret `{Hints.Cut(name)}` is not configured", $"set Secrets:{name} in probes.settings.json or the environment variable PROBES_Secrets__{name}"));
            }

            foreach (var (isSecret, name) in Placeholders.Find(text).Where(p => !p.IsSecret))
            {
                if (persona is not null && !persona.Values.ContainsKey(name))
                {
                    var guess = Hints.Suggest(name, persona.Values.Keys);
                    diagnostics.Add(new(step.Position, $"`${{{name}}}` is not defined in `persona.values`",
                        guess is null ? $"add `{name}: …` under persona.values" : $"did you mean `${{{guess}}}`?"));
                }
            }
        }
    }

    private static Expectation? ReadExpect(MappingReader top, DataCatalogue? catalogue, List<Diagnostic> diagnostics)
    {
        if (top.Mapping("expect") is not { } mapping)
        {
            return null;
        }

        var r = new MappingReader(mapping, "`expect`", diagnostics);
        var score = r.Int("score");
        if (score < 0)
        {
            r.Error(r.Node("score")!.Position, $"`score` cannot be negative, found {score}", "the score is a number of data items: 0 or more");
            score = null;
        }

        var level = r.String("level");
        var itemNodes = r.Has("items") ? r.Scalars("items") : null;
        var items = itemNodes?.Select(n => n.Value).ToList();
        foreach (var node in itemNodes ?? [])
        {
            CheckItem(node.Value, node.Position, "`expect.items` names", catalogue, diagnostics);
        }

        if (level is not null && !Scoring.DlnufLevels.All.Contains(level, StringComparer.Ordinal))
        {
            r.Error(r.Node("level")!.Position, $"unknown level `{Hints.Cut(level)}`", $"one of {string.Join(", ", Scoring.DlnufLevels.All)}");
        }
        else if (level is not null && score is not null && Scoring.DlnufLevels.ForScore(score.Value) != level)
        {
            r.Error(r.Node("level")!.Position, $"level `{level}` does not match score {score}", $"a score of {score} is `{Scoring.DlnufLevels.ForScore(score.Value)}`");
        }

        if (items is not null && score is not null && items.Count != score)
        {
            r.Error(r.Node("items")!.Position, $"{items.Count} items listed for a score of {score}", "the score is the number of distinct counted items");
        }

        r.RejectUnknownKeys();
        return new Expectation(score, level, items);
    }

    private static void CheckItem(string item, SourcePosition position, string what, DataCatalogue? catalogue, List<Diagnostic> diagnostics)
    {
        if (catalogue is not null && catalogue.Find(item) is null)
        {
            var guess = Hints.Suggest(item, catalogue.Items.Select(i => i.Id));
            diagnostics.Add(new(position, $"{what} `{Hints.Cut(item)}`, which is not in the catalogue", guess is null ? "see the item ids in docs/domain/dlnuf.md" : $"did you mean `{guess}`?"));
        }
    }

    private static List<ReviewerOverride> ReadOverrides(MappingReader top, DataCatalogue? catalogue, List<Diagnostic> diagnostics)
    {
        var list = new List<ReviewerOverride>();
        if (top.Sequence("overrides") is not { } sequence)
        {
            return list;
        }

        foreach (var node in sequence.Items)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Add(new(node.Position, "an override is a mapping with field, counted, reason and reviewer", null));
                continue;
            }

            var r = new MappingReader(mapping, "the override", diagnostics);
            var before = diagnostics.Count;
            var field = r.String("field", required: true);
            var page = r.String("page");
            var item = r.String("item");
            if (item is not null)
            {
                CheckItem(item, r.Node("item")!.Position, "the override's item is", catalogue, diagnostics);
            }

            var counted = r.Bool("counted");
            if (counted is null && r.Node("counted") is null)
            {
                r.Error(mapping.Position, "the override is missing `counted`", "add `counted: true` or `counted: false`");
            }
            else if (counted is true && item is not null && catalogue?.Find(item) is { Holding: not Holding.Held } notHeld)
            {
                // Only what an administration holds can count (docs/domain/dlnuf.md): a slip here would move a level.
                r.Error(r.Node("counted")!.Position, $"`counted: true` but `{item}` is {(notHeld.Holding == Holding.Key ? "a key" : "not held")} in the catalogue: only a held item counts",
                    "write the held item the field asks for, or `counted: false`");
            }

            var reason = r.String("reason", required: true);
            var reviewer = r.String("reviewer", required: true);
            var date = r.String("date");
            if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                r.Error(r.Node("date")!.Position, $"`date` must be a real date written YYYY-MM-DD, found `{Hints.Cut(date)}`", "for example `2026-11-20`");
            }
            else if (date is not null && DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            {
                r.Error(r.Node("date")!.Position, $"`date` {date} is after today: a review is dated the day it was made", "write the day of the review");
            }

            r.RejectUnknownKeys();
            if (diagnostics.Count == before)
            {
                list.Add(new(mapping.Position, field!, page, item, counted!.Value, reason!, reviewer!, date));
            }
        }

        return list;
    }

    private static bool LooksLikeNumberOrFlag(string value) =>
        bool.TryParse(value, out _) || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string ExampleFor(StepKind kind) => kind switch
    {
        StepKind.Fill => "for example `- fill: { label: Nom de naissance, value: \"${nom}\" }`",
        StepKind.Select => "for example `- select: { label: Situation familiale, option: Célibataire }`",
        StepKind.Upload => "for example `- upload: { label: Avis d’imposition, file: files/avis.pdf }`",
        StepKind.Check or StepKind.Uncheck => "for example `- check: { label: J’accepte les conditions }`",
        StepKind.WaitFor => "for example `- wait_for: { text: Étape 2 sur 4 }`",
        StepKind.Press => "for example `- press: { label: Commune, key: Enter }`",
        _ => "for example `- click: Suivant` or `- click: { link: Commencer }`",
    };
}
