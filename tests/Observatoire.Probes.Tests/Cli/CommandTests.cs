using System.Globalization;
using System.Text.Json.Nodes;
using Observatoire.Probes.Testing;
using ExitCodes = Observatoire.Probes.Testing.ProbesProcess;

namespace Observatoire.Probes.Tests.Cli;

/// <summary>`probes classify`, `validate` and the command line, run as a user runs them (no browser needed).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CommandTests
{
    private static Task<(int Exit, string Out, string Err)> Probes(string[] args, string stdin = "") => ProbesProcess.RunAsync(args, stdin);

    [Test]
    public async Task Classify_writes_one_decision_per_line_in_order_and_flags_bad_lines()
    {
        const string input = """
            {"id": "f1", "label": "Revenu fiscal de référence", "input": "number"}
            {"id": "f2", "label": "Numéro fiscal", "hint": "13 chiffres"}

            {"id": "f3", "label": "Nom", "value": "DUBOIS", "readonly": true}
            {"label": "sans id"}
            {"id": "f5", "label": "Courriel", "input": "email", "options": ["a", "b"]}
            """;

        var (exit, output, errors) = await Probes(["classify", "-"], input);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(lines, Has.Count.EqualTo(6), "one output line per input line, blank ones included");
            Assert.That(lines.Select(l => l["id"]?.GetValue<string>()), Is.EqualTo(new[] { "f1", "f2", null, "f3", null, "f5" }));
            Assert.That(lines[2]!["skipped"]!.GetValue<string>(), Is.EqualTo("blank line"));
            Assert.That(lines[0]!["item"]!.GetValue<string>(), Is.EqualTo("tax.income"));
            Assert.That(lines[0]!["counted"]!.GetValue<bool>(), Is.True);
            Assert.That(lines[0]!["held"]!.GetValue<bool>(), Is.True);
            Assert.That(lines[0]!["provider"]!.GetValue<string>(), Is.EqualTo("DGFiP"));
            Assert.That(lines[1]!["key"]!.GetValue<bool>(), Is.True);
            Assert.That(lines[3]!["counted"]!.GetValue<bool>(), Is.False, "pre-filled");
            Assert.That(lines[4]!["error"]!.GetValue<string>(), Does.StartWith("<stdin>:5:1: missing \"id\""));
            Assert.That(lines[5]!["held"]!.GetValue<bool>(), Is.False);
            Assert.That(errors, Does.Contain("<stdin>:5:1"));
        });
    }

    [Test]
    public async Task Classify_reads_whom_the_procedure_is_for_from_the_public_key()
    {
        const string input = """
            {"id": "a", "label": "Nom", "section": "Vos coordonnées"}
            {"id": "b", "label": "Nom", "section": "Vos coordonnées", "public": "professionnels"}
            {"id": "c", "label": "Nom", "public": "professionel"}
            """;

        var (exit, output, _) = await Probes(["classify", "-"], input);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), "one line names no known public");
            Assert.That((lines[0]["item"]!.GetValue<string>(), lines[0]["counted"]!.GetValue<bool>()), Is.EqualTo(("identity.civil", true)));
            Assert.That((lines[1]["item"]!.GetValue<string>(), lines[1]["counted"]!.GetValue<bool>()), Is.EqualTo(("other.not_held", false)));
            Assert.That(lines[1]["reason"]!.GetValue<string>(), Does.Contain("donnée professionnelle de qui la dépose"));
            Assert.That(lines[2]["error"]!.GetValue<string>(), Does.Contain("\"public\" must be one of particuliers, professionnels, associations").And.Contain("did you mean \"professionnels\"?"));
        });
    }

    [Test]
    public async Task Classify_reads_lines_in_order_as_a_page_shows_them()
    {
        // The address after the employer's name, under the same page, is the employer's; on another page, or in another
        // procedure, it is the person's.
        const string input = """
            {"id": "employeur", "label": "Nom de l'employeur", "page": "Votre emploi"}
            {"id": "adresse", "label": "Adresse", "page": "Votre emploi"}
            {"id": "domicile", "label": "Adresse", "page": "Votre domicile"}
            {"id": "p1", "procedure": "emploi", "label": "Nom de l'employeur"}
            {"id": "p2", "procedure": "logement", "label": "Adresse"}
            """;

        var (exit, output, _) = await Probes(["classify", "-"], input);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
            Assert.That(lines.Select(l => l["counted"]!.GetValue<bool>()), Is.EqualTo(new[] { false, false, true, false, true }), "a line of another procedure starts a new reading");
            Assert.That(lines[1]["reason"]!.GetValue<string>(), Does.Contain("champ précédent « Nom de l'employeur »"));
        });
    }

    [Test]
    public async Task Classify_decides_a_group_with_what_it_asks_further_on_and_keeps_the_lines_in_order()
    {
        // On a professionals' procedure a bare « Nom » is the filer's professional data, unless its group asks a birth further
        // on: then it is a natural person's civil status. The line in error between them keeps its place.
        const string input = """
            {"id": "nom", "label": "Nom", "section": "Déclaration relative à l'exploitant", "public": "professionnels"}
            pas du json
            {"id": "prenom", "label": "Prénom", "section": "Déclaration relative à l'exploitant", "public": "professionnels"}

            {"id": "naissance", "label": "Date de naissance", "section": "Déclaration relative à l'exploitant", "public": "professionnels", "input": "date"}
            {"id": "contact", "label": "Nom", "section": "Personne à joindre", "public": "professionnels"}
            """;

        var (exit, output, _) = await Probes(["classify", "-"], input);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(lines.Select(l => l["id"]?.GetValue<string>() ?? (l["error"] is null ? "blank" : "error")),
                Is.EqualTo(new[] { "nom", "error", "prenom", "blank", "naissance", "contact" }));
            Assert.That(lines[0]["item"]!.GetValue<string>(), Is.EqualTo("identity.civil"));
            Assert.That(lines[0]["reason"]!.GetValue<string>(), Does.Contain("le même groupe demande une naissance (« Date de naissance »)"));
            Assert.That(lines[2]["item"]!.GetValue<string>(), Is.EqualTo("identity.civil"));
            Assert.That((lines[5]["item"]!.GetValue<string>(), lines[5]["counted"]!.GetValue<bool>()), Is.EqualTo(("other.not_held", false)));
        });
    }

    [Test]
    public async Task Classify_explain_prints_a_readable_table()
    {
        var (exit, output, _) = await Probes(["classify", "--explain"], "{\"id\": \"pj\", \"label\": \"Pièce n°3\", \"hint\": \"Avis d'imposition 2025\", \"input\": \"file\"}\n");
        Assert.That(exit, Is.Zero);
        Assert.That(output, Does.Contain("tax.notice").And.Contain("held").And.Contain("yes").And.Contain("aide « avis d'imposition »"));
    }

    [Test]
    public async Task Validate_shows_the_faulty_line_with_a_caret_in_the_file_at_fault_and_refuses_an_empty_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "probes-caret-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "fragments"));
        try
        {
            var (exit, _, errors) = await Probes(["validate", folder]);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), "an empty folder is not a success");
            Assert.That(errors, Does.Contain("no scenario file (*.yaml) in " + folder));

            File.WriteAllText(Path.Combine(folder, "fragments", "banniere.yaml"), "steps:\n  - click: Tout accepter\n  - clik: Fermer\n");
            File.WriteAllText(Path.Combine(folder, "a.yaml"), "procedure:\n  id: a\n  title: A\n  ministry: M\n  administration: X\n  start: /a/\npersona:\n  id: p\nsteps:\n  - include: banniere\n  - fil: { label: Nom, value: x }\n  - stop_before: Envoyer\n");
            (exit, _, errors) = await Probes(["validate", folder]);
            var lines = errors.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));

            // The scenario's own fault: its line, then a caret under the column.
            var own = Array.FindIndex(lines, l => l.Contains("a.yaml:11:5: unknown action `fil` (did you mean `fill`?)", StringComparison.Ordinal));
            Assert.That(own, Is.GreaterThanOrEqualTo(0), errors);
            Assert.That(lines[own + 1].Trim(), Is.EqualTo("- fil: { label: Nom, value: x }"));
            Assert.That(lines[own + 2].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(lines[own + 1].IndexOf("fil", StringComparison.Ordinal)));

            // A fault in an included fragment: that file's line and caret, and the line that includes it.
            var part = Array.FindIndex(lines, l => l.Contains("banniere.yaml:3:5: unknown action `clik`", StringComparison.Ordinal) && l.Contains("included at ", StringComparison.Ordinal) && l.Contains("a.yaml:10:5", StringComparison.Ordinal));
            Assert.That(part, Is.GreaterThanOrEqualTo(0), errors);
            Assert.That(lines[part + 1].Trim(), Is.EqualTo("- clik: Fermer"));
            Assert.That(lines[part + 2].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(lines[part + 1].IndexOf("clik", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Validate_echoes_a_broken_persona_line_without_its_value()
    {
        // A persona's values are personal data: the line a YAML error points at is echoed with its key, not its value
        // (a nightly's logs are kept), in a scenario's persona block as in a persona file.
        var folder = Path.Combine(Path.GetTempPath(), "probes-persona-echo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "personas"));
        try
        {
            const string Scenario = "procedure:\n  id: {0}\n  title: A\n  ministry: M\n  administration: X\n  start: /a/\n{1}steps:\n  - fill: {{ label: Nom, value: x }}\n  - stop_before: Envoyer\n";
            File.WriteAllText(Path.Combine(folder, "a.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "a", "persona:\n  id: p\n  values:\n    nir: 262087510704255: x\n"));
            File.WriteAllText(Path.Combine(folder, "b.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "b", "persona: dupont\n"));
            File.WriteAllText(Path.Combine(folder, "personas", "dupont.yaml"), "id: dupont\ndescription: Jean DUPONT: né le 12/03/1980\nvalues:\n  nom: DUPONT\n");
            // A tab where YAML wants spaces, and a value wrapped onto a line of its own: the lines echoed are still a persona's.
            File.WriteAllText(Path.Combine(folder, "c.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "c", "persona: tab\n"));
            File.WriteAllText(Path.Combine(folder, "personas", "tab.yaml"), "id: tab\nvalues:\n\tnir: \"184127645108946\"\n");
            File.WriteAllText(Path.Combine(folder, "d.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "d", "persona: wrapped\n"));
            File.WriteAllText(Path.Combine(folder, "personas", "wrapped.yaml"), "id: wrapped\nvalues:\n  adresse: 20 avenue\nde Segur 75007: x\n  nir: \"295037512345678\"\n");
            // A wrapped value with a colon of its own (an address, an hour), a persona written inline, one written as JSON.
            File.WriteAllText(Path.Combine(folder, "e.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "e", "persona: url\n"));
            File.WriteAllText(Path.Combine(folder, "personas", "url.yaml"), "id: url\nvalues:\n  site: page\nhttps://exemple.fr/x\n  nir: \"176057512345612\": x\n");
            File.WriteAllText(Path.Combine(folder, "f.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "f", "persona: { id: p5, values: { nir: \"281117512345633\": x } }\n"));
            File.WriteAllText(Path.Combine(folder, "g.yaml"), string.Format(CultureInfo.InvariantCulture, Scenario, "g", "persona: json\n"));
            File.WriteAllText(Path.Combine(folder, "personas", "json.yaml"), "{\n  \"id\": \"json\",\n  \"values\": {\n    \"nir\": \"192067512345644\" \"x\"\n  }\n}\n");

            var (exit, _, errors) = await Probes(["validate", folder]);

            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), errors);
            Assert.That(errors, Does.Contain("a.yaml:").And.Contain("    nir: •••").And.Contain("dupont.yaml:").And.Contain("description: •••"));
            Assert.That(errors, Does.Not.Contain("262087510704255").And.Not.Contain("DUPONT: né"));
            Assert.That(errors, Does.Contain("tab.yaml:").And.Contain("wrapped.yaml:"));
            Assert.That(errors, Does.Not.Contain("184127645108946").And.Not.Contain("295037512345678").And.Not.Contain("de Segur"));
            Assert.That(errors, Does.Contain("url.yaml:").And.Contain("f.yaml:").And.Contain("json.yaml:"));
            Assert.That(errors, Does.Not.Contain("176057512345612").And.Not.Contain("281117512345633").And.Not.Contain("192067512345644"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Validate_reports_every_problem_and_exits_2_and_accepts_the_bundled_scenarios()
    {
        var folder = Path.Combine(Path.GetTempPath(), "probes-validate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.yaml"), "procedure:\n  id: a\n  title: A\n  ministry: M\n  administration: X\n  start: /a/\npersona:\n  id: p\nsteps:\n  - clik: Suivant\n  - stop_before: Envoyer\nexpect:\n  items: [tax.notic]\n");
            var (exit, output, errors) = await Probes(["validate", folder]);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(errors, Does.Contain("a.yaml:10:5: unknown action `clik` (did you mean `click`?)"));
            Assert.That(output, Does.Contain("0 valid, 1 invalid"));

            var bundled = await Probes(["validate", Repository.Scenarios]);
            Assert.That(bundled.Exit, Is.Zero, bundled.Err);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_bad_setting_is_named_with_where_to_fix_it()
    {
        var (exit, _, errors) = await Probes(["run", Repository.Scenarios, "--Workers=deux"]);
        Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(errors, Does.Contain("command line --Workers=…: setting Workers must be a whole number between 1 and 64, found `deux`"));

        var url = await Probes(["run", Repository.Scenarios, "--BaseUrl=demarches.gouv.fr"]);
        Assert.That(url.Err, Does.Contain("setting BaseUrl must be an http(s) URL"));
    }

    [TestCase("--Workers=0", "setting Workers must be a whole number between 1 and 64, found `0`")]
    [TestCase("--Workers=-1", "setting Workers must be a whole number between 1 and 64, found `-1`")]
    [TestCase("--Wrkers=2", "unknown setting `Wrkers` (did you mean `Workers`?)")]
    [TestCase("--Retries=beaucoup", "setting Retries must be a whole number between 0 and 10, found `beaucoup`")]
    [TestCase("--Browser:Trace=Sometimes", "setting Browser:Trace must be one of Off, OnFailure, Always, found `Sometimes`")]
    [TestCase("--GenerateHtmlReport=oui", "setting GenerateHtmlReport must be true or false, found `oui`")]
    [TestCase("--BaseUrl=not a url", "setting BaseUrl must be an http(s) URL")]
    public async Task Every_verb_checks_its_settings_at_start_up(string setting, string message)
    {
        foreach (var verb in new[] { "validate", "run", "classify" })
        {
            var (exit, _, errors) = await Probes([verb, Repository.Scenarios, setting]);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), $"{verb} {setting}: {errors}");
            Assert.That(errors, Does.Contain(message).And.Contain("command line --"), verb);
        }
    }

    [Test]
    public async Task Settings_from_the_environment_and_a_broken_file_are_named_with_their_source()
    {
        var env = await ProbesProcess.RunAsync(["validate", Repository.Scenarios], environment: new Dictionary<string, string> { ["PROBES_Workers"] = "deux" });
        Assert.That(env.Exit, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(env.Err, Does.Contain("environment variable PROBES_Workers: setting Workers must be a whole number"));

        var folder = Path.Combine(Path.GetTempPath(), "probes-settings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "probes.settings.json"), "{\n  \"Workers\": 2,\n  \"Retries\" 1\n}\n");
            var broken = await ProbesProcess.RunAsync(["validate", Repository.Scenarios], workingDirectory: folder);
            Assert.That(broken.Exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(broken.Err, Does.Contain("probes.settings.json:3:").And.Contain("the settings file is not valid JSON"));
            Assert.That(broken.Err, Does.Not.Contain("   at "), "no stack trace");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Classify_is_a_streaming_filter_that_answers_every_line_and_checks_types()
    {
        var lines = new[]
        {
            "{\"id\": \"a\", \"label\": \"Nom\", \"label\": \"Prénom\"}",
            "{\"id\": \"b\", \"label\": \"Nom\", \"readonly\": \"yes\"}",
            "{\"id\": \"c\", \"label\": [\"Nom\"]}",
            "pas du json",
            "{\"id\": \"d\", \"label\": \"Adresse électronique\"}",
        };
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n").Concat(new byte[] { 0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D, 0x0A }).ToArray();

        var (exit, output, errors) = await ProbesProcess.RunAsync(["classify", "-"], stdinBytes: bytes);

        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(answers, Has.Count.EqualTo(6), "one answer per line, the good ones in order");
            Assert.That(answers[0]!["error"]!.GetValue<string>(), Does.Contain(":1:").And.Contain("\"label\" is given twice"));
            Assert.That(answers[1]!["error"]!.GetValue<string>(), Does.Contain(":2:").And.Contain("\"readonly\" must be true or false"));
            Assert.That(answers[2]!["error"]!.GetValue<string>(), Does.Contain(":3:").And.Contain("\"label\" must be a text, found a list"));
            Assert.That(answers[3]!["error"]!.GetValue<string>(), Does.Contain(":4:").And.Contain("not valid JSON"));
            Assert.That(answers[4]!["item"]!.GetValue<string>(), Is.EqualTo("contact.email"));
            Assert.That(answers[5]!["error"]!.GetValue<string>(), Does.Contain(":6:").And.Contain("invalid UTF-8"));
            Assert.That(errors, Does.Not.Contain("unexpected error"));
        });
    }

    [Test]
    public async Task Classify_cost_stays_linear_on_a_huge_label()
    {
        var label = string.Concat(Enumerable.Repeat("Nom de naissance du demandeur et adresse du domicile ", 2000)); // ~100 KB
        var line = new JsonObject { ["id"] = "x", ["label"] = label, ["hint"] = label }.ToJsonString();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output, _) = await Probes(["classify", "-"], line + "\n");
        Assert.That(exit, Is.Zero);
        Assert.That(JsonNode.Parse(output.Trim())!["id"]!.GetValue<string>(), Is.EqualTo("x"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "process start included; the classifier itself takes well under a second");
    }

    [Test]
    public async Task Unknown_commands_and_options_are_usage_errors()
    {
        Assert.That((await Probes(["frobnicate"])).Exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That((await Probes(["run", "--frob"])).Exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That((await Probes(["--help"])).Out, Does.Contain("probes <command>"));
    }

    [TestCase("run", "--shard K/N")]
    [TestCase("report", "--output OUT")]
    [TestCase("validate", "Usage: probes validate")]
    [TestCase("classify", "--explain")]
    [TestCase("trace", "127.0.0.1")]
    [TestCase("demo", "--port N")]
    public async Task Every_command_explains_itself(string command, string expected)
    {
        var (exit, output, _) = await Probes([command, "--help"]);
        Assert.That(exit, Is.Zero);
        Assert.That(output, Does.Contain($"Usage: probes {command}").And.Contain(expected));
    }

    [Test]
    public async Task Trace_names_the_procedures_that_have_a_trace_when_asked_for_another()
    {
        var reports = Path.Combine(Path.GetTempPath(), "probes-trace-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(reports, "evidence", "traces"));
        try
        {
            File.WriteAllText(Path.Combine(reports, "evidence", "traces", $"rsa-{Guid.NewGuid():N}.zip"), "");
            var (exit, _, errors) = await Probes(["trace", "creche", $"--Reports={reports}"]);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
            Assert.That(errors, Does.Contain("no trace file or procedure trace `creche`").And.Contain("procedures with a trace: rsa"));
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }
}
