using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// The indicator as the observatoire's data team imports it: one row per procedure under the observatoire's column names
/// (ID_Demarche, Nom_Demarche, …, Score_DLNUF a number or nothing, the status and its French cause in their own
/// columns, items by their catalogue label with their ids beside), and the evidence table, one row per field seen,
/// naming its procedure. CSV for French Excel, JSON with typed values, and an XLSX workbook with both tables.
/// </summary>
public static class IndicatorExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "ID_Demarche", "Nom_Demarche", "URL_Demarche", "Ministere_politique", "Ref_Administration", "FranceConnect",
        "Score_DLNUF", "Niveau_DLNUF", "Score_DLNUF_pondere", "Statut_mesure", "Motif_non_mesure", "Elements_comptes",
        "Elements_comptes_id", "Champs_a_revoir", "Niveau_a_confirmer", "Identifiant_sonde", "Date_mesure", "Version_outil", "Identifiant_execution",
        "Execution_complete",
    ];

    /// <summary>The fields file: the procedure's identity first (with whom it is for, the context its fields were read in), then
    /// <see cref="FieldTable.Header"/>.</summary>
    public static readonly IReadOnlyList<string> FieldColumns =
        ["ID_Demarche", "Identifiant_sonde", "Nom_Demarche", "Ministere_politique", "Ref_Administration", "Public_demarche", "Date_mesure", .. FieldTable.Header];

    public const string ProceduresSheet = "Démarches";
    public const string FieldsSheet = "Champs";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes indicator.csv, indicator.json and indicator-fields.csv into <paramref name="directory"/>, and indicator.xlsx
    /// when the run is complete (a workbook is written once, the text files as results arrive).
    /// </summary>
    public static void Write(string directory, IReadOnlyList<ProcedureResult> results, string toolVersion, RunStamp run)
    {
        var ordered = results.OrderBy(r => r.Procedure.Id, StringComparer.Ordinal).ToList();
        var rows = ordered.Select(r => Row(r, toolVersion, run)).ToList();
        AtomicFile.WriteAllBytes(Path.Combine(directory, "indicator.csv"), Csv.Bytes(Columns, rows));
        AtomicFile.WriteAllText(Path.Combine(directory, "indicator.json"), ToJson(ordered, rows).ToJsonString(Json) + "\n");
        AtomicFile.WriteAllBytes(Path.Combine(directory, "indicator-fields.csv"), Csv.Bytes(FieldColumns, FieldRows(ordered)));
        if (run.Complete)
        {
            Workbook.Write(Path.Combine(directory, "indicator.xlsx"), ordered, rows);
        }
    }

    internal static IEnumerable<IReadOnlyList<string?>> FieldRows(IEnumerable<ProcedureResult> ordered) =>
        ordered.SelectMany(r => r.Decisions.Select(d => (IReadOnlyList<string?>)[.. Identity(r), .. FieldTable.Row(d)]));

    /// <summary>The procedure columns of the fields file.</summary>
    internal static IReadOnlyList<string?> Identity(ProcedureResult r) =>
        [r.Procedure.ObservatoireId ?? "", r.Procedure.Id, r.Procedure.Title, r.Procedure.Ministry, r.Procedure.Administration, r.Procedure.Public, Date(r.MeasuredAt)];

    internal static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    internal static int ToReview(ProcedureResult r) => r.Decisions.Count(FieldTable.ToReview);


    private static JsonArray ToJson(IReadOnlyList<ProcedureResult> ordered, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var array = new JsonArray();
        foreach (var (result, row) in ordered.Zip(rows))
        {
            var node = new JsonObject();
            for (var i = 0; i < Columns.Count; i++)
            {
                node[Columns[i]] = Columns[i] switch
                {
                    "Score_DLNUF" => result.Score.Score is { } score ? score : null,
                    "Score_DLNUF_pondere" => result.Score.WeightedScore is { } weighted ? weighted : null,
                    "Elements_comptes" => Strings(result.Score.Counted.Select(c => c.Label)),
                    "Elements_comptes_id" => Strings(result.Score.Counted.Select(c => c.ItemId)),
                    "Champs_a_revoir" => ToReview(result),
                    _ => row[i] is { Length: > 0 } value ? value : null,
                };
            }

            // For tools rather than for publication: the cause's code and the walker's own words.
            node["Code_motif"] = result.Score.Status == MeasureStatus.NotMeasured ? result.FailureKind?.ToString() : null;
            node["Detail_non_mesure"] = result.Score.Status == MeasureStatus.NotMeasured ? result.FailureMessage : null;
            array.Add(node);
        }

        return array;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

    private static IReadOnlyList<string?> Row(ProcedureResult r, string toolVersion, RunStamp run) =>
    [
        r.Procedure.ObservatoireId ?? "",
        r.Procedure.Title,
        r.StartUrl,
        r.Procedure.Ministry,
        r.Procedure.Administration,
        r.Procedure.FranceConnect,
        r.Score.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.Score.Level,
        r.Score.WeightedScore?.ToString(CultureInfo.InvariantCulture) ?? "",
        French.Status(r.Score.Status),
        French.Cause(r),
        string.Join(" ; ", r.Score.Counted.Select(c => c.Label)),
        string.Join(" ", r.Score.Counted.Select(c => c.ItemId)),
        ToReview(r).ToString(CultureInfo.InvariantCulture),
        r.LevelToConfirm()?.LevelsText ?? "",
        r.Procedure.Id,
        Date(r.MeasuredAt),
        toolVersion,
        run.RunId,
        French.YesNo(run.Complete),
    ];
}
