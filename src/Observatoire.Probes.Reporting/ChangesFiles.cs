using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// reports/changes.csv (French Excel, one row per change: the procedure's, then each field's) and reports/changes.json
/// (the whole comparison, typed), rewritten at the end of every run, empty but present on the first one.
/// </summary>
public static class ChangesFiles
{
    public static readonly IReadOnlyList<string> Columns =
        ["Identifiant_sonde", "Nom_Demarche", "Ministere_politique", "Ref_Administration", "Changement", "Avant", "Apres", "Page", "Champ", "Personne", "Mesure_precedente", "Mesure"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The same table, comma-separated, attached to the HTML report (Allure's table view reads commas only).</summary>
    public static string ReportCopy(string directory) => Path.Combine(directory, "allure-attachments", "Changements depuis la mesure précédente.csv");

    public static void Write(string directory, RunChanges changes)
    {
        AtomicFile.WriteAllBytes(Path.Combine(directory, "changes.csv"), Csv.Bytes(Columns, Rows(changes)));
        AtomicFile.WriteAllBytes(ReportCopy(directory), Csv.ForAllure(Columns, Rows(changes)));
        AtomicFile.WriteAllText(Path.Combine(directory, "changes.json"), JsonSerializer.Serialize(changes, Json) + "\n");
    }

    public static RunChanges? Read(string directory)
    {
        var path = Path.Combine(directory, "changes.json");
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunChanges>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.New => "Nouvelle démarche",
        ChangeKind.Missing => "Absente de cette mesure",
        ChangeKind.Status => "Statut de mesure",
        ChangeKind.Score => "Score_DLNUF",
        ChangeKind.Level => "Niveau_DLNUF",
        ChangeKind.Items => "Éléments comptés",
        ChangeKind.ToConfirm => "Niveau_a_confirmer",
        _ => "Champs",
    };

    public static string Name(FieldChangeKind kind) => kind switch
    {
        FieldChangeKind.Appeared => "Champ apparu",
        FieldChangeKind.Disappeared => "Champ disparu",
        FieldChangeKind.Reviewed => "Décision de relecture",
        FieldChangeKind.ReviewLost => "Décision de relecture perdue",
        _ => "Décision modifiée",
    };

    private static IEnumerable<IReadOnlyList<string?>> Rows(RunChanges changes)
    {
        foreach (var c in changes.Procedures)
        {
            IReadOnlyList<string?> Row(string what, string? before, string? after, FieldChange? field = null) =>
                [c.Id, c.Title, c.Ministry, c.Administration, what, before, after, field?.Page, field?.Label, field?.Person, changes.PreviousRunId, changes.RunId];

            foreach (var kind in c.Kinds.Where(k => k != ChangeKind.Items && k != ChangeKind.Fields))
            {
                yield return kind switch
                {
                    ChangeKind.Score => Row(Name(kind), c.Before?.Score?.ToString(French.Culture), c.After?.Score?.ToString(French.Culture)),
                    ChangeKind.Level => Row(Name(kind), c.Before?.Level, c.After?.Level),
                    ChangeKind.ToConfirm => Row(Name(kind), c.Before?.LevelsToConfirm, c.After?.LevelsToConfirm),
                    _ => Row(Name(kind), c.Before?.Display, c.After?.Display),
                };
            }

            foreach (var item in c.ItemsAdded)
            {
                yield return Row("Élément désormais compté", null, $"{item.Label} ({item.Id})");
            }

            foreach (var item in c.ItemsRemoved)
            {
                yield return Row("Élément plus compté", $"{item.Label} ({item.Id})", null);
            }

            foreach (var field in c.Fields)
            {
                yield return Row(Name(field.Kind), field.Before, field.After, field);
            }
        }
    }
}
