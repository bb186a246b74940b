using Observatoire.Probes.Catalogue;

namespace Observatoire.Probes.Classification;

/// <summary>What the classifier (or a reviewer) decided about one field, with a reason a ministry can read.</summary>
public sealed record FieldDecision
{
    public required string FieldId { get; init; }
    public required string FieldLabel { get; init; }
    public string? Page { get; init; }
    public string? ItemId { get; init; }
    public string? ItemLabel { get; init; }
    /// <summary>Null when no item was recognised.</summary>
    public Holding? Holding { get; init; }
    public bool Counted { get; init; }
    public bool Prefilled { get; init; }
    public bool IsUpload { get; init; }
    public int Weight { get; init; }
    public string Provider { get; init; } = "";
    public string Replacement { get; init; } = "";
    public required string Reason { get; init; }
    public double Confidence { get; init; }
    public bool Ambiguous { get; init; }
    public string Person { get; init; } = Classifier.Applicant;
    /// <summary>Who reviewed it; null when the decision is the classifier's.</summary>
    public string? Reviewer { get; init; }
    public string? Selector { get; init; }
    /// <summary>Subject, object, qualifier, issuer and context as the classifier read them.</summary>
    public FieldReading? Reading { get; init; }
    /// <summary>How the decision was reached (cue source, cue kind, rule, holding): the key of its calibrated confidence.</summary>
    internal string? Path { get; init; }

    /// <summary>Flagged « à revoir » and not yet settled by a reviewer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AwaitsReview => Ambiguous && Reviewer is null;

    public string HeldText => Holding is { } h ? DataCatalogue.HoldingText(h) : "unknown";
}
