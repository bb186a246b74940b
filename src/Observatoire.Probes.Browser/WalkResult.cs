using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Browser;

/// <summary>Why a walk could not reach its end. Each kind is "not measured", never a score.</summary>
public enum FailureKind
{
    /// <summary>Connection refused, DNS, 5xx: the site is down.</summary>
    SiteDown,
    /// <summary>403 or 429, a bot-block or rate-limit page.</summary>
    Blocked,
    /// <summary>The page did not answer in time.</summary>
    Timeout,
    /// <summary>A target of the scenario is not on the page: the form changed (drift) or the scenario is wrong.</summary>
    TargetNotFound,
    /// <summary>The scenario would have submitted a real application; the probe refused.</summary>
    SubmissionRefused,
    /// <summary>A secret or persona value is missing, a file cannot be read.</summary>
    ScenarioError,
    /// <summary>The browser itself failed.</summary>
    BrowserError,
}

public sealed record WalkFailure(FailureKind Kind, string Message, SourcePosition? Step);

/// <summary>One form page as reached: its fields on first sight and the evidence of it.</summary>
public sealed record PageCapture(
    int Index,
    string Title,
    string Url,
    IReadOnlyList<FieldObservation> Fields,
    byte[]? Screenshot,
    string? AriaSnapshot,
    long Start,
    long Stop);

public sealed record StepRecord(string Description, SourcePosition Position, int PageIndex, bool Succeeded, string? Error, long Start, long Stop);

public sealed record WalkResult(
    IReadOnlyList<PageCapture> Pages,
    IReadOnlyList<StepRecord> Steps,
    WalkFailure? Failure,
    string? TracePath,
    long Start,
    long Stop)
{
    public bool Completed => Failure is null;
}
