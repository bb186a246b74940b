namespace Observatoire.Probes.Classification;

/// <summary>
/// One form control as a person sees it, captured on first sight (so <see cref="Value"/> is what the site
/// put there, not what the probe typed). Also the line format of `probes classify`.
/// </summary>
public sealed record FieldObservation
{
    public required string Id { get; init; }
    public string? Label { get; init; }
    /// <summary>Where the label came from: label, aria-labelledby, aria-label, legend, title, placeholder, nearby text, none.</summary>
    public string? LabelSource { get; init; }
    public string? Hint { get; init; }
    public string? Legend { get; init; }
    public string? Section { get; init; }
    public string? Page { get; init; }
    /// <summary>The administration that runs the procedure (the scenario's `administration`): context for what it produced itself.</summary>
    public string? Administration { get; init; }
    /// <summary>Whom the procedure is for (the scenario's `public`: particuliers, professionnels, associations): on a structure's
    /// procedure, a name no heading gives to anyone is the filer's professional data (rule 1).</summary>
    public string? Public { get; init; }
    public string? Placeholder { get; init; }
    /// <summary>text, email, tel, number, date, file, select, radio, checkbox, textarea, password…</summary>
    public string? Input { get; init; }
    public string? Name { get; init; }
    public string? Autocomplete { get; init; }
    public string? Accept { get; init; }
    public string? Pattern { get; init; }
    public string? Value { get; init; }
    public bool ReadOnly { get; init; }
    public bool Disabled { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
    /// <summary>CSS selector the walker can use to outline the field in screenshots; not used to classify.</summary>
    public string? Selector { get; init; }
    /// <summary>True when the probe filled the field before first seeing it (never counts as pre-filled).</summary>
    public bool FilledByProbe { get; init; }

    public bool IsUpload => string.Equals(Input, "file", StringComparison.OrdinalIgnoreCase);

    /// <summary>The label a reviewer reads: label, else legend, else placeholder, else name.</summary>
    public string DisplayLabel => First(Label, Legend, Placeholder, Name, Id);

    // Read for every decision: the first text with a letter, without an array and a delegate per call.
    private static string First(string? a, string? b, string? c, string? d, string? e) =>
        (!string.IsNullOrWhiteSpace(a) ? a : !string.IsNullOrWhiteSpace(b) ? b : !string.IsNullOrWhiteSpace(c) ? c : !string.IsNullOrWhiteSpace(d) ? d
            : !string.IsNullOrWhiteSpace(e) ? e : null)?.Trim() ?? "";
}
