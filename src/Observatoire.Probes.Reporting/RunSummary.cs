using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The evidence summary a run keeps in its dated folder (reports/runs/&lt;runId&gt;/summary.json): per procedure its
/// status, score, level, cause, counted items and every field's decision. Small enough to keep thirty nights of, and
/// all that the next night needs to say what changed and the synthesis needs to draw the trend.
/// </summary>
public sealed record RunSummary(string RunId, DateTimeOffset StartedAt, bool Complete, string Catalogue, IReadOnlyList<ProcedureSummary> Procedures)
{
    /// <summary>A trial run (<see cref="RunHistory.IsTrial"/>), as its entry point declared it: later runs are not compared with it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Trial { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RunSummary Of(RunStamp run, DateTimeOffset startedAt, string catalogue, IEnumerable<ProcedureResult> results) =>
        new(run.RunId, startedAt, run.Complete, catalogue, [.. results.OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).Select(ProcedureSummary.Of)]);

    public ProcedureSummary? Find(string procedureId) => Procedures.FirstOrDefault(p => p.Id == procedureId);

    internal string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null when the file is not a summary we can read (another version's, a half-copied one).</summary>
    internal static RunSummary? Read(string path)
    {
        try
        {
            // `{}` or a summary cut short reads as an object with holes: unreadable, like one that does not parse.
            var summary = JsonSerializer.Deserialize<RunSummary>(File.ReadAllText(path), Json);
            return summary is { RunId: not null, Procedures: not null } && summary.Procedures.All(p => p is { Id: not null, Counted: not null, Fields: not null })
                ? summary
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>One procedure in a run's summary.</summary>
public sealed record ProcedureSummary(
    string Id,
    string? ObservatoireId,
    string Title,
    string Ministry,
    string Administration,
    MeasureStatus Status,
    int? Score,
    string Level,
    FailureKind? Failure,
    IReadOnlyList<ItemSummary> Counted,
    IReadOnlyList<FieldSummary> Fields)
{
    public bool GoalReached => Status == MeasureStatus.Measured && Level == DlnufLevels.Optimal;

    /// <summary>The levels a review of the fields « à revoir » could lead to (« Partiel à Faible »); null when measured and
    /// settled, or not measured. Read from the fields, so a night kept before this existed has it too.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? LevelsToConfirm => Status == MeasureStatus.Measured
        && ScoreSpan.Of(Fields.Select(f => new ScoreSpan.FieldFacts(f.Item, f.Counted, f.Review, f.Prefilled, f.Holding == French.Holding(Catalogue.Holding.Held)))) is { LevelSettled: false } span
        ? span.LevelsText
        : null;

    /// <summary>"8 (Faible)", "À venir (Site indisponible)", "Non applicable".</summary>
    public string Display => Status == MeasureStatus.NotMeasured && Failure is { } kind ? $"{Level} ({kind.French()})" : French.ScoreAndLevel(Score, Level);

    public static ProcedureSummary Of(ProcedureResult r) => new(
        r.Procedure.Id,
        r.Procedure.ObservatoireId,
        r.Procedure.Title,
        r.Procedure.Ministry,
        r.Procedure.Administration,
        r.Score.Status,
        r.Score.Score,
        r.Score.Level,
        r.Score.Status == MeasureStatus.NotMeasured ? r.FailureKind ?? FailureKind.BrowserError : null,
        [.. r.Score.Counted.Select(c => ItemSummary.Of(c, r.Decisions))],
        [.. r.Decisions.Select(FieldSummary.Of)]);
}

/// <summary>A counted item, with who holds it and the API that would spare the user from giving it.</summary>
public sealed record ItemSummary(string Id, string Label, string Provider, string Replacement)
{
    internal static ItemSummary Of(CountedItem item, IReadOnlyList<FieldDecision> decisions)
    {
        var decision = decisions.FirstOrDefault(d => d.ItemId == item.ItemId && d.Counted);
        return new(item.ItemId, item.Label, decision?.Provider ?? "", decision?.Replacement ?? "");
    }
}

/// <summary>A field seen and its decision: what the night-to-night comparison looks at.</summary>
/// <param name="Reviewer">Who decided the field by an override, "" when nobody did; null in summaries written before it was recorded.</param>
public sealed record FieldSummary(string? Page, string Label, string Person, string? Item, string? ItemLabel, string Holding, bool Counted, bool Prefilled, bool Review, double Confidence, string? Reviewer = null)
{
    internal static FieldSummary Of(FieldDecision d) =>
        new(d.Page, d.FieldLabel, d.Person, d.ItemId, d.ItemLabel, French.Holding(d.Holding), d.Counted, d.Prefilled, FieldTable.ToReview(d), Math.Round(d.Confidence, 2), d.Reviewer ?? "");

    /// <summary>The decision in a few words: "compté : Avis d'imposition", "pré-rempli", "non compté (clé)", and who reviewed it.</summary>
    public string Decision =>
        (Counted ? "compté" : Prefilled ? "pré-rempli, non compté" : $"non compté ({Holding})") + (Item is null ? " — non reconnu" : $" — {ItemLabel ?? Item}")
        + (string.IsNullOrEmpty(Reviewer) ? "" : $" (décision de relecture : {Reviewer})");
}
