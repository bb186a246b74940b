using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Reporting;

/// <summary>
/// indicator.xlsx: the procedures sheet and the fields sheet, with numbers as numbers (a score, a confidence), dates as
/// dates, and nothing where a procedure has no score, so the data team filters and sums without converting anything.
/// </summary>
internal static class Workbook
{
    private static readonly HashSet<string> IntegerColumns = new(["Score_DLNUF", "Score_DLNUF_pondere", "Champs_a_revoir"], StringComparer.Ordinal);

    public static void Write(string path, IReadOnlyList<ProcedureResult> ordered, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var procedures = Table(IndicatorExport.ProceduresSheet, IndicatorExport.Columns, rows);
        var fields = Table(IndicatorExport.FieldsSheet, IndicatorExport.FieldColumns, IndicatorExport.FieldRows(ordered));
        var sheets = new Dictionary<string, object> { [procedures.TableName] = procedures, [fields.TableName] = fields };
        var temporary = AtomicFile.Temporary(path);
        MiniExcel.SaveAs(temporary, sheets, excelType: ExcelType.XLSX, overwriteFile: true);
        File.Move(temporary, path, overwrite: true);
    }

    private static DataTable Table(string name, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var table = new DataTable(name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in columns)
        {
            table.Columns.Add(column, column switch
            {
                _ when IntegerColumns.Contains(column) => typeof(int),
                "Confiance" => typeof(double),
                "Date_mesure" => typeof(DateTime),
                _ => typeof(string),
            });
        }

        foreach (var row in rows)
        {
            var values = new object[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = Typed(columns[i], row[i]);
            }

            table.Rows.Add(values);
        }

        return table;
    }

    private static object Typed(string column, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return column is "Confiance" or "Date_mesure" || IntegerColumns.Contains(column) ? DBNull.Value : "";
        }

        return column switch
        {
            _ when IntegerColumns.Contains(column) => int.Parse(text, CultureInfo.InvariantCulture),
            "Confiance" => double.Parse(text, French.Culture),
            // The day as read in Paris, as the synthesis and the report say it (a run at 00:30 is that day, not the one before).
            "Date_mesure" => French.Paris(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)),
            _ => text,
        };
    }
}
