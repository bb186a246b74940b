using System.Text.Json.Nodes;
using Observatoire.Probes.Testing;
using ExitCodes = Observatoire.Probes.Testing.ProbesProcess;

namespace Observatoire.Probes.BrowserTests;

/// <summary>`probes run` end to end, the way the nightly job calls it: real files in, real files out.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class CliTests
{
    [Test]
    public async Task The_fields_a_walk_read_replay_through_probes_classify_to_the_decisions_of_the_evidence()
    {
        // A ministry that contests a decision, or an author trying a wording, replays the fields the evidence publishes:
        // `probes classify` gives each the item, count and confidence of the field table, with the persona's values and the
        // site's pre-filled values out of the file (FranceConnect's identity on the CSS pages).
        using var work = new WorkFolder("probes-replay");
        var scenarios = work.Scenarios(["logement-social", "complementaire-sante-solidaire", "aide-tpe"]);
        var reports = work.Path("reports");
        var (exit, output, stderr) = await ProbesProcess.RunAsync(
            ["run", scenarios, $"--Reports={reports}", "--Workers=2", "--GenerateHtmlReport=false", "--Secrets:franceconnect_login=test", "--Secrets:franceconnect_password=123"]);
        Assert.That(output, Does.Contain("logement-social").And.Contain("complementaire-sante-solidaire").And.Contain("aide-tpe"), output + stderr);

        var results = Path.Combine(reports, "allure-results");
        var replayed = 0;
        foreach (var file in Directory.GetFiles(results, "*-result.json"))
        {
            var result = JsonNode.Parse(File.ReadAllText(file))!;
            var attachments = result["attachments"]!.AsArray();
            var lines = attachments.Single(a => a!["name"]!.GetValue<string>().StartsWith("Champs lus", StringComparison.Ordinal))!;
            var table = attachments.Single(a => a!["name"]!.GetValue<string>() == "Tableau des champs (toutes pages)")!;
            var observed = Path.Combine(results, lines["source"]!.GetValue<string>());
            var text = File.ReadAllText(observed);
            Assert.That(text, Does.Not.Contain("GARCIA").And.Not.Contain("0612345678").And.Not.Contain("69100").And.Not.Contain("DUBOIS"), "no persona value");
            var (code, decided, error) = await ProbesProcess.RunAsync(["classify", observed]);
            Assert.That(code, Is.EqualTo(0), error);
            var rows = File.ReadAllLines(Path.Combine(results, table["source"]!.GetValue<string>())).Skip(1).Select(Csv).ToList();
            var replies = decided.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
            Assert.That(replies, Has.Count.EqualTo(rows.Count), observed);
            for (var i = 0; i < rows.Count; i++)
            {
                var reply = replies[i];
                var row = rows[i];
                if (row[12].StartsWith("champ d'une page de connexion", StringComparison.Ordinal) || row[12].Contains("format de la valeur affichée", StringComparison.Ordinal))
                {
                    continue; // the runner reads a sign-in page's unrecognised field as a credential; a value shown is not published
                }

                var replay = (Item: (string?)reply["item"] ?? "", Counted: reply["counted"]!.GetValue<bool>() ? "oui" : "non",
                    Confidence: reply["confidence"]!.GetValue<double>().ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")),
                    Prefilled: reply["prefilled"]!.GetValue<bool>() ? "oui" : "non");
                Assert.That(replay, Is.EqualTo((row[4], row[7], row[10], row[6])), $"{Path.GetFileName(observed)} line {i + 1}: {row[1]}");
                replayed++;
            }
        }

        Assert.That(replayed, Is.GreaterThan(20), "fields replayed");

        static string[] Csv(string line)
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            return [.. cells];
        }
    }

    [Test]
    public async Task Run_measures_the_valid_scenarios_records_the_broken_one_as_not_measured_and_writes_every_output()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-cli-" + BrowserFixture.RandomName());
        var scenarios = Path.Combine(work, "scenarios");
        Directory.CreateDirectory(scenarios);
        try
        {
            Repository.CopyScenarios(scenarios, "cheque-energie", "aide-juridictionnelle", "creche");
            File.WriteAllText(Path.Combine(scenarios, "casse.yaml"), "procedure:\n  id: casse\n  titel: x\n");
            // A misspelt step in a scenario whose `procedure` block is right: the row keeps the procedure's own identity.
            var creche = Path.Combine(scenarios, "creche.yaml");
            File.WriteAllText(creche, new System.Text.RegularExpressions.Regex("- fill:").Replace(File.ReadAllText(creche), "- fil:", 1));
            var (exit, output, stderr) = await ProbesProcess.RunAsync(
                ["run", scenarios, $"--Reports={Path.Combine(work, "reports")}", "--Workers=2", "--Secrets:franceconnect_login=test", "--Secrets:franceconnect_password=123"]);

            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), output + stderr);
                Assert.That(stderr, Does.Contain("casse.yaml:3:3: unknown key `titel` in `procedure` (did you mean `title`?)"));
                Assert.That(output, Does.Contain("✓ cheque-energie").And.Contain("✗ aide-juridictionnelle").And.Contain("Faible"));
                Assert.That(output, Does.Contain("! casse").And.Contain("ScenarioError: le scénario ne peut pas être lu : ").And.Contain("casse.yaml:2:3: `procedure` is missing `title`")
                    .And.Contain("autre(s) problème(s)) ; corrigez-le (`probes validate "));
                Assert.That(output, Does.Contain("Rapport HTML :"), stderr);
            });

            var reports = Path.Combine(work, "reports");
            // One result per procedure (the broken file's under its file name: its `procedure` block is wrong), beside an
            // earlier attempt of a walk the machine's load made fail once (a retry).
            Assert.That(Directory.GetFiles(Path.Combine(reports, "allure-results"), "*-result.json").Select(f => (string)JsonNode.Parse(File.ReadAllText(f))!["historyId"]!).Distinct().Count(), Is.EqualTo(4));
            Assert.That(File.Exists(Path.Combine(reports, "allure-report", "index.html")), Is.True);
            var csv = File.ReadAllLines(Path.Combine(reports, "indicator.csv"));
            Assert.That(csv, Has.Length.EqualTo(5), "the broken scenarios' procedures are in the export, not left out");
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "indicator.json")))!.AsArray();
            var measured = json.Where(r => r!["Statut_mesure"]!.GetValue<string>() != "Non mesurée").ToList();
            Assert.That(measured.Select(r => r!["Niveau_DLNUF"]!.GetValue<string>()), Is.EqualTo(new[] { "Faible", "Optimal" }), "the export agrees with the report");
            var broken = json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "casse")!;
            Assert.Multiple(() =>
            {
                Assert.That(broken["Statut_mesure"]!.GetValue<string>(), Is.EqualTo("Non mesurée"));
                Assert.That(broken["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Scénario à corriger"));
                var misspelt = json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "creche")!;
                Assert.That(misspelt["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("DEMO-009"));
                Assert.That(misspelt["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Scénario à corriger"));
                Assert.That(output, Does.Contain("creche.yaml:").And.Contain("unknown action `fil` (did you mean `fill`?)"));
                Assert.That(File.ReadAllText(Path.Combine(reports, "synthesis.html")), Does.Contain("2 démarche(s) mesurée(s) sur 4"));
            });

            // Mended, the scenario is walked by a resumed run; the one still broken keeps its row.
            File.WriteAllText(creche, File.ReadAllText(creche).Replace("- fil:", "- fill:", StringComparison.Ordinal));
            (exit, output, stderr) = await ProbesProcess.RunAsync(
                ["run", scenarios, $"--Reports={reports}", "--resume", "--GenerateHtmlReport=false", "--Secrets:franceconnect_login=test", "--Secrets:franceconnect_password=123"]);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), output + stderr);
            Assert.That(output, Does.Contain("(reprise : 2 déjà mesurée(s))").And.Contain("creche").And.Not.Contain("! creche"));
            Assert.That(output, Does.Contain("cette exécution s'était achevée le").And.Contain("pour une nouvelle nuit, lancez sans --resume"), "last night is not taken for tonight");
            json = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "indicator.json")))!.AsArray();
            Assert.That(json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "creche")!["Statut_mesure"]!.GetValue<string>(), Is.Not.EqualTo("Non mesurée"));
            Assert.That(json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "casse")!["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Scénario à corriger"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public async Task A_night_after_a_copy_kept_its_models_id_and_a_file_lost_its_syntax_keeps_each_procedures_row()
    {
        // A nightly review's findings: a copy that kept its model's id walked under that name with its own title and row
        // (the model's row gone, the morning review « aucun »); a YAML error anywhere in a file emptied its procedure's row.
        using var work = new WorkFolder("probes-night");
        var scenarios = work.Scenarios(["cheque-energie", "creche", "bourse-college"]);
        string[] run = ["run", scenarios, $"--Scenarios={scenarios}", $"--Reports={work.Path("reports")}", "--GenerateHtmlReport=false"];
        var (exit, output, stderr) = await ProbesProcess.RunAsync(run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output + stderr);

        var model = Path.Combine(scenarios, "cheque-energie.yaml");
        File.WriteAllText(Path.Combine(scenarios, "cheque-energie-copie.yaml"), File.ReadAllText(model)
            .Replace("title: Demande de chèque énergie", "title: Aide au chauffage", StringComparison.Ordinal)
            .Replace("\"DEMO-007\"", "\"DEMO-099\"", StringComparison.Ordinal));
        var creche = Path.Combine(scenarios, "creche.yaml");
        var crecheText = File.ReadAllText(creche);
        File.WriteAllText(creche, crecheText.Replace("    commune: Lyon", "    commune: \"Lyon", StringComparison.Ordinal));
        (exit, output, stderr) = await ProbesProcess.RunAsync(run);

        Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), output + stderr);
        var json = JsonNode.Parse(File.ReadAllText(work.Path("reports", "indicator.json")))!.AsArray();
        var row = (string id) => json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == id)!;
        Assert.Multiple(() =>
        {
            Assert.That(json.Select(r => r!["Identifiant_sonde"]!.GetValue<string>()), Is.EquivalentTo(new[] { "bourse-college", "cheque-energie", "creche" }));
            Assert.That(row("cheque-energie")["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("DEMO-007"), "the model's row, as its file says");
            Assert.That(row("cheque-energie")["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Scénario à corriger"), "neither file is walked");
            Assert.That(stderr, Does.Contain("cheque-energie.yaml:7:7: procedure id `cheque-energie` is also used by").And.Contain("cheque-energie-copie.yaml:7:7"));
            Assert.That(row("creche")["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("DEMO-009"), "last night's row");
            Assert.That(row("creche")["Nom_Demarche"]!.GetValue<string>(), Is.EqualTo("Demande de place en crèche"));
            Assert.That(row("creche")["Motif_non_mesure"]!.GetValue<string>(), Is.EqualTo("Scénario à corriger"));
            Assert.That(output, Does.Contain("cheque-energie").And.Contain("→ À venir (Scénario à corriger)"), "the morning review says what broke");
        });

        // A third night: a copy of the broken file (its own id) keeps the row: the broken one does not take it again.
        File.WriteAllText(Path.Combine(scenarios, "creche-bis.yaml"), crecheText.Replace("id: creche", "id: creche-bis", StringComparison.Ordinal));
        (exit, output, stderr) = await ProbesProcess.RunAsync(run);
        json = JsonNode.Parse(File.ReadAllText(work.Path("reports", "indicator.json")))!.AsArray();
        Assert.That(json.Where(r => r!["ID_Demarche"]?.GetValue<string>() == "DEMO-009").Select(r => r!["Identifiant_sonde"]!.GetValue<string>()), Is.EqualTo(new[] { "creche-bis" }),
            "never two rows of one ID_Demarche");

        // A fourth night without the copy: the row is the broken file's procedure's again, from the last night it had it.
        File.Delete(Path.Combine(scenarios, "creche-bis.yaml"));
        (exit, output, stderr) = await ProbesProcess.RunAsync(run);
        json = JsonNode.Parse(File.ReadAllText(work.Path("reports", "indicator.json")))!.AsArray();
        Assert.That(json.Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "creche")!["ID_Demarche"]!.GetValue<string>(), Is.EqualTo("DEMO-009"), output + stderr);
    }

    [Test]
    public async Task A_level_fields_a_revoir_can_move_is_to_confirm_until_a_reviewer_settles_them()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-settle-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(work);
        try
        {
            // An association's form counts 5 items (Faible); its approval is counted but « à revoir »: without it, 4 (Partiel).
            Repository.CopyScenarios(work, "cheque-energie");
            var site = Directory.CreateDirectory(Path.Combine(work, "site")).FullName;
            File.WriteAllText(Path.Combine(site, "demande.html"), ReviewForm.Html);
            using var server = new LoopbackFiles(site);
            var file = Path.Combine(work, "subvention-fonctionnement.yaml");
            File.WriteAllText(file, $$"""
                procedure: { id: subvention-fonctionnement, title: Subvention de fonctionnement, ministry: Sports, administration: Département, public: associations, start: "{{new Uri(server.BaseUrl, "demande.html")}}", franceconnect: Non }
                persona: { id: tresorier, values: { nom: Martin } }
                steps:
                  - stop_before: Envoyer ma demande

                """);
            var console = "";
            async Task<(JsonNode Export, JsonNode Evidence, string Synthesis)> RunAsync(string name)
            {
                var reports = Path.Combine(work, name);
                var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["run", work, $"--Reports={reports}", "--Workers=2", "--GenerateHtmlReport=false"]);
                Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + stderr);
                console = stdout;
                var export = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "indicator.json")))!;
                var evidence = Directory.GetFiles(Path.Combine(reports, "allure-results"), "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!)
                    .Where(r => r["name"]!.GetValue<string>().Contains("Subvention de fonctionnement", StringComparison.Ordinal)).MaxBy(r => (long)r["stop"]!)!; // its last attempt
                return (export, evidence, File.ReadAllText(Path.Combine(reports, "synthesis.html")));
            }

            string? ToConfirm(JsonNode export, string id) => export.AsArray().Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == id)!["Niveau_a_confirmer"]?.GetValue<string>();
            IEnumerable<string> Tags(JsonNode evidence) => evidence["labels"]!.AsArray().Where(l => l!["name"]!.GetValue<string>() == "tag").Select(l => l!["value"]!.GetValue<string>());

            var before = await RunAsync("before");
            Assert.Multiple(() =>
            {
                Assert.That(ToConfirm(before.Export, "subvention-fonctionnement"), Is.EqualTo("Partiel à Faible"), "premise: the second reading still doubts the approval (else pick another field it doubts)");
                Assert.That(console, Does.Contain("[niveau à confirmer : Partiel à Faible]"), "the run's console says it under the procedure");
                Assert.That(ToConfirm(before.Export, "cheque-energie"), Is.Null, "no field « à revoir » can move it");
                Assert.That(Tags(before.Evidence), Does.Contain("niveau à confirmer"));
                Assert.That(before.Evidence["description"]!.GetValue<string>(), Does.Contain("**Niveau à confirmer** : selon la relecture des champs « à revoir », le score irait de 4 à 5 (Partiel à Faible)"));
                Assert.That(before.Synthesis, Does.Contain("<span class=\"value\">1</span><span class=\"label\">démarche dont le niveau dépend de ces champs"));
            });

            // The author's debug loop says it too.
            var check = await ProbesProcess.RunAsync(["check", file]);
            Assert.That(check.Out, Does.Contain("level to confirm: Partiel à Faible (score 4 to 5 depending on the fields « à revoir »)"), check.Out + check.Err);

            // The reviewer confirms the counted approval: the level no longer depends on the review.
            File.AppendAllText(file, """

                overrides:
                  - field: Agrément jeunesse et éducation populaire, sous le N° d’agrément
                    item: other.held
                    counted: true
                    reason: l'agrément est connu du service de l'État qui l'a délivré
                    reviewer: J. Martin (DINUM)
                    date: 2026-12-05

                """);
            var after = await RunAsync("after");
            Assert.Multiple(() =>
            {
                Assert.That(ToConfirm(after.Export, "subvention-fonctionnement"), Is.Null);
                Assert.That(after.Export.AsArray().Single(r => r!["Identifiant_sonde"]!.GetValue<string>() == "subvention-fonctionnement")!["Niveau_DLNUF"]!.GetValue<string>(), Is.EqualTo("Faible"));
                Assert.That(Tags(after.Evidence), Does.Not.Contain("niveau à confirmer"));
                Assert.That(after.Evidence["description"]!.GetValue<string>(), Does.Not.Contain("Niveau à confirmer"));
                Assert.That(after.Synthesis, Does.Contain("<span class=\"value\">0</span><span class=\"label\">démarche dont le niveau dépend de ces champs"));
            });

            // A decision whose field is mistyped decides nothing: the debug loop says so, with the field it likely meant.
            File.AppendAllText(file, """
                  - field: Agrément jeunesse et éducation populaire, sous le N° d’agrémentt
                    item: other.held
                    counted: true
                    reason: une faute de frappe
                    reviewer: J. Martin (DINUM)

                """);
            check = await ProbesProcess.RunAsync(["check", file]);
            Assert.That(check.Out, Does.Contain("≠ override: ").And.Contain("« Agrément jeunesse et éducation populaire, sous le N° d’agrémentt » n'est pas sur le formulaire").And.Contain("(le champ « Agrément jeunesse et éducation populaire, sous le N° d’agrément » ?)"), check.Out + check.Err);
            // ... and so does the night's run, under the procedure's line.
            var run = await ProbesProcess.RunAsync(["run", file, $"--Reports={Path.Combine(work, "essai")}", "--no-report"]);
            Assert.That(run.Out, Does.Contain("≠ override: ").And.Contain("« Agrément jeunesse et éducation populaire, sous le N° d’agrémentt » n'est pas sur le formulaire"), run.Out + run.Err);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public async Task A_site_in_error_is_retried_then_reported_not_measured_with_every_attempt_in_the_evidence()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-retry-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(work);
        try
        {
            var file = Path.Combine(Repository.CopyScenarios(work, "cheque-energie"), "cheque-energie.yaml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("start: /cheque-energie/", "start: /cheque-energie/?fault=500", StringComparison.Ordinal));
            var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["run", work, $"--Reports={Path.Combine(work, "reports")}", "--Retries=1", "--RetryBackoffSeconds=0.1", "--GenerateHtmlReport=false"]);

            Assert.That(exit, Is.EqualTo(ExitCodes.NotMeasured), stdout + stderr);
            Assert.That(stdout, Does.Contain("↻ cheque-energie").And.Contain("! cheque-energie").And.Contain("À venir"));
            var attempts = Directory.GetFiles(Path.Combine(work, "reports", "allure-results"), "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
            Assert.That(attempts, Has.Count.EqualTo(2));
            Assert.That(attempts.Select(a => a["historyId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1), "Allure groups the attempts as retries");
            Assert.That(attempts.Select(a => a["status"]!.GetValue<string>()), Is.All.EqualTo("broken"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public async Task Check_walks_one_scenario_step_by_step_and_names_the_fix_without_writing_reports()
    {
        var work = Path.Combine(Path.GetTempPath(), "probes-check-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(work);
        try
        {
            var yaml = File.ReadAllText(Path.Combine(Repository.CopyScenarios(work, "cheque-energie"), "cheque-energie.yaml")).ReplaceLineEndings("\n");
            File.WriteAllText(Path.Combine(work, "casse.yaml"), yaml.Replace("label: La référence d’avis,", "label: Référence avis fiscal,", StringComparison.Ordinal)
                .Replace("  test_environment: false\n", "  public: professionnels\n", StringComparison.Ordinal)); // same line count: steps keep their lines

            var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["check", "cheque-energie.yaml"], workingDirectory: work);
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + stderr);
            Assert.That(stdout, Does.Contain($"✓ {StepAt(yaml, "Le numéro fiscal"),-10} fill label \"Le numéro fiscal\"")
                .And.Contain("Le numéro fiscal").And.Contain("→ tax.identifiers")
                .And.Contain($"✓ stopped at {StepAt(yaml, "stop_before")}: stop before button \"Envoyer ma demande\"")
                .And.Contain($"✓ {StartAt(yaml),-10} open /cheque-energie/")
                .And.Contain("Optimal, Score_DLNUF 0"));

            (exit, stdout, stderr) = await ProbesProcess.RunAsync(["check", "casse.yaml", "--Browser:ActionTimeoutSeconds=2"], workingDirectory: work);
            Assert.That(exit, Is.EqualTo(ExitCodes.NotMeasured), stdout + stderr);
            Assert.That(File.ReadAllText(Path.Combine(work, "casse.yaml")), Does.Contain("  public: professionnels\n"), "the copy is marked");
            Assert.That(stdout.Split('\n')[0].TrimEnd('\r'), Does.EndWith("; read as a structure's procedure (public: professionnels)"), "the header says the context that changes the reading");
            Assert.That(stdout, Does.Contain($"✗ {StepAt(yaml, "La référence d’avis")}").And.Contain("le champ « Référence avis fiscal » est introuvable").And.Contain("Libellés les plus proches sur la page : « La référence d’avis d’imposition »"));
            Assert.That(Directory.GetFileSystemEntries(work).Select(Path.GetFileName), Is.EquivalentTo(new[] { "cheque-energie.yaml", "casse.yaml", "files", "personas", "fragments" }), "no report written");

            (exit, _, stderr) = await ProbesProcess.RunAsync(["check", "."], workingDirectory: work);
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(stderr, Does.Contain("give one scenario file"));

            // --headed where there is no display: the advice is the display, not installing a browser that is there.
            var noDisplay = new Dictionary<string, string> { ["DISPLAY"] = "", ["WAYLAND_DISPLAY"] = "" };
            (exit, stdout, stderr) = await ProbesProcess.RunAsync(["check", "cheque-energie.yaml", "--headed"], environment: noDisplay, workingDirectory: work);
            Assert.That(exit, Is.EqualTo(ExitCodes.Failure), stdout + stderr);
            Assert.That(stderr, Does.Contain("a besoin d'un écran").And.Contain("xvfb-run").And.Not.Contain("Installez Chromium"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The position (line:column) of the procedure's `start` value: the walk's first step, opening it.</summary>
    private static string StartAt(string yaml)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("start:", StringComparison.Ordinal));
        return $"{index + 1}:{lines[index].IndexOf("start:", StringComparison.Ordinal) + "start: ".Length + 1}";
    }

    /// <summary>The position (line:column) of the step whose line holds <paramref name="text"/>.</summary>
    private static string StepAt(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal));
        return $"{index + 1}:{lines[index].IndexOf('-', StringComparison.Ordinal) + 3}";
    }
}
