using System.Text.RegularExpressions;
using Observatoire.Probes.Yaml;

namespace Observatoire.Probes.Scenarios;

/// <summary>
/// Parts shared by scenarios, beside them: personas (personas/ID.yaml) and step fragments (fragments/ID.yaml) such as
/// the FranceConnect sign-in or a cookie banner. A problem in a part is reported at its own line, with the scenario
/// line that includes it, so the author knows which file to fix and which scenario met it.
/// </summary>
public static partial class ScenarioLoader
{
    public const string PersonasFolder = "personas";
    public const string FragmentsFolder = "fragments";

    [GeneratedRegex(@"\$\{param:([^}]*)\}")]
    private static partial Regex ParameterPattern();

    private sealed record Part(string File, YamlMapping Root);

    /// <summary>The file a scenario names by id in one of the shared folders, parsed; null (and a diagnostic at the
    /// naming line) when the id is not one, the file is missing or it is not a mapping.</summary>
    private static Part? ReadPart(YamlScalar reference, string folder, string kind, string what, List<Diagnostic> diagnostics)
    {
        var id = reference.Value;
        var directory = Path.Combine(folder, kind);
        var known = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        if (!IdPattern().IsMatch(id))
        {
            diagnostics.Add(new(reference.Position, $"`{Hints.Cut(id)}` is not a {what} id: ids are lowercase letters, digits and dashes", $"name a file of {kind}/ without its extension, for example `{known.FirstOrDefault() ?? "famille-dubois"}`"));
            return null;
        }

        var file = Path.Combine(directory, id + ".yaml");
        if (!File.Exists(file))
        {
            var guess = Hints.Suggest(id, known);
            diagnostics.Add(new(reference.Position, $"no {what} `{id}`: {Display(file)} does not exist",
                guess is not null ? $"did you mean `{guess}`?" : known.Count > 0 ? $"{what}s: {string.Join(", ", known)}" : $"create {kind}/{id}.yaml beside the scenario"));
            return null;
        }

        var display = Display(file);
        var before = diagnostics.Count;
        var text = ReadText(file, display, out var problem);
        var root = problem is null ? YamlTree.Parse(text!, display, diagnostics) : null;
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }
        else if (root is not null and not YamlMapping)
        {
            diagnostics.Add(new(root.Position, $"a {what} file is a mapping", $"see the files of {kind}/ for the shape"));
        }

