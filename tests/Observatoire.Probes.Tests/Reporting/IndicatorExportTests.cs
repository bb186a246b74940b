using System.Text.Json.Nodes;
using Observatoire.Probes.Results;
using Observatoire.Probes.Reporting;

namespace Observatoire.Probes.Tests.Reporting;

public sealed class IndicatorExportTests
{
    [Test]
    public void The_indicator_uses_the_observatoire_columns_one_row_per_procedure()
    {
        var directory = Path.Combine(Path.GetTempPath(), "probes-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            IndicatorExport.Write(directory, [Fixtures.NotMeasured(), Fixtures.Faible()], "0.1.0", new RunStamp("20261120-021500", Complete: true));

            AllureWriterTests.Approve(Path.Combine(directory, "indicator.csv"), Path.Combine("export", "indicator.csv"));
            var expected = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Expected", "export", "indicator.csv"));
            Assert.That(File.ReadAllText(Path.Combine(directory, "indicator.csv")), Is.EqualTo(expected.ReplaceLineEndings("\r\n")));

            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "indicator.json")))!.AsArray();
            Assert.That(json[0]!["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("4242"));
            Assert.That(json[0]!["Score_DLNUF"]!.GetValue<int>(), Is.EqualTo(5), "a measured score is a number in JSON");
            Assert.That(json[1]!["Score_DLNUF"]!.GetValue<string>(), Is.EqualTo("À venir"), "not measured is the level's text, never a number");

            var fields = File.ReadAllLines(Path.Combine(directory, "indicator-fields.csv"));
            Assert.That(fields[0], Is.EqualTo("Identifiant_sonde,Page,Champ,Personne,Element,Detention,Pre_rempli,Compte,Decision,Confiance,Raison"));
            Assert.That(fields, Has.Length.EqualTo(1 + 8), "one row per field seen");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
