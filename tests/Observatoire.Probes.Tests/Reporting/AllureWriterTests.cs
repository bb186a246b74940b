using System.Diagnostics;
using System.Text.Json.Nodes;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;

namespace Observatoire.Probes.Tests.Reporting;

public sealed class AllureWriterTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateFolder() => _directory = Path.Combine(Path.GetTempPath(), "probes-allure-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Deterministic uuids: 00000000-0000-0000-0000-000000000001, …</summary>
    private static Func<Guid> Sequence()
    {
        var n = 0;
        return () => new Guid($"00000000-0000-0000-0000-{++n:D12}");
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Expected", "allure", name));

    private static void AssertSameJson(string actualPath, string expectedName)
    {
        var actual = JsonNode.Parse(File.ReadAllText(actualPath))!;
        Approve(actualPath, Path.Combine("allure", expectedName));
        var expected = JsonNode.Parse(Environment.GetEnvironmentVariable("PROBES_UPDATE_EXPECTED") == "1" ? File.ReadAllText(actualPath) : Expected(expectedName))!;
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True,
            $"{Path.GetFileName(actualPath)} differs from Expected/allure/{expectedName}:\n{actual.ToJsonString(new() { WriteIndented = true })}");
    }

    /// <summary>PROBES_UPDATE_EXPECTED=1 rewrites the expected files from the actual output, for review in the diff.</summary>
    internal static void Approve(string actualPath, string expectedRelative)
    {
        if (Environment.GetEnvironmentVariable("PROBES_UPDATE_EXPECTED") == "1")
        {
            File.Copy(actualPath, Path.Combine(Repository.Root, "tests", "Observatoire.Probes.Tests", "Expected", expectedRelative), overwrite: true);
        }
    }

    [Test]
    public void A_faible_procedure_is_a_failed_result_with_one_step_per_page_and_its_evidence()
    {
        var writer = new AllureWriter(_directory, Sequence());
        var uuid = writer.WriteResult(Fixtures.Faible());

        Assert.That(uuid, Is.EqualTo("00000000-0000-0000-0000-000000000001"));
        AssertSameJson(Path.Combine(_directory, uuid + "-result.json"), "faible-result.json");
        Assert.That(File.ReadAllBytes(Path.Combine(_directory, "00000000-0000-0000-0000-000000000002-attachment.png")), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        var table = File.ReadAllText(Path.Combine(_directory, "00000000-0000-0000-0000-000000000003-attachment.csv"));
        Assert.That(table, Does.StartWith("Page,Champ,Personne,Element,Element_id,Detention,Pre_rempli,Compte,API_remplacante,Decision,Confiance,A_revoir,Raison\r\n"),
            "Allure's table view splits on commas");
        Assert.That(table, Does.Contain("Vous — Étape 1 sur 2,Numéro fiscal,demandeur,").And.Contain(",tax.identifiers,clé,non,non,"));
    }

    [Test]
    public void A_structures_procedure_says_so_in_its_description_and_its_tags()
    {
        // The scenario's `public` changes how bare names and addresses read: a reviewer contesting the score sees it.
        var faible = Fixtures.Faible();
        var result = faible with { Procedure = faible.Procedure with { Public = "professionnels" } };
        var writer = new AllureWriter(_directory, Sequence());
        var uuid = writer.WriteResult(result);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, uuid + "-result.json")))!;
        Assert.That(json["description"]!.GetValue<string>(), Does.Contain("Démarche d'une structure (public « professionnels »)"));
        Assert.That(json["labels"]!.AsArray().Select(l => l!["value"]!.GetValue<string>()), Does.Contain("public : professionnels"));
    }

    [Test]
    public void A_procedure_that_could_not_be_walked_is_broken_and_categorised()
    {
        var writer = new AllureWriter(_directory, Sequence());
        var uuid = writer.WriteResult(Fixtures.NotMeasured());
        AssertSameJson(Path.Combine(_directory, uuid + "-result.json"), "not-measured-result.json");

        writer.WriteLaunch(new RunInfo("20261128-220000", Fixtures.MeasuredAt, "0.1.0", "Chromium 156", "(embedded) dlnuf-catalogue.yaml", "http://127.0.0.1:5080/"), 1, 2);
        AssertSameJson(Path.Combine(_directory, "categories.json"), "categories.json");
        var container = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(_directory, "*-container.json").Single()))!;
        Assert.That(container["children"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { uuid }));
        Assert.That(File.ReadAllText(Path.Combine(_directory, "environment.properties")), Does.Contain("Catalogue=(embedded) dlnuf-catalogue.yaml"));
        Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "executor.json")))!["buildName"]!.GetValue<string>(), Is.EqualTo("20261128-220000"));
        Assert.That(Directory.GetFiles(_directory, "*.tmp-*"), Is.Empty, "files are written whole, through a temporary name");
    }

    [Test]
    public async Task The_html_report_builds_in_french_with_our_categories_the_changes_on_top_and_no_third_party_script()
    {
        var writer = new AllureWriter(Path.Combine(_directory, "results"), Sequence());
        writer.WriteResult(Fixtures.Faible());
        writer.WriteResult(Fixtures.NotMeasured());
        writer.WriteLaunch(new RunInfo("r", Fixtures.MeasuredAt, "0.1.0", "Chromium", "catalogue", null), 1, 2);
        var before = new RunSummary("20261127-220000", Fixtures.MeasuredAt.AddDays(-1), true, "catalogue", [ProcedureSummary.Of(Fixtures.NotMeasured()) with { Status = Observatoire.Probes.Scoring.MeasureStatus.Measured, Score = 3, Level = "Partiel", Failure = null }]);
        var changes = RunChanges.Compare(before, RunSummary.Of(new RunStamp("r", true), Fixtures.MeasuredAt, "catalogue", [Fixtures.Faible(), Fixtures.NotMeasured()]));

        Assert.That(AllureReport.Find(), Is.Not.Null, "the npm package `allure` is installed by `npm ci` (run.sh, test.sh and .ci/run do it)");
        var output = Path.Combine(_directory, "allure-report");
        Directory.CreateDirectory(Path.Combine(output, "stale"));
        var problem = await AllureReport.GenerateAsync(Path.Combine(_directory, "results"), output, changes, CancellationToken.None);

        Assert.That(problem, Is.Null);
        Assert.That(Directory.Exists(Path.Combine(output, "stale")), Is.False, "the report is built afresh, not into a subfolder of the last one");
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.That(index, Does.Not.Contain("googletagmanager").And.Not.Contain("gtag("), "no analytics");
        Assert.That(index, Does.Contain("\"reportLanguage\":\"fr\""));
        var categories = File.ReadAllText(Path.Combine(output, "widgets", "categories.json"));
        Assert.That(categories, Does.Contain("Site indisponible").And.Contain("Redemande des données détenues"), "Allure 3 took our categories from its configuration");
        Assert.That(categories, Does.Not.Contain("Product errors").And.Not.Contain("Test errors"));
        var variables = File.ReadAllText(Directory.GetFiles(output, "variables.json", SearchOption.AllDirectories).First());
        Assert.That(variables, Does.Contain("logement-social").And.Contain("3 (Partiel) → À venir (Site indisponible)"), "the changes are at the top of the report");
        var names = string.Join("\n", Directory.GetFiles(Path.Combine(output, "data", "test-results")).Select(File.ReadAllText));
        Assert.That(names, Does.Contain("Demande d'aide juridictionnelle — 5 (Faible)").Or.Contain("Demande d\\u0027aide juridictionnelle — 5 (Faible)"), "the score is in the name");
    }

    [TestCase("open /carte-grise/", "ouvrir /carte-grise/")]
    [TestCase("click button \"Suivant\"", "cliquer sur le bouton « Suivant »")]
    [TestCase("fill label \"Nom de naissance\" with \"${nom}\"", "remplir le champ « Nom de naissance » avec « ${nom} »")]
    [TestCase("select \"Célibataire\" in label \"Situation familiale\"", "choisir « Célibataire » dans le champ « Situation familiale »")]
    [TestCase("upload avis.pdf to label \"Avis d’imposition\"", "déposer avis.pdf dans le champ « Avis d’imposition »")]
    [TestCase("click link \"Commencer ma demande\" in frame iframe#formulaire", "cliquer sur le lien « Commencer ma demande » dans le cadre iframe#formulaire")]
    [TestCase("select \"Menu standard\" in label \"Régime alimentaire\" in frame iframe#formulaire", "choisir « Menu standard » dans le champ « Régime alimentaire » dans le cadre iframe#formulaire")]
    [TestCase("fill label \"Nom\" in frame iframe#f with \"${nom}\"", "remplir le champ « Nom » dans le cadre iframe#f avec « ${nom} »")]
    [TestCase("stop before button \"Envoyer ma demande\"", "s'arrêter avant le bouton « Envoyer ma demande » (jamais pressé)")]
    [TestCase("something else", "something else")]
    public void Steps_are_named_in_french_in_the_report(string walker, string report) =>
        Assert.That(French.Step(walker), Is.EqualTo(report));
}
