using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The indicator as the observatoire consumes it: one row per procedure under its own column names
/// (ID_Demarche, Nom_Demarche, …, Score_DLNUF), and the evidence table with one row per field seen.
/// </summary>
public static class IndicatorExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "ID_Demarche", "Nom_Demarche", "URL_Demarche", "Ministere_politique", "Ref_Administration", "FranceConnect",
        "Score_DLNUF", "Niveau_DLNUF", "Score_DLNUF_pondere", "Statut_mesure", "Elements_comptes", "Motif_non_mesure",
        "Identifiant_sonde", "Date_mesure", "Version_outil", "Identifiant_execution", "Execution_complete",
    ];

    public static readonly IReadOnlyList<string> FieldColumns =
        ["Identifiant_sonde", "Page", "Champ", "Personne", "Element", "Detention", "Pre_rempli", "Compte", "Decision", "Confiance", "Raison"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes indicator.csv, indicator.json and indicator-fields.csv into <paramref name="directory"/>.</summary>
    public static void Write(string directory, IReadOnlyList<ProcedureResult> results, string toolVersion, RunStamp run)
    {
        var ordered = results.OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).ToList();
        var rows = ordered.Select(r => Row(r, toolVersion, run)).ToList();
        AtomicFile.WriteAllText(Path.Combine(directory, "indicator.csv"), Csv.Write(Columns, rows));

        var array = new JsonArray();
        foreach (var (result, row) in ordered.Zip(rows))
        {
            var node = new JsonObject();
            for (var i = 0; i < Columns.Count; i++)
            {
                node[Columns[i]] = Columns[i] switch
                {
                    "Score_DLNUF" when result.Score.Score is { } score => score,
                    "Score_DLNUF_pondere" when result.Score.WeightedScore is { } weighted => weighted,
                    "Elements_comptes" => new JsonArray(result.Score.Counted.Select(c => (JsonNode)JsonValue.Create(c.ItemId)!).ToArray()),
                    _ => row[i] is { Length: > 0 } value ? value : null,
                };
            }

            array.Add(node);
        }

        AtomicFile.WriteAllText(Path.Combine(directory, "indicator.json"), array.ToJsonString(Json) + "\n");
        var fieldRows = ordered.SelectMany(r => r.Decisions.Select(d => (IReadOnlyList<string?>)[r.Procedure.Id, .. FieldTable.Row(d)]));
        AtomicFile.WriteAllText(Path.Combine(directory, "indicator-fields.csv"), Csv.Write(FieldColumns, fieldRows));
    }

    private static IReadOnlyList<string?> Row(ProcedureResult r, string toolVersion, RunStamp run) =>
    [
        r.Procedure.ObservatoireId ?? "",
        r.Procedure.Title,
        r.StartUrl,
        r.Procedure.Ministry,
        r.Procedure.Administration,
        r.Procedure.FranceConnect,
        r.Score.ScoreText,
        r.Score.Level,
        r.Score.WeightedScore?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.Score.Status switch { MeasureStatus.Measured => "Mesurée", MeasureStatus.NotApplicable => "Non applicable", _ => "Non mesurée" },
        string.Join(" ", r.Score.Counted.Select(c => c.ItemId)),
        r.Score.Status == MeasureStatus.NotMeasured ? $"{r.FailureKind}: {r.FailureMessage}" : "",
        r.Procedure.Id,
        r.MeasuredAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        toolVersion,
        run.RunId,
        run.Complete ? "oui" : "non",
    ];
}