        return Included(diagnostics, before, reference.Position, $"the {what} `{id}`") || root is not YamlMapping mapping ? null : new Part(file, mapping);
    }

    /// <summary>Marks the problems found since <paramref name="before"/> in an included file with the scenario line
    /// that includes it; true when there were any.</summary>
    private static bool Included(List<Diagnostic> diagnostics, int before, SourcePosition includedAt, string what)
    {
        for (var i = before; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            if (d.IncludedAt is null && d.Position.File != includedAt.File)
            {
                diagnostics[i] = d with { Message = $"{d.Message} (in {what}, included at {includedAt})", IncludedAt = includedAt };
            }
        }

        return diagnostics.Count > before;
    }

    /// <summary>
    /// `- include: cookie-banner` or `- include: { fragment: franceconnect, with: { bouton: … } }`: the fragment's steps,
    /// its `${param:NAME}` replaced by the values given or the fragment's defaults.
    /// </summary>
    private static List<ScenarioStep> ReadInclude(YamlEntry include, string folder, Persona? persona, Func<string, bool>? secretConfigured, List<Diagnostic> diagnostics)
    {
        var at = include.Key.Position;
        YamlScalar? name;
        var given = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        YamlMapping? with = null;
        switch (include.Value)
        {
            case YamlScalar { IsNull: false } shorthand:
                name = shorthand;
                break;
            case YamlMapping options:
                var r = new MappingReader(options, "`include`", diagnostics);
                name = r.String("fragment", required: true) is null ? null : r.Node("fragment") as YamlScalar;
                with = r.Mapping("with");
                r.RejectUnknownKeys();
                break;
            default:
                diagnostics.Add(new(include.Value.Position, "`include` names a fragment", "for example `- include: cookie-banner` or `- include: { fragment: franceconnect, with: { bouton: … } }`"));
                return [];
        }

        if (name is null || ReadPart(name, folder, FragmentsFolder, "fragment", diagnostics) is not { } part)
        {
            return [];
        }

        var what = $"the fragment `{name.Value}`";
        var before = diagnostics.Count;
        var fragment = new MappingReader(part.Root, "the fragment", diagnostics);
        fragment.String("description");
        var declared = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (fragment.Mapping("parameters") is { } parameters)
        {
            foreach (var entry in parameters.Entries)
            {
                if (entry.Value is YamlScalar value)
                {
                    declared[entry.Key.Value] = value.IsNull ? null : value.Value;
                }
                else
                {
                    diagnostics.Add(new(entry.Value.Position, $"parameter `{Hints.Cut(entry.Key.Value)}` takes its default value, or nothing when the scenario must give it", "for example `bouton: Tout accepter` or `identifiant: ~`"));
                }
            }
        }

        var steps = fragment.Sequence("steps", required: true);
        fragment.RejectUnknownKeys();
        if (Included(diagnostics, before, at, what) || steps is null)
        {
            return [];
        }

        foreach (var entry in with?.Entries ?? [])
        {
            if (!declared.ContainsKey(entry.Key.Value))
            {
                var guess = Hints.Suggest(entry.Key.Value, declared.Keys);
                diagnostics.Add(new(entry.Key.Position, $"{what} has no parameter `{Hints.Cut(entry.Key.Value)}`",
                    guess is not null ? $"did you mean `{guess}`?" : declared.Count > 0 ? $"its parameters: {string.Join(", ", declared.Keys)}" : "it takes no parameter"));
            }
            else if (entry.Value is YamlScalar { IsNull: false } value)
            {
                given[entry.Key.Value] = value;
            }
            else
            {
                diagnostics.Add(new(entry.Value.Position, $"parameter `{Hints.Cut(entry.Key.Value)}` takes a text", "quote it: `name: \"…\"`"));
            }
        }

        foreach (var missing in declared.Where(p => p.Value is null && !given.ContainsKey(p.Key)).Select(p => p.Key))
        {
            diagnostics.Add(new(at, $"{what} needs the parameter `{missing}`", $"give it: `- include: {{ fragment: {name.Value}, with: {{ {missing}: … }} }}`"));
        }

        if (diagnostics.Count > before)
        {
            return [];
        }

        var values = declared.ToDictionary(p => p.Key, p => given.TryGetValue(p.Key, out var v) ? v.Value : p.Value!, StringComparer.Ordinal);
        var result = new List<ScenarioStep>();
        foreach (var node in steps.Items)
        {
            if (node is YamlMapping { Entries: [{ Key.Value: "include" } nested] })
            {
                diagnostics.Add(new(nested.Key.Position, "a fragment cannot include another fragment", "list the steps here, or include both fragments from the scenario"));
                continue;
            }

            var unknown = diagnostics.Count;
            var substituted = Substitute(node, values, diagnostics);
            if (diagnostics.Count == unknown && ReadStep(substituted, folder, diagnostics) is { } step)
            {
                var included = step with { IncludedAt = at };
                result.Add(included);
                CheckPlaceholders(included, persona, secretConfigured, diagnostics);
            }
        }

        return Included(diagnostics, before, at, what) ? [] : result;
    }

    /// <summary>The node with every `${param:NAME}` of its texts replaced; an undeclared name is reported where written.</summary>
    private static YamlNode Substitute(YamlNode node, IReadOnlyDictionary<string, string> values, List<Diagnostic> diagnostics) => node switch
    {
        YamlScalar scalar when scalar.Value.Contains("${param:", StringComparison.Ordinal) => scalar with
        {
            Value = ParameterPattern().Replace(scalar.Value, m =>
            {
                if (values.TryGetValue(m.Groups[1].Value, out var value))
                {
                    return value;
                }

                var guess = Hints.Suggest(m.Groups[1].Value, values.Keys);
                diagnostics.Add(new(scalar.Position, $"`{Hints.Cut(m.Value)}` is not a parameter of this fragment",
                    guess is not null ? $"did you mean `${{param:{guess}}}`?" : "declare it under `parameters:`"));
                return m.Value;
            }),
            IsPlain = false, // a value given by the scenario is text, never a number or a flag
        },
        YamlMapping mapping => mapping with { Entries = mapping.Entries.Select(e => e with { Value = Substitute(e.Value, values, diagnostics) }).ToList() },
        YamlSequence sequence => sequence with { Items = sequence.Items.Select(i => Substitute(i, values, diagnostics)).ToList() },
        _ => node,
    };
}
