using System.Text.Json;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

/// <summary>
/// The page an open-ended walk stands on (<see cref="WalkOptions.Continue"/>), read the way a person drafting a
/// scenario reads it: the fields of each frame with what filling them needs, the buttons and links, the heading and
/// step, the error messages; and whether a target would find one element of it.
/// </summary>
public sealed class PageSurvey
{
    private readonly Func<StepKind, Target, Task<string?>> _identify;

    private PageSurvey(string title, string url, string signature, IReadOnlyList<SurveyedFrame> frames, Func<StepKind, Target, Task<string?>> identify)
    {
        Title = title;
        Url = url;
        Signature = signature;
        Frames = frames;
        _identify = identify;
    }

    /// <summary>The page title the evidence shows (heading and step).</summary>
    public string Title { get; }

    public string Url { get; }

    /// <summary>Changes when the walker would start a new page: the URL or title of the page, or of a frame holding the form.</summary>
    public string Signature { get; }

    /// <summary>
    /// The fields the site or the browser refused when the last step tried to go on and the page stayed where it was
    /// (« « Commune » : Ce champ est obligatoire. », the browser's own message for a `required` field it would not send);
    /// empty when the last step was not refused.
    /// </summary>
    public IReadOnlyList<string> Refused { get; private init; } = [];

    /// <summary>The page itself first, then its iframes that a scenario can name.</summary>
    public IReadOnlyList<SurveyedFrame> Frames { get; }

    /// <summary>
    /// The probe id (<see cref="FieldObservation.Id"/>, <see cref="FieldPart.ProbeId"/>) of the one element a step of
    /// this kind with this target would act on now, "" when that element is no field, or null when the step would find
    /// none or several: the walker's own search, so a drafted step is known to work before it is written.
    /// </summary>
    public Task<string?> IdentifyAsync(StepKind kind, Target target) => _identify(kind, target);

    /// <summary>What the inventory returned for one frame, and the fields the walker made of it.</summary>
    internal sealed record FrameSource(string? Selector, JsonElement Result, IReadOnlyList<FieldObservation> Fields);

    internal static PageSurvey Read(string title, string url, string signature, IReadOnlyList<FrameSource> frames, Func<StepKind, Target, Task<string?>> identify, IReadOnlyList<string>? refused = null) =>
        new(title, url, signature, [.. frames.Select(ReadFrame)], identify) { Refused = refused ?? [] };

    private static SurveyedFrame ReadFrame(FrameSource source)
    {
        var r = source.Result;
        var fields = r.GetProperty("fields").EnumerateArray().Zip(source.Fields, (f, observation) => new SurveyedField(
            observation,
            Text(f, "elementId"),
            f.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True,
            Text(f, "inputMode"),
            Number(f, "maxLength"),
            Text(f, "min"),
            Text(f, "max"),
            Number(f, "reveals") ?? 0,
            Parts(f, "choices"),
            Parts(f, "parts"),
            f.TryGetProperty("drawn", out var drawn) && drawn.ValueKind == JsonValueKind.True)).ToList();
        var actions = Array(r, "actions").Select(a => new PageAction(
            Text(a, "name") ?? "",
            Text(a, "role") == "link",
            Text(a, "testid"),
            Text(a, "elementId"),
            a.GetProperty("disabled").ValueKind == JsonValueKind.True,
            a.GetProperty("banner").ValueKind == JsonValueKind.True,
            Text(a, "connect") switch { "plus" => "FranceConnect+", "standard" => "FranceConnect", _ => null },
            a.TryGetProperty("final", out var final) && final.ValueKind == JsonValueKind.True)).ToList();
        return new SurveyedFrame(
            source.Selector,
            Text(r, "heading") ?? "",
            Text(r, "step"),
            Text(r, "service"),
            Text(r, "blocker"),
            [.. Array(r, "errors").Select(e => e.GetString() ?? "").Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)],
            actions,
            fields);
    }

    private static IReadOnlyList<FieldPart> Parts(JsonElement field, string name) =>
        [.. Array(field, name).Select(p => new FieldPart(Text(p, "id") ?? "", Text(p, "elementId"), Text(p, "label") ?? "", Number(p, "maxLength"))
        {
            IsList = p.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.True,
        })];

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static int? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}

/// <summary>The page (<see cref="Selector"/> null) or one of its iframes, as a person sees it.</summary>
/// <param name="Selector">How a scenario names the iframe (`frame: "iframe#formulaire"`).</param>
/// <param name="Step">The stepper's state, e.g. "Étape 2 sur 4".</param>
/// <param name="Service">The site's name in its header.</param>
/// <param name="Blocker">"captcha" when the frame shows one.</param>
/// <param name="Errors">The error messages shown (fields, summary).</param>
public sealed record SurveyedFrame(
    string? Selector,
    string Heading,
    string? Step,
    string? Service,
    string? Blocker,
    IReadOnlyList<string> Errors,
    IReadOnlyList<PageAction> Actions,
    IReadOnlyList<SurveyedField> Fields);

/// <summary>A visible button or link.</summary>
/// <param name="InBanner">Part of a cookie banner.</param>
/// <param name="FranceConnect">"FranceConnect" or "FranceConnect+" for the sign-in button of that name.</param>
/// <param name="Final">The submission guard holds it for the final submission (its name, or « Valider » under a form that
/// asks nothing).</param>
public sealed record PageAction(string Name, bool IsLink, string? TestId, string? ElementId, bool Disabled, bool InBanner, string? FranceConnect, bool Final = false);

/// <summary>A field as the inventory saw it, with what filling it needs.</summary>
/// <param name="Optional">Its label says "(optionnel)" or "(facultatif)".</param>
/// <param name="Reveals">Hidden fields in blocks that name this control: an answer here may show them.</param>
/// <param name="Choices">The radio buttons of a radio group.</param>
/// <param name="Parts">The inputs of a three-input date (day, month, year).</param>
/// <param name="Drawn">A control a kit draws without a native one (role=combobox, role=radiogroup…): a list of this kind
/// shows its options only once it is open.</param>
public sealed record SurveyedField(
    FieldObservation Observation,
    string? ElementId,
    bool Optional,
    string? InputMode,
    int? MaxLength,
    string? Min,
    string? Max,
    int Reveals,
    IReadOnlyList<FieldPart> Choices,
    IReadOnlyList<FieldPart> Parts,
    bool Drawn = false);

/// <summary>One radio button of a group, or one input of a three-input date.</summary>
public sealed record FieldPart(string ProbeId, string? ElementId, string Label, int? MaxLength)
{
    /// <summary>A list to pick from (Django's and Drupal's dates in three lists), not an input to type in.</summary>
    public bool IsList { get; init; }
}
