using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Results;

public enum VerdictStatus
{
    /// <summary>Measured, Optimal.</summary>
    Passed,
    /// <summary>Measured, asks for held data (Partiel or Faible).</summary>
    Failed,
    /// <summary>Could not be measured: À venir, never a score.</summary>
    Broken,
    /// <summary>No user-facing form: Non applicable.</summary>
    Skipped,
}

/// <summary>How a procedure's result reads as a test outcome, shared by the CLI's evidence and the NUnit suite.</summary>
public sealed record Verdict(VerdictStatus Status, string Message)
{
    public static Verdict Of(ProcedureResult result)
    {
        var score = result.Score;
        var drift = result.Drift.Count == 0 ? "" : " Écart avec l'attendu : " + string.Join(" ; ", result.Drift) + ".";
        return score.Status switch
        {
            MeasureStatus.NotMeasured => new(VerdictStatus.Broken, $"Non mesurée ({result.FailureKind}) : {result.FailureMessage}"),
            MeasureStatus.NotApplicable => new(VerdictStatus.Skipped, "Non applicable : pas de formulaire usager."),
            _ when score.Level == DlnufLevels.Optimal => new(VerdictStatus.Passed,
                $"Score_DLNUF {score.Score} ({score.Level})" + (score.Counted.Count > 0 ? " : " + Items(score) : "") + "." + drift),
            _ => new(VerdictStatus.Failed, $"Score_DLNUF {score.Score} ({score.Level}) : la démarche redemande {Items(score)}.{drift}"),
        };
    }

    /// <summary>The counted items as a reader names them, with their first fields (« … » when there are more).</summary>
    private static string Items(ProcedureScore score) =>
        string.Join(", ", score.Counted.Select(c => $"{c.Label} ({string.Join(" / ", c.Fields.Take(3))}{(c.Fields.Count > 3 ? " / …" : "")})"));
}
