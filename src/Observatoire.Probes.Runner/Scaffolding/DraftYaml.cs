using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>Everything a draft file says, in the order it says it.</summary>
internal sealed record DraftContent
{
    public required IReadOnlyList<string> Header { get; init; }
    public required ProcedureInfo Procedure { get; init; }
    /// <summary>Why the draft proposes a structure's `public`, when it does.</summary>
    public string? PublicReason { get; init; }
    /// <summary>What the site says about who runs it (its header), offered beside the `administration` TODO.</summary>
    public string? SiteNames { get; init; }
    public required string PersonaId { get; init; }
    public required string PersonaDescription { get; init; }
    public required IReadOnlyList<PersonaValue> Persona { get; init; }
    public required IReadOnlyList<DraftStep> Steps { get; init; }
    /// <summary>The classifier's decision on each field, by the field's probe id.</summary>
    public required IReadOnlyDictionary<string, FieldDecision> Decisions { get; init; }
    public required ProcedureScore Proposal { get; init; }
    /// <summary>The scores the proposal may have once its fields « à revoir » are settled: read from the same decisions.</summary>
    public required ScoreSpan ProposalSpan { get; init; }
    /// <summary>What the proposal covers when the draft does not reach the final submission.</summary>
    public string? ProposalScope { get; init; }
    /// <summary>The shared fragments that stand for some of the steps (cookie banner, FranceConnect sign-in).</summary>
    public DraftFragments? Fragments { get; init; }
}

/// <summary>
/// Writes a draft scenario in the style of the bundled ones: flow mappings for steps, decisions and TODOs as comments on
/// the line they are about (a person edits that line), scalars quoted only when YAML would misread them.
/// </summary>
internal static partial class DraftYaml
{
    public static string Write(DraftContent c)
    {
        var yaml = new StringBuilder();
        foreach (var line in c.Header)
        {
            yaml.Append("# ").AppendLine(line);
        }

        var p = c.Procedure;
        yaml.AppendLine("procedure:");
        Line(yaml, 1, $"id: {Scalar(p.Id)}");
        Line(yaml, 1, $"title: {Scalar(p.Title)}");
        Line(yaml, 1, $"ministry: {Scalar(p.Ministry)}", "TODO the ministry in charge (Ministere_politique in the export)");
        Line(yaml, 1, $"administration: {Scalar(p.Administration)}",
            "TODO the administration that runs the procedure (Ref_Administration)" + (c.SiteNames is { } names ? $"; the site's header reads « {names} »" : ""));
        Line(yaml, 1, $"start: {Scalar(p.Start)}");
        Line(yaml, 1, $"franceconnect: {Scalar(p.FranceConnect)}");
        Line(yaml, 1, "test_environment: false");
        Line(yaml, 1, $"public: {p.Public}", (c.PublicReason is { } why ? $"TODO confirm whom it is for ({why}); the decisions below read it so · " : "")
            + "whom it is for: particuliers (a person, whoever types it) | professionnels (a company, a structure, a professional activity) | associations");

        yaml.AppendLine("persona:");
        Line(yaml, 1, $"id: {Scalar(c.PersonaId)}");
        Line(yaml, 1, $"description: {Scalar(c.PersonaDescription)}");
        if (c.Persona.Count == 0)
        {
            Line(yaml, 1, "values: {}");
        }
        else
        {
            Line(yaml, 1, "values:");
            foreach (var value in c.Persona)
            {
                Line(yaml, 2, $"{value.Name}: {Scalar(value.Value)}", value.Todo is null ? null : "TODO " + value.Todo);
            }
        }

        yaml.AppendLine("steps:");
        for (var i = 0; i < c.Steps.Count; i++)
        {
            var step = c.Steps[i];
            Notes(yaml, step, c.Decisions);
            if (c.Fragments?.Match(c.Steps, i) is { } fragment)
            {
                Line(yaml, 1, "- include: " + fragment.Include, Join(step.Todo is null ? null : "TODO " + step.Todo, step.Why));
                foreach (var inside in c.Steps.Skip(i + 1).Take(fragment.Count - 1))
                {
                    Notes(yaml, inside, c.Decisions); // the pages the fragment walks through
                }

                i += fragment.Count - 1;
                continue;
            }

            Line(yaml, 1, "- " + Step(step), Join(step.Todo is null ? null : "TODO " + step.Todo, step.Why, Verdict(step.FieldId, c.Decisions)));
        }

        var score = c.Proposal;
        Line(yaml, 0, "expect:", "proposal: review before keeping" + (c.ProposalScope is { } scope ? $" ({scope})" : ""));
        Line(yaml, 1, $"score: {score.Score?.ToString(CultureInfo.InvariantCulture) ?? "0"}");
        var span = c.ProposalSpan;
        Line(yaml, 1, $"level: {Scalar(score.Level)}", span.LevelSettled ? null
            : string.Create(CultureInfo.InvariantCulture, $"to confirm: {span.LevelsText} (score {span.Lowest} to {span.Highest}) depending on the fields « à revoir » above"));
        Line(yaml, 1, $"items: [{string.Join(", ", score.Counted.Select(i => Scalar(i.ItemId)))}]");
        return yaml.ToString();
    }

