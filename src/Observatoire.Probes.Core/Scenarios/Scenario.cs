namespace Observatoire.Probes.Scenarios;

/// <summary>One procedure's walk, as loaded and validated from its YAML file.</summary>
public sealed record Scenario(
    string File,
    ProcedureInfo Procedure,
    Persona Persona,
    IReadOnlyList<ScenarioStep> Steps,
    Expectation? Expect,
    IReadOnlyList<ReviewerOverride> Overrides)
{
    /// <summary>Where the procedure's id is written, for messages about it (duplicates across files).</summary>
    public SourcePosition IdPosition { get; init; } = new(File, 1, 1);

    /// <summary>Where `observatoire_id` is written, when it is (duplicates across files).</summary>
    public SourcePosition? ObservatoireIdPosition { get; init; }

    /// <summary>Where `start` is written: the walk's first step, opening it, is that line's.</summary>
    public SourcePosition? StartPosition { get; init; }
}

public sealed record ProcedureInfo(
    string Id,
    string Title,
    string Ministry,
    string Administration,
    string? ObservatoireId,
    string Start,
    string FranceConnect,
    bool TestEnvironment,
    bool NotApplicable,
    string Public = ProcedureInfo.Individuals)
{
    /// <summary>The `public` a procedure has when its scenario does not say: a person's own procedure, whoever types it.</summary>
    public const string Individuals = "particuliers";

    /// <summary>A company's, a structure's or a professional activity's procedure.</summary>
    public const string Professionals = "professionnels";

    /// <summary>An association's procedure.</summary>
    public const string Associations = "associations";

    /// <summary>The values of `public`, service-public.fr's three spaces: whom the procedure is for.</summary>
    public static readonly IReadOnlyList<string> Publics = [Individuals, Professionals, Associations];

    /// <summary>True for a structure's procedure (a company's, a professional's, an association's).</summary>
    public static bool IsStructures(string? value) => value is Professionals or Associations;

    /// <summary>The value a wrong `public` most likely meant: service-public.fr's singular forms, the demo's « Entreprises »,
    /// else the closest spelling; or null.</summary>
    public static string? SuggestPublic(string value) => value.Trim().ToLowerInvariant() switch
    {
        "entreprise" or "entreprises" or "professionnel" or "pro" => Professionals,
        "particulier" => Individuals,
        "association" => Associations,
        _ => Hints.Suggest(value, Publics),
    };
}

public sealed record Persona(string Id, string? Description, IReadOnlyDictionary<string, string> Values);

/// <summary>What the procedure is expected to score; a difference is reported as drift.</summary>
public sealed record Expectation(int? Score, string? Level, IReadOnlyList<string>? Items);

/// <summary>A reviewer's decision on one field, replacing the classifier's.</summary>
public sealed record ReviewerOverride(
    SourcePosition Position,
    string Field,
    string? Page,
    string? Item,
    bool Counted,
    string Reason,
    string Reviewer,
    string? Date);

public enum StepKind
{
    Goto,
    Fill,
    Select,
    Check,
    Uncheck,
    Upload,
    Click,
    Press,
    WaitFor,
    StopBefore,
}

public enum TargetKind
{
    Label,
    Button,
    Link,
    Text,
    Placeholder,
    Css,
    TestId,
    Url,
}

/// <summary>How a person finds an element: by label, role and text first, CSS as an escape hatch.</summary>
public sealed record Target(TargetKind Kind, string Value, string? Frame = null, bool Exact = false)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} \"{Value}\"" + (Frame is null ? "" : $" in frame {Frame}");
}

/// <summary>
/// One step. <see cref="Argument"/> is the URL for goto, the value for fill, the option for select and the
/// absolute file path for upload, the key for press; it may hold ${variable} and ${secret:NAME} placeholders, resolved at run time.
/// </summary>
public sealed record ScenarioStep(StepKind Kind, SourcePosition Position, Target? Target, string? Argument)
{
    /// <summary>For a step of a fragment: the scenario's `include` line (<see cref="Position"/> is in the fragment).</summary>
    public SourcePosition? IncludedAt { get; init; }

    /// <summary>Where the step is written, for the walk's messages (in French): the fragment's line and the scenario's include line.</summary>
    public string Where => IncludedAt is null ? Position.ToString() : $"{Position} (inclus depuis {IncludedAt})";

    /// <summary>The scenario's own line for the step: the evidence of a walk cites the scenario file.</summary>
    public SourcePosition ScenarioPosition => IncludedAt ?? Position;

    public string Describe() => Kind switch
    {
        StepKind.Goto => $"goto {Argument}",
        StepKind.Fill => $"fill {Target} with \"{Argument}\"",
        StepKind.Select => $"select \"{Argument}\" in {Target}",
        StepKind.Upload => $"upload {Path.GetFileName(Argument)} to {Target}",
        StepKind.Press => $"press {Argument} in {Target}",
        StepKind.WaitFor => $"wait for {Target}",
        StepKind.StopBefore => $"stop before {Target}",
        _ => $"{Kind.ToString().ToLowerInvariant()} {Target}",
    };
}
