using Observatoire.Probes.Classification;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Results;

/// <summary>Everything known about one procedure after its probe: what the reports and exports are made of.</summary>
public sealed record ProcedureResult
{
    public required ProcedureInfo Procedure { get; init; }
    public required string ScenarioFile { get; init; }
    public required string PersonaId { get; init; }
    public required ProcedureScore Score { get; init; }
    public IReadOnlyList<FieldDecision> Decisions { get; init; } = [];
    public IReadOnlyList<PageEvidence> Pages { get; init; } = [];
    public IReadOnlyList<StepEvidence> Steps { get; init; } = [];
    /// <summary>Why the walk stopped, e.g. SiteDown, Blocked, TargetNotFound; null when it reached the end.</summary>
    public FailureKind? FailureKind { get; init; }
    public string? FailureMessage { get; init; }
    /// <summary>How long the site asked the probe to wait (a 429's Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }
    public string? TracePath { get; init; }
    /// <summary>Differences between the scenario's `expect` and what was measured.</summary>
    public IReadOnlyList<string> Drift { get; init; } = [];
    /// <summary>Reviewer overrides whose field was not seen on the form any more.</summary>
    public IReadOnlyList<string> StaleOverrides { get; init; } = [];
    public required DateTimeOffset MeasuredAt { get; init; }
    public long Start { get; init; }
    public long Stop { get; init; }

    public string StartUrl { get; init; } = "";

    /// <summary>The scores a review of the fields « à revoir » could lead to, when they cross a level; null when the level is
    /// settled or the procedure was not measured.</summary>
    public ScoreSpan? LevelToConfirm() =>
        Score.Status == MeasureStatus.Measured && ScoreSpan.Of(Decisions) is { LevelSettled: false } span ? span : null;

    /// <summary>Walks made to get this result: more than one when the site failed us and the probe tried again.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Measured only on a later attempt: the site was unreliable that night.</summary>
    public bool Flaky { get; init; }

    /// <summary>Milliseconds per phase of the probe (navigation, inventory, screenshots…).</summary>
    public IReadOnlyDictionary<Phase, double> Timings { get; init; } = new Dictionary<Phase, double>();
}

/// <summary>One page as the evidence shows it. <paramref name="Observed"/>: its fields as the classifier read them, for
/// `probes classify` (values masked; the evidence's only, never the records').</summary>
public sealed record PageEvidence(
    int Index,
    string Title,
    string Url,
    byte[]? Screenshot,
    string? AriaSnapshot,
    long Start,
    long Stop,
    IReadOnlyList<FieldDecision> Fields,
    IReadOnlyList<FieldObservation>? Observed = null);

public sealed record StepEvidence(string Description, string Position, int PageIndex, bool Succeeded, string? Error, long Start, long Stop);

/// <summary>Facts about the run, for the evidence's environment page.</summary>
public sealed record RunInfo(string RunId, DateTimeOffset StartedAt, string ToolVersion, string Browser, string Catalogue, string? BaseUrl);

/// <summary>Which run an export belongs to and whether that run completed (a run cut short leaves a partial export).</summary>
public sealed record RunStamp(string RunId, bool Complete);
