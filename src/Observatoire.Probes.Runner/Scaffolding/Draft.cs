using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Runner.Scaffolding;

/// <summary>One step of a draft: what the walker runs, and what the YAML says around it.</summary>
internal sealed class DraftStep(ScenarioStep step)
{
    public ScenarioStep Step { get; } = step;

    /// <summary>An upload's sample file as the scenario names it (files/x.pdf); the step's argument is its full path.</summary>
    public string? File { get; init; }

    /// <summary>The field the step acts on: its decision is written after the step.</summary>
    public string? FieldId { get; init; }

    /// <summary>Why the target is what it is, when it is not the field's label (a CSS selector, exact matching).</summary>
    public string? Why { get; init; }

    /// <summary>The shared fragment whose steps may start here (cookie-banner, franceconnect), included instead of them
    /// when it expands to the same steps.</summary>
    public string? Fragment { get; init; }

    /// <summary>The index of the draft's page the step acts on (-1 when it acts on no field).</summary>
    public int Page { get; set; } = -1;

    /// <summary>The answer that showed this step's field on its page, when one choice alone could show it: the field is one
    /// branch of the form.</summary>
    public string? ShownBy { get; set; }

    /// <summary>A decision left to a person, written as `# TODO …` on the step's own line.</summary>
    public string? Todo { get; set; }

    /// <summary>Comment lines written before the step: a page's heading, the fields seen but not filled.</summary>
    public List<DraftNote> Before { get; } = [];
}

/// <summary>A comment line of a draft; with a field, that field's decision follows the text.</summary>
internal sealed record DraftNote(string Text, string? FieldId = null);

/// <summary>A persona value, with what a person must still decide about it.</summary>
internal sealed record PersonaValue(string Name, string Value, string? Todo);
