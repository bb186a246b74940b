using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Browser;

public sealed record WalkFailure(FailureKind Kind, string Message, SourcePosition? Step)
{
    /// <summary>The site's Retry-After on a 429, as sent (seconds or an HTTP date).</summary>
    public string? RetryAfter { get; init; }
}

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

    /// <summary>What only the walk knows to be someone's data: the values the site showed in its fields (an identity
    /// pre-filled after FranceConnect) and the names of the files uploaded. What the evidence publishes is scrubbed of them.</summary>
    public IReadOnlyList<string> Shown { get; init; } = [];
}