    private static void Notes(StringBuilder yaml, DraftStep step, IReadOnlyDictionary<string, FieldDecision> decisions)
    {
        foreach (var note in step.Before)
        {
            Line(yaml, 1, "# " + Join(note.Text, Verdict(note.FieldId, decisions)));
        }
    }

    /// <summary>One step as the bundled scenarios write it: `click: Suivant`, `fill: { label: Nom, value: "${nom}" }`.</summary>
    public static string Step(DraftStep draft)
    {
        var step = draft.Step;
        var key = step.Kind switch
        {
            StepKind.WaitFor => "wait_for",
            StepKind.StopBefore => "stop_before",
            _ => step.Kind.ToString().ToLowerInvariant(),
        };
        var target = step.Target!;
        if (step.Kind is StepKind.Click or StepKind.StopBefore && target is { Kind: TargetKind.Button, Frame: null, Exact: false })
        {
            return $"{key}: {Scalar(target.Value)}"; // a bare name: the button or link a person would press
        }

        var entries = new List<string> { $"{TargetKey(target.Kind)}: {Scalar(target.Value)}" };
        if (target.Exact)
        {
            entries.Add("exact: true");
        }

        switch (step.Kind)
        {
            case StepKind.Fill:
                entries.Add($"value: {Scalar(step.Argument!)}");
                break;
            case StepKind.Select:
                entries.Add($"option: {Scalar(step.Argument!)}");
                break;
            case StepKind.Upload:
                entries.Add($"file: {Scalar(draft.File!)}");
                break;
        }

        if (target.Frame is { } frame)
        {
            entries.Add($"frame: {Scalar(frame)}");
        }

        return $"{key}: {{ {string.Join(", ", entries)} }}";
    }

    /// <summary>
    /// A scalar as YAML reads it back unchanged, in a flow mapping too: plain when safe, else double-quoted. Quoted: what
    /// YAML 1.1 or 1.2 would read as a number, a boolean, a null or a date ("0612345678", "2017-09-04", "yes"), text with
    /// `: `, ` #`, flow indicators or a leading indicator, placeholders (`${nom}`), and surrounding spaces.
    /// </summary>
    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && value.Trim() == value
            && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
            && value.IndexOfAny([',', '[', ']', '{', '}', '\n', '\r', '\t']) < 0
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':')
            && !value.Any(char.IsControl)
            && !NotAString().IsMatch(value);
        return plain ? value : Quote(value);
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var ch in value)
        {
            quoted.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Plain scalars some YAML reader would not take as a string: numbers in any base, booleans, nulls, dates and times.</summary>
    [GeneratedRegex(@"^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0[xob][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?|\d+(?::\d+)+(?:\.\d*)?)$")]
    private static partial Regex NotAString();

    private static string TargetKey(TargetKind kind) => kind switch
    {
        TargetKind.TestId => "testid",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The classifier's view of a field, as a reviewer reads it: item, whether it counts, and why not.</summary>
    private static string? Verdict(string? fieldId, IReadOnlyDictionary<string, FieldDecision> decisions)
    {
        if (fieldId is null || !decisions.TryGetValue(fieldId, out var d))
        {
            return null;
        }

        if (d.ItemId is null)
        {
            return "not recognised by the classifier: review";
        }

        var verdict = d.Counted ? $"counted: held by {Cut(d.Provider, 60)}"
            : d.Prefilled ? "pre-filled, not counted"
            : d.Holding switch
            {
                Holding.Key => "key, not counted: lets the administration fetch the data",
                Holding.Held => "held, not counted",
                _ => "not held, not counted",
            };
        return $"{d.ItemId}, {verdict}" + (d.Ambiguous ? " (à revoir)" : "");
    }

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));

    private static void Line(StringBuilder yaml, int depth, string text, string? comment = null)
    {
        yaml.Append(' ', depth * 2).Append(text);
        if (!string.IsNullOrEmpty(comment))
        {
            yaml.Append("   # ").Append(comment.ReplaceLineEndings(" "));
        }

        yaml.AppendLine();
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
