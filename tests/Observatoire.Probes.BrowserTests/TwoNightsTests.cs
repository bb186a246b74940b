using System.Text;
using Microsoft.Playwright;
using Observatoire.Probes.Testing;

namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// Two nights of the demo through `probes run`, as the nightly job runs them, then the morning review as a person does
/// it in a browser: the second night meets a changed form (its scenario updated), a form that changed under its
/// scenario, a site in error and a changed catalogue. The built report and synthesis.html must show what changed, the
/// categories and each night's score, and nothing they load may leave 127.0.0.1.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class TwoNightsTests
{
    private static readonly string[] Procedures = ["aide-juridictionnelle", "bourse-college", "cheque-energie", "logement-social", "rsa"];

    private string _work = null!;
    private string _reports = null!;

    [OneTimeSetUp]
    public async Task RunTwoNightsAsync()
    {
        _work = Path.Combine(Path.GetTempPath(), "probes-two-nights-" + BrowserFixture.RandomName());
        _reports = Path.Combine(_work, "reports");
        var first = Scenarios("night-1");
        var (exit, output, errors) = await ProbesProcess.RunAsync(["run", first, $"--Reports={_reports}", "--Retries=0"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), output + errors);

        // An author tries one scenario in the nightly's folder in between: a trial, compared on its own procedure, and
        // never the run the second night is compared with (else four procedures would read as new).
        (exit, output, errors) = await ProbesProcess.RunAsync(["run", Path.Combine(first, "bourse-college.yaml"), $"--Scenarios={first}", $"--Reports={_reports}", "--Retries=0", "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), output + errors);
        TrialConsole = output;

        // Trials in their own folder are compared with each other, and not told to go elsewhere.
        var essais = Path.Combine(_work, "essais");
        for (var i = 0; i < 2; i++)
        {
            (exit, output, errors) = await ProbesProcess.RunAsync(["run", Path.Combine(first, "bourse-college.yaml"), $"--Scenarios={first}", $"--Reports={essais}", "--Retries=0", $"--GenerateHtmlReport={i == 1}"]);
            Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), output + errors);
        }

        SecondTrialConsole = output;
        SecondTrialOverview = Directory.GetFiles(Path.Combine(essais, "allure-results"), "*-result.json")
            .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(f))!["description"]!.GetValue<string>()).Single();
        SecondTrialSynthesis = File.ReadAllText(Path.Combine(essais, "synthesis.html"));
        TrialsJoinedTheTrend = File.Exists(Path.Combine(essais, "history.jsonl")) && File.ReadAllLines(Path.Combine(essais, "history.jsonl")).Any(l => l.Trim().Length > 0);

        var second = Scenarios("night-2");
        // A changed form whose scenario was updated: the walk goes through, its fields are worded otherwise.
        Edit(second, "cheque-energie", ("start: /cheque-energie/", "start: /cheque-energie/?fault=drift"), ("link: Commencer la démarche", "link: Démarrer"),
            ("label: Le numéro fiscal", "label: Votre identifiant fiscal"), ("label: Adresse électronique", "label: Courriel"), ("click: Valider", "click: Poursuivre"));
        // A form that changed under its scenario, and a site in error.
        Edit(second, "aide-juridictionnelle", ("start: /aide-juridictionnelle/", "start: /aide-juridictionnelle/?fault=drift"));
        Edit(second, "logement-social", ("start: /logement-social/", "start: /logement-social/?fault=500"));
        // A changed catalogue: a proof of address is no longer held, bank details are.
        var catalogue = File.ReadAllText(Path.Combine(Repository.Root, "src", "Observatoire.Probes.Core", "Catalogue", "dlnuf-catalogue.yaml"));
        catalogue = Held(Held(catalogue, "address.proof", "not_held"), "bank.rib", "held");
        File.WriteAllText(Path.Combine(_work, "catalogue.yaml"), catalogue);

        (exit, output, errors) = await ProbesProcess.RunAsync(["run", second, $"--Reports={_reports}", "--Retries=0", $"--Catalogue={Path.Combine(_work, "catalogue.yaml")}"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.NotMeasured), output + errors);
        NightTwoConsole = output;
    }

    private string NightTwoConsole { get; set; } = "";

    private string TrialConsole { get; set; } = "";

    private string SecondTrialConsole { get; set; } = "";

    private string SecondTrialOverview { get; set; } = "";

    private string SecondTrialSynthesis { get; set; } = "";

    private bool TrialsJoinedTheTrend { get; set; }

    [Test]
    public void A_trial_run_in_between_is_compared_on_its_own_procedures_and_skipped_by_the_next_night()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TrialConsole, Does.Contain("Changements depuis la mesure du").And.Contain(": aucun").And.Contain("(essai : moins de la moitié des scénarios"));
            Assert.That(TrialConsole, Does.Not.Contain("absente"), "the procedures it did not run are not missing");
            Assert.That(NightTwoConsole, Does.Not.Contain("nouvelle"), "the second night is compared with the first, not with the trial");
            Assert.That(NightTwoConsole, Does.Not.Contain("(essai"));
            Assert.That(TrialConsole, Does.Contain("pour un essai, --Reports=reports/essais"), "a trial in the nightly's folder is told where trials belong");
            Assert.That(SecondTrialConsole, Does.Contain("Changements depuis la mesure du").And.Contain("(essai").And.Not.Contain("pour un essai"), "trials in their own folder compare with each other");
            Assert.That(SecondTrialOverview, Does.Contain("**Depuis la mesure du "), "the report's overview is read against the run the console compared with");
            Assert.That(SecondTrialSynthesis, Does.Contain("(essai)</h1>").And.Contain("n'est pas une mesure de l'observatoire"), "a trial's synthesis says it is one");
            Assert.That(TrialsJoinedTheTrend, Is.False, "a trial's report does not join Allure's trend");
        });
    }

    [OneTimeTearDown]
    public void Delete()
    {
        // Someone taking screenshots may want to open the two nights' reports too.
        if (Directory.Exists(_work) && Environment.GetEnvironmentVariable("OBSERVATOIRE_SCREENSHOTS") is null)
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void The_console_summary_starts_with_what_changed()
    {
        var summary = NightTwoConsole[NightTwoConsole.IndexOf("Changements depuis la mesure du", StringComparison.Ordinal)..];
        Assert.That(summary.IndexOf("Procédure", StringComparison.Ordinal), Is.GreaterThan(0), "the changes come before the table");
        Assert.That(summary, Does.Contain("aide-juridictionnelle").And.Contain("8 (Faible) → À venir (Formulaire modifié)"));
        Assert.That(summary, Does.Contain("7 (Faible) → À venir (Site indisponible)"));
        Assert.That(summary, Does.Contain("0 (Optimal) → 1 (Optimal)"), "a score going from 0 to 1 leaves a trace");
        Assert.That(summary, Does.Contain("champ(s) apparu(s)").And.Contain("champ(s) disparu(s)"));
    }

    [Test]
    public async Task The_report_shows_the_changes_the_categories_and_each_nights_score_without_leaving_the_machine()
    {
        using var site = new LoopbackFiles(_reports);
        await using var reader = await ReaderBrowser.StartAsync();
        var page = await reader.Context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, "allure-report/index.html").ToString());

        var variables = page.GetByTestId("metadata-item");
        await Assertions.Expect(variables.Filter(new() { HasText = "Changements" })).ToContainTextAsync("démarche(s) depuis la mesure du");
        await Assertions.Expect(variables.Filter(new() { HasText = "aide-juridictionnelle" })).ToContainTextAsync("8 (Faible) → À venir (Formulaire modifié)");
        await Assertions.Expect(variables.Filter(new() { HasText = "logement-social" })).ToContainTextAsync("À venir (Site indisponible)");
        await Assertions.Expect(variables.Filter(new() { HasText = "bourse-college" })).ToContainTextAsync("0 (Optimal) → 1 (Optimal)");
        await Shot(page, "rapport-changements.png");
        await FindAsync(page, "collège");
        await Assertions.Expect(page.GetByTestId("tree-leaf-title")).ToHaveTextAsync(["Demande de bourse de collège — 1 (Optimal)"]);

        await page.GetByTestId("nav-tab-categories").ClickAsync();
        var main = page.Locator("#app");
        await Assertions.Expect(main).ToContainTextAsync("Formulaire modifié : scénario à mettre à jour");
        await Assertions.Expect(main).ToContainTextAsync("Site indisponible");
        await Assertions.Expect(main).ToContainTextAsync("Redemande des données détenues (Partiel ou Faible)");
        await Assertions.Expect(main).Not.ToContainTextAsync("Product errors");

        await page.GetByTestId("nav-tab-results").ClickAsync();
        await FindAsync(page, "collège");
        await page.GetByTestId("tree-leaf-title").Filter(new() { HasText = "Demande de bourse de collège" }).ClickAsync();
        // Tonight is the result itself; the history tab lists the nights before, each with its score once opened.
        await Assertions.Expect(page.GetByTestId("test-result-info-title")).ToContainTextAsync("1 (Optimal)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Historique" }).ClickAsync();
        var nights = page.GetByTestId("test-result-history-item");
        await Assertions.Expect(nights).ToHaveCountAsync(1);
        await nights.GetByLabel("toggle history error").ClickAsync();
        await Assertions.Expect(nights).ToContainTextAsync("Score_DLNUF 0 (Optimal)");
        await Shot(page, "rapport-historique.png");

        // The procedure's own overview says it too, with the item that made the difference.
        await page.GetByRole(AriaRole.Button, new() { Name = "Vue d'ensemble" }).ClickAsync();
        var description = page.FrameLocator("[data-testid=test-result-description-frame]").Locator("body");
        await Assertions.Expect(description).ToContainTextAsync("0 (Optimal) → 1 (Optimal)");
        await Assertions.Expect(description).ToContainTextAsync("désormais comptée : Coordonnées bancaires");

        Assert.That(reader.LeavingTheMachine, Is.Empty, "the report loads nothing from outside 127.0.0.1");
        Assert.That(reader.Requests, Is.Not.Empty);
    }

    [Test]
    public async Task The_synthesis_shows_levels_trend_changes_and_what_to_plug_first_offline()
    {
        await using var reader = await ReaderBrowser.StartAsync();
        var page = await reader.Context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_reports, "synthesis.html")).ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Synthèse de la mesure du");
        var changes = page.Locator("#section-changements");
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "Demande d’aide juridictionnelle" })).ToContainTextAsync("À venir (Formulaire modifié)");
        await Assertions.Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "Demande de chèque énergie" })).ToContainTextAsync("champ(s) apparu(s)");
        var ministries = page.GetByRole(AriaRole.Region, new() { Name = "Par ministère et administration" });
        await Assertions.Expect(ministries.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ensemble" })).ToContainTextAsync("5");
        var trend = page.GetByRole(AriaRole.Region, new() { Name = "Évolution" });
        await Assertions.Expect(trend.Locator("svg circle")).ToHaveCountAsync(2);
        var plug = page.GetByRole(AriaRole.Region, new() { Name = "Quelles données brancher en premier" });
        await Assertions.Expect(plug.GetByRole(AriaRole.Row).Filter(new() { HasText = "État civil" })).ToContainTextAsync("FranceConnect");
        await Shot(page, "synthese.png", fullPage: true);
        await changes.ScrollIntoViewIfNeededAsync();
        await Shot(page, "synthese-changements.png", element: changes);

        Assert.That(reader.LeavingTheMachine, Is.Empty, "the synthesis loads nothing: one file");
        Assert.That(File.ReadAllBytes(Path.Combine(_reports, "synthesis.pdf")).Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "the printable page");
    }

    [Test]
    public void Each_night_is_kept_with_its_export_and_the_changes_are_files_for_french_excel()
    {
        var runs = Directory.GetDirectories(Path.Combine(_reports, "runs")).Order(StringComparer.Ordinal).ToList();
        Assert.That(runs, Has.Count.EqualTo(3), "the two nights and the trial between them");
        Assert.That(runs.Select(r => File.Exists(Path.Combine(r, "summary.json")) && File.Exists(Path.Combine(r, "indicator.csv"))), Is.All.True);

        var bytes = File.ReadAllBytes(Path.Combine(_reports, "changes.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("Identifiant_sonde;Nom_Demarche;"));
        Assert.That(lines, Has.Some.Contains("Champ apparu").And.Some.Contains("Élément plus compté").And.Some.Contains("Formulaire modifié"));

        var indicator = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_reports, "indicator.csv"))[3..]).Split("\r\n");
        Assert.That(indicator.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]), Has.All.StartWith("DEMO-"), "ID_Demarche comes from observatoire_id");
        Assert.That(File.Exists(Path.Combine(_reports, "indicator.xlsx")), Is.True);
    }

    /// <summary>Searches the report's list and opens the groups down to the procedure (groups that all passed start closed).</summary>
    private static async Task FindAsync(IPage page, string text)
    {
        await page.GetByPlaceholder("Rechercher des tests").FillAsync(text);
        await Assertions.Expect(page.GetByTestId("tree-leaf-title").Filter(new() { HasNotText = text })).ToHaveCountAsync(0);
        for (var depth = 0; depth < 4 && await page.GetByTestId("tree-leaf-title").CountAsync() == 0; depth++)
        {
            await page.GetByTestId("tree-section-title").Last.ClickAsync();
        }
    }

    private string Scenarios(string name)
    {
        var folder = Repository.CopyScenarios(Path.Combine(_work, name), Procedures);
        return folder;
    }

    private static void Edit(string folder, string id, params (string From, string To)[] edits)
    {
        var path = Path.Combine(folder, id + ".yaml");
        var text = File.ReadAllText(path);
        foreach (var (from, to) in edits)
        {
            Assert.That(text, Does.Contain(from), $"{id}.yaml");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
    }

    private static string Held(string catalogue, string item, string held)
    {
        var at = catalogue.IndexOf($"- id: {item}\n", StringComparison.Ordinal);
        var line = catalogue.IndexOf("held: ", at, StringComparison.Ordinal);
        var end = catalogue.IndexOf('\n', line);
        return catalogue[..line] + "held: " + held + catalogue[end..];
    }

    /// <summary>Screenshots for a person to look at, when OBSERVATOIRE_SCREENSHOTS names a folder.</summary>
    private static async Task Shot(IPage page, string name, bool fullPage = false, ILocator? element = null)
    {
        if (Environment.GetEnvironmentVariable("OBSERVATOIRE_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        TestContext.Progress.WriteLine("two nights' reports: " + TestContext.CurrentContext.WorkDirectory);
        var path = Path.Combine(folder, name);
        if (element is not null)
        {
            await element.ScreenshotAsync(new() { Path = path });
        }
        else
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        }
    }
}
