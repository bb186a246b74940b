using System.Text.RegularExpressions;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>
/// Turns one field into the steps a person takes to fill it: a target the walker is known to find (the visible label,
/// exact when it is part of another label; an id only where the label cannot find the field, with the reason), a
/// synthetic persona value, a sample document, the first answer of a choice.
/// </summary>
internal sealed partial class FieldDrafter(string sampleFiles, DateOnly today, Func<StepKind, Target, string?, ScenarioStep> make)
{
    private readonly List<PersonaValue> _persona = [];
    private readonly HashSet<string> _uploads = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _samples = Directory.Exists(sampleFiles)
        ? [.. Directory.EnumerateFiles(sampleFiles).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>The values the persona's variables hold, as the walker resolves `${name}` (filled as the draft grows).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PersonaValue> Persona => _persona;

    /// <summary>False when the folder of sample documents is missing or empty: no upload can be drafted.</summary>
    public bool HasSamples => _samples.Count > 0;

    /// <summary>The sample files the draft uploads (full paths).</summary>
    public IReadOnlyCollection<string> Uploads => _uploads;

    /// <summary>Why a person leaves the field as it is (read-only, pre-filled, optional, another box of its group ticked), or
    /// null when they fill it. Optional: marked so, or not marked required on a form that marks its required fields.</summary>
    public static string? LeftAlone(SurveyedFrame frame, SurveyedField field)
    {
        var o = field.Observation;
        var group = OpenCheckboxGroup(frame, field);
        return o.ReadOnly || o.Disabled ? "read-only, not filled"
            : !string.IsNullOrEmpty(o.Value) && !o.FilledByProbe ? "pre-filled by the site, kept"
            : group is not null && group[0] != field ? $"left unticked: the first answer to « {o.Legend} » is ticked"
            : group is null && !o.Required && !Consents(o) && (field.Optional || frame.Fields.Any(f => f.Observation.Required)) ? o.Input is "checkbox" ? "optional, left unticked" : "optional, left empty"
            : null;
    }

    /// <summary>A box a person ticks to send, required or not (« J'accepte que les données saisies soient utilisées… »:
    /// Contact Form 7's acceptance keeps the button disabled until then; « Je certifie sur l'honneur… »).</summary>
    private static bool Consents(FieldObservation o) =>
        o.Input == "checkbox" && o.Label is { } label && ConsentWords().IsMatch(label);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(j['’]accepte|je certifie|j['’]atteste|je reconnais|j['’]ai (bien )?(lu|pris connaissance)|je consens|je d[ée]clare)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentWords();

    /// <summary>The group of checkboxes (one legend) the field belongs to when none of them is ticked or required: a
    /// person ticks what applies, the draft the first.</summary>
    public static List<SurveyedField>? OpenCheckboxGroup(SurveyedFrame frame, SurveyedField field)
    {
        var o = field.Observation;
        if (o.Input != "checkbox" || o.Legend is null || field.Optional)
        {
            return null;
        }

        var group = frame.Fields.Where(f => f.Observation.Input == "checkbox" && f.Observation.Legend == o.Legend).ToList();
        return group.Count > 1 && group.All(f => !f.Observation.Required && string.IsNullOrEmpty(f.Observation.Value)) ? group : null;
    }

    /// <summary>The steps that fill <paramref name="field"/>; empty when it cannot be targeted (a note says so).</summary>
    public async Task<IReadOnlyList<DraftStep>> DraftAsync(PageSurvey page, SurveyedFrame frame, SurveyedField field, string? secret = null)
    {
        var o = field.Observation;
        var label = o.Label ?? o.Legend;
        switch (o.Input)
        {
            case "radio" when field.Choices.Count > 0:
                var choice = field.Choices[0];
                return await One(page, frame, StepKind.Check, choice.ProbeId, choice.Label, null, choice.ElementId, null, null, o.Id)
                    is { } radio ? [radio] : [];

            case "radio":
                return [];

            case "checkbox":
                return await One(page, frame, StepKind.Check, o.Id, o.Label, null, field.ElementId, o.Name, null, o.Id) is { } box ? [box] : [];

            case "select":
                var option = o.Options.FirstOrDefault(x => x == "France" && Has(label, "pays")) ?? (o.Options.Count > 0 ? o.Options[0] : null);
                return option is null ? [] : await One(page, frame, StepKind.Select, o.Id, o.Label, null, field.ElementId, o.Name, option, o.Id) is { } select ? [select] : [];

            case "file":
                var document = SyntheticValues.Document(o.Label, o.Accept, _samples);
                if (document.Value.Length == 0)
                {
                    return [];
                }

                var path = Path.GetFullPath(Path.Combine(sampleFiles, document.Value));
                var upload = await One(page, frame, StepKind.Upload, o.Id, o.Label, null, field.ElementId, o.Name, path, o.Id, "files/" + document.Value);
                if (upload is null)
                {
                    return [];
                }

                _uploads.Add(path);
                upload.Todo = document.Todo;
                return [upload];

            case "date" when field.Parts.Count == 3:
                return await DateAsync(page, frame, field);

            case "text" or "search" when field.Drawn:
                return []; // a box to choose in a list it draws: typing in it chooses nothing (DrawnListStepAsync)

            default:
                Synthetic value = secret is null ? SyntheticValues.For(Shape(field, page.Title), today) : new("${secret:" + secret + "}");
                var argument = secret is null ? "${" + Variable(label ?? o.Name, value) + "}" : value.Value;
                return await One(page, frame, StepKind.Fill, o.Id, o.Label, o.Placeholder, field.ElementId, o.Name, argument, o.Id) is { } fill ? [fill] : [];
        }
    }

    /// <summary>For a list a kit draws (no native &lt;select&gt;: its options are drawn only once it is open, or as one types in
    /// its box, so the survey knows none), the `select` step a person completes with the answer, its target tried like any
    /// other; else null.</summary>
    public async Task<string?> DrawnListStepAsync(PageSurvey page, SurveyedFrame frame, SurveyedField field)
    {
        var o = field.Observation;
        return o.Input is "select" or "text" or "search" && field.Drawn && o.Options.Count == 0
            && await One(page, frame, StepKind.Select, o.Id, o.Label, null, field.ElementId, o.Name, "…", o.Id) is { } step
            ? DraftYaml.Step(step)
            : null;
    }

    private static readonly string[] DateSuffixes = ["jour", "mois", "annee"];

    /// <summary>A date in three parts (DSFR's three inputs, or three lists): day, month and year, each its own persona value.</summary>
    private async Task<IReadOnlyList<DraftStep>> DateAsync(PageSurvey page, SurveyedFrame frame, SurveyedField field)
    {
        var (day, month, year) = SyntheticValues.DateParts(Shape(field, page.Title), today);
        var name = Naming.Variable(field.Observation.Label ?? field.Observation.Name);
        var steps = new List<DraftStep>();
        foreach (var (part, value, suffix) in field.Parts.Zip(new[] { day, month, year }, DateSuffixes))
        {
            // A list of days or months offers « 5 » and « 3 » (or « mars »: picked by its value), not « 05 » and « 03 ».
            var picked = part.IsList && value.Length > 1 && value[0] == '0' ? value[1..] : value;
            var variable = Variable(name + "_" + suffix, new Synthetic(picked), slugged: true);
            if (await One(page, frame, part.IsList ? StepKind.Select : StepKind.Fill, part.ProbeId, part.Label, null, part.ElementId, null, "${" + variable + "}", field.Observation.Id) is not { } step)
            {
                return [];
            }

            steps.Add(step);
        }

        return steps;
    }

    /// <summary>
    /// The step for one element, with the first target that the walker resolves to exactly that element: the label
    /// (exact first when the label is part of another one), the placeholder, then the element's id or name.
    /// </summary>
    private async Task<DraftStep?> One(PageSurvey page, SurveyedFrame frame, StepKind kind, string probeId, string? label, string? placeholder, string? elementId, string? name, string? argument, string fieldId, string? file = null)
    {
        if (label is { Length: > 0 })
        {
            var partOfAnother = frame.Fields.SelectMany(Labels).Any(other => other.Length > label.Length && other.Contains(label, StringComparison.OrdinalIgnoreCase));
            foreach (var exact in partOfAnother ? [true, false] : new[] { false, true })
            {
                var byLabel = new Target(TargetKind.Label, label, frame.Selector, exact);
                if (await page.IdentifyAsync(kind, byLabel) == probeId)
                {
                    return Step(kind, byLabel, argument, fieldId, file, null);
                }
            }
        }

        if (placeholder is { Length: > 0 } && await page.IdentifyAsync(kind, new Target(TargetKind.Placeholder, placeholder, frame.Selector)) == probeId)
        {
            return Step(kind, new Target(TargetKind.Placeholder, placeholder, frame.Selector), argument, fieldId, file, null);
        }

        var css = elementId is { Length: > 0 } ? CssId(elementId) : name is { Length: > 0 } ? $"[name=\"{name}\"]" : null;
        if (css is not null && await page.IdentifyAsync(kind, new Target(TargetKind.Css, css, frame.Selector)) == probeId)
        {
            var why = label is { Length: > 0 }
                ? $"by id: the label « {label} » does not find this field alone"
                : placeholder is { Length: > 0 } ? "by id: the field has no label and its placeholder is not unique" : "by id: the field has no label";
            return Step(kind, new Target(TargetKind.Css, css, frame.Selector), argument, fieldId, file, why);
        }

        return null;
    }

    private DraftStep Step(StepKind kind, Target target, string? argument, string fieldId, string? file, string? why)
    {
        return new DraftStep(make(kind, target, argument)) { FieldId = fieldId, File = file, Why = why };
    }

    /// <summary>Labels of a field and of its parts, for "is this label part of another one".</summary>
    private static IEnumerable<string> Labels(SurveyedField f) =>
        new[] { f.Observation.Label }.Concat(f.Choices.Concat(f.Parts).Select(p => p.Label)).OfType<string>();

    private static FieldShape Shape(SurveyedField field, string page)
    {
        var o = field.Observation;
        return new FieldShape
        {
            Page = page,
            Label = o.Label ?? o.Legend,
            Hint = o.Hint,
            Name = o.Name,
            Placeholder = o.Placeholder,
            Autocomplete = o.Autocomplete,
            Input = o.Input,
            Pattern = o.Pattern,
            InputMode = field.InputMode,
            MaxLength = field.MaxLength,
            Min = field.Min,
            Person = Classifier.PersonOf(o),
        };
    }

    /// <summary>Registers a persona value under a name taken from the label (`nom_naissance`), unique in the persona.</summary>
    private string Variable(string? label, Synthetic value, bool slugged = false)
    {
        var name = slugged ? label! : Naming.Variable(label);
        var unique = name;
        for (var i = 2; Values.ContainsKey(unique); i++)
        {
            unique = $"{name}_{i}";
        }

        Values[unique] = value.Value;
        _persona.Add(new PersonaValue(unique, value.Value, value.Todo));
        return unique;
    }

    /// <summary>`#id` when the id is a plain CSS identifier, `[id="…"]` otherwise.</summary>
    private static string CssId(string id) => PlainId().IsMatch(id) ? "#" + id : $"[id=\"{id.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainId();

    private static bool Has(string? text, string word) => TextFolding.Tokens(text).Contains(word);
}
