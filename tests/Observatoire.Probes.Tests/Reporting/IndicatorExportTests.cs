using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Observatoire.Probes.Results;
using Observatoire.Probes.Reporting;

namespace Observatoire.Probes.Tests.Reporting;

public sealed class IndicatorExportTests
{
    private string _directory = null!;

    [SetUp]
    public void Write()
    {
        _directory = Path.Combine(Path.GetTempPath(), "probes-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        IndicatorExport.Write(_directory, [Fixtures.NotMeasured(), Fixtures.Faible()], "0.1.0", new RunStamp("20261120-021500", Complete: true));
    }

    [TearDown]
    public void Delete() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void The_indicator_uses_the_observatoire_columns_one_row_per_procedure()
    {
        AllureWriterTests.Approve(Path.Combine(_directory, "indicator.csv"), Path.Combine("export", "indicator.csv"));
        var expected = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Expected", "export", "indicator.csv"));
        Assert.That(File.ReadAllBytes(Path.Combine(_directory, "indicator.csv")), Is.EqualTo(expected));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "indicator.json")))!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(json[0]!["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("4242"));
            Assert.That(json[0]!["Score_DLNUF"]!.GetValue<int>(), Is.EqualTo(5), "a measured score is a number in JSON");
            Assert.That(json[0]!["Elements_comptes_id"]!.AsArray().Select(i => i!.GetValue<string>()), Does.Contain("tax.notice"));
            Assert.That(json[1]!["Score_DLNUF"], Is.Null, "not measured has no score, never the level's text");
            Assert.That(json[1]!["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Site indisponible"));
            Assert.That(json[1]!["Code_motif"]!.GetValue<string>(), Is.EqualTo("SiteDown"), "tools keep the code beside the French cause");
        });
    }

    /// <summary>As French Excel reads a file opened by a double click: a UTF-8 mark decides the encoding, `;` the cells.</summary>
    [Test]
    public void The_csv_files_open_in_french_excel_with_their_accents_and_columns()
    {
        foreach (var name in new[] { "indicator.csv", "indicator-fields.csv" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(_directory, name));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), $"{name} starts with the UTF-8 byte order mark");
        }

        var rows = ReadFrenchExcel(Path.Combine(_directory, "indicator.csv"));
        var header = rows[0];
        Assert.That(header, Is.EqualTo(IndicatorExport.Columns));
        var faible = rows.Single(r => r[header.IndexOf("Identifiant_sonde")] == "aide-juridictionnelle");
        var notMeasured = rows.Single(r => r[header.IndexOf("Identifiant_sonde")] == "logement-social");
        Assert.Multiple(() =>
        {
            Assert.That(faible[header.IndexOf("Ref_Administration")], Is.EqualTo("Service de l'accès au droit et à la justice"), "accents survive");
            Assert.That(faible[header.IndexOf("Score_DLNUF")], Is.EqualTo("5"));
            Assert.That(faible[header.IndexOf("Elements_comptes")], Does.Contain("Avis d'imposition"), "items by their catalogue label");
            Assert.That(faible[header.IndexOf("Elements_comptes_id")], Does.Contain("tax.notice"));
            Assert.That(notMeasured[header.IndexOf("Score_DLNUF")], Is.Empty, "a number or nothing");
            Assert.That(notMeasured[header.IndexOf("Niveau_DLNUF")], Is.EqualTo("À venir"));
            Assert.That(notMeasured[header.IndexOf("Statut_mesure")], Is.EqualTo("Non mesurée"));
            Assert.That(notMeasured[header.IndexOf("Motif_non_mesure")], Is.EqualTo("Site indisponible"));
            Assert.That(string.Join(" ", notMeasured), Does.Not.Contain("SiteDown").And.Not.Contain("the site"), "no English code nor English sentence");
        });

        var fields = ReadFrenchExcel(Path.Combine(_directory, "indicator-fields.csv"));
        var f = fields[0];
        Assert.That(f, Is.EqualTo(IndicatorExport.FieldColumns));
        Assert.That(fields, Has.Count.EqualTo(1 + 8), "one row per field seen");
        var notice = fields.Single(r => r[f.IndexOf("Element_id")] == "tax.notice");
        Assert.Multiple(() =>
        {
            Assert.That(notice[f.IndexOf("ID_Demarche")], Is.EqualTo("4242"));
            Assert.That(notice[f.IndexOf("Nom_Demarche")], Is.EqualTo("Demande d'aide juridictionnelle"));
            Assert.That(notice[f.IndexOf("Ministere_politique")], Is.EqualTo("Justice"));
            Assert.That(notice[f.IndexOf("Date_mesure")], Is.EqualTo("2026-11-28T22:00:00Z"));
            Assert.That(notice[f.IndexOf("Public_demarche")], Is.EqualTo("particuliers"), "the context its fields were read in");
            Assert.That(notice[f.IndexOf("API_remplacante")], Is.EqualTo("API Impôt particulier"));
            Assert.That(notice[f.IndexOf("Detention")], Is.EqualTo("détenue"));
            Assert.That(notice[f.IndexOf("Confiance")], Does.Match(@"^[01],\d\d$"), "a French decimal");
            Assert.That(fields.Skip(1).Select(r => r[f.IndexOf("A_revoir")]), Is.All.AnyOf("oui", "non"));
        });
    }

    [Test]
    public void The_fields_file_says_when_a_procedure_was_read_as_a_structure_s()
    {
        var faible = Fixtures.Faible();
        var company = faible with { Procedure = faible.Procedure with { Id = "aide-entreprise", Public = Observatoire.Probes.Scenarios.ProcedureInfo.Professionals } };
        var directory = Path.Combine(_directory, "structure");
        Directory.CreateDirectory(directory);
        IndicatorExport.Write(directory, [faible, company], "0.1.0", new RunStamp("20261120-021500", Complete: true));

        var fields = ReadFrenchExcel(Path.Combine(directory, "indicator-fields.csv"));
        var f = fields[0];
        var publics = fields.Skip(1).GroupBy(r => r[f.IndexOf("Identifiant_sonde")]).ToDictionary(g => g.Key, g => g.Select(r => r[f.IndexOf("Public_demarche")]).Distinct().Single());
        Assert.That(publics, Is.EqualTo(new Dictionary<string, string> { ["aide-juridictionnelle"] = "particuliers", ["aide-entreprise"] = "professionnels" }));
    }

    [Test]
    public void The_workbook_has_the_procedures_and_the_fields_with_numbers_as_numbers()
    {
        using var workbook = SpreadsheetDocument.Open(Path.Combine(_directory, "indicator.xlsx"), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.That(sheets.Select(s => s.Name!.Value), Is.EqualTo(new[] { "Démarches", "Champs" }));

        var procedures = Rows(part, sheets[0]);
        var header = procedures[0].Select(c => c.Text).ToList();
        Assert.That(header, Is.EqualTo(IndicatorExport.Columns));
        var faible = procedures.Single(r => r[header.IndexOf("Identifiant_sonde")].Text == "aide-juridictionnelle");
        var notMeasured = procedures.Single(r => r[header.IndexOf("Identifiant_sonde")].Text == "logement-social");
        Assert.Multiple(() =>
        {
            Assert.That(faible[header.IndexOf("Score_DLNUF")], Is.EqualTo(("5", true)), "a score is a number cell");
            Assert.That(notMeasured[header.IndexOf("Score_DLNUF")].Text, Is.Empty, "no score is an empty cell");
            Assert.That(notMeasured[header.IndexOf("Motif_non_mesure")].Text, Is.EqualTo("Site indisponible"));
            Assert.That(faible[header.IndexOf("Ref_Administration")].Text, Is.EqualTo("Service de l'accès au droit et à la justice"));
            Assert.That(double.Parse(faible[header.IndexOf("Date_mesure")].Text, System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(new DateTime(2026, 11, 28, 23, 0, 0).ToOADate()).Within(1e-6), "measured at 22:00 UTC: 23:00 in Paris, as the synthesis says");
        });

        var fields = Rows(part, sheets[1]);
        Assert.That(fields[0].Select(c => c.Text), Is.EqualTo(IndicatorExport.FieldColumns));
        Assert.That(fields, Has.Count.EqualTo(1 + 8));
        var confidence = fields[0].Select(c => c.Text).ToList().IndexOf("Confiance");
        Assert.That(fields.Skip(1).Select(r => r[confidence].Number), Is.All.True, "a confidence is a number cell");
    }

    /// <summary>Splits a CSV the way French Excel does: the encoding from the byte order mark, `;` between cells, quotes.</summary>
    internal static List<List<string>> ReadFrenchExcel(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "without the mark Excel decodes Windows-1252");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.That(row.Count == 0 && cell.Length == 0, Is.True, "every line ends with CRLF");
        Assert.That(rows.Select(r => r.Count).Distinct().Count(), Is.EqualTo(1), "every row has the header's number of cells");
        return rows;
    }

    private static List<List<(string Text, bool Number)>> Rows(WorkbookPart part, Sheet sheet)
    {
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var width = 0;
        var rows = new List<List<(string, bool)>>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var cells = new List<(string, bool)>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add(("", false));
                }

                var value = cell.CellValue?.Text ?? cell.InnerText;
                var type = cell.DataType?.Value;
                cells.Add(type == CellValues.SharedString ? (shared[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)], false)
                    : type == CellValues.InlineString || type == CellValues.String ? (cell.InnerText, false)
                    : (value, value.Length > 0));
            }

            width = Math.Max(width, cells.Count);
            rows.Add(cells);
        }

        foreach (var row in rows)
        {
            while (row.Count < width)
            {
                row.Add(("", false));
            }
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
