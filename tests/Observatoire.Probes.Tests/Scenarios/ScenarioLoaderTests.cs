using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateFolder()
    {
        _directory = Path.Combine(Path.GetTempPath(), "probes-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_directory, "files"));
        File.WriteAllText(Path.Combine(_directory, "files", "avis.pdf"), "%PDF-1.4\n%%EOF\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_directory, recursive: true);

    private LoadResult Load(string yaml, string name = "demarche.yaml")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, yaml);
        return ScenarioLoader.Load(path);
    }

    private const string Valid = """
        procedure:
          id: bourse-college
          title: Demande de bourse de collège
          ministry: Éducation nationale
          administration: Ministère de l'Éducation nationale
          start: /bourse-college/
          franceconnect: FranceConnect
        persona:
          id: famille-dubois
          values:
            nom: DUBOIS
            prenom: Angela
        steps:
          - click: Tout accepter
          - fill: { label: Nom de naissance, value: "${nom}" }
          - fill: { label: Mot de passe, value: "${secret:franceconnect_password}" }
          - select: { label: Situation familiale, option: Célibataire }
          - check: { label: J’accepte }
          - upload: { label: Avis d’imposition, file: files/avis.pdf }
          - click: { link: Commencer }
          - wait_for: { url: /etape-2 }
          - stop_before: Envoyer ma demande
        expect:
          score: 2
          level: Partiel
          items: [identity.civil, tax.notice]
        """;

    [Test]
    public void A_valid_scenario_loads_with_its_steps_and_targets()
    {
        var result = Load(Valid);

        Assert.That(result.Diagnostics, Is.Empty);
        var s = result.Scenario!;
        Assert.Multiple(() =>
        {
            Assert.That(s.Procedure.Id, Is.EqualTo("bourse-college"));
            Assert.That(s.Procedure.FranceConnect, Is.EqualTo("FranceConnect"));
            Assert.That(s.Procedure.TestEnvironment, Is.False, "submissions are blocked unless a scenario says otherwise");
            Assert.That(s.Procedure.Public, Is.EqualTo("particuliers"), "a person's procedure unless the scenario says whom it is for");
            Assert.That(Load(Valid.Replace("  franceconnect: FranceConnect\n", "  franceconnect: FranceConnect\n  public: associations\n")).Scenario!.Procedure.Public, Is.EqualTo("associations"));
            Assert.That(s.Persona.Values["nom"], Is.EqualTo("DUBOIS"));
            Assert.That(s.Steps.Select(x => x.Kind), Is.EqualTo(new[]
            {
                StepKind.Click, StepKind.Fill, StepKind.Fill, StepKind.Select, StepKind.Check, StepKind.Upload, StepKind.Click, StepKind.WaitFor, StepKind.StopBefore,
            }));
            Assert.That(s.Steps[0].Target, Is.EqualTo(new Target(TargetKind.Button, "Tout accepter")));
            Assert.That(s.Steps[6].Target, Is.EqualTo(new Target(TargetKind.Link, "Commencer")));
            Assert.That(s.Steps[5].Argument, Is.EqualTo(Path.Combine(_directory, "files", "avis.pdf")), "upload paths are relative to the scenario");
            Assert.That(s.Steps[1].Position.Line, Is.EqualTo(15));
            Assert.That(s.Expect!.Items, Is.EqualTo(new[] { "identity.civil", "tax.notice" }));
        });
    }

    [Test]
    public void Every_problem_is_reported_at_once_with_its_position()
    {
        var result = Load("""
            procedure:
              id: Bourse College
              title: Bourse
              ministery: Éducation nationale
              administration: Rectorat
              start: bourse
              franceconnect: France Connect
            persona:
              id: p
              values:
                nom: DUBOIS
            steps:
              - fill: { label: Nom, value: "${prenom}" }
              - clik: Suivant
              - upload: { label: Avis, file: files/absent.pdf }
              - click: { label: Suivant, css: "#next" }
              - fill: Nom
            """);

        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.That(result.Scenario, Is.Null);
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:2:7: procedure id `Bourse College` must use lowercase letters"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:2:3: `procedure` is missing `ministry`"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:4:3: unknown key `ministery` in `procedure` (did you mean `ministry`?)"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:6:10: `start` must be an http(s) URL or a path starting with `/`"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:7:18: `franceconnect` must be one of").And.Contains("did you mean `FranceConnect`?"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:13:5: `${prenom}` is not defined in `persona.values`"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:14:5: unknown action `clik` (did you mean `click`?)"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:15:34: upload file `files/absent.pdf` not found"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:16:30: `click` has two targets (`label` and `css`)"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:17:11: `fill` needs options, found `Nom`"));
    }

    [Test]
    public void Syntax_errors_and_duplicate_keys_point_at_the_line()
    {
        var duplicate = Load(Valid.Replace("  title: Demande de bourse de collège", "  title: A\n  title: B", StringComparison.Ordinal));
        Assert.That(duplicate.Diagnostics.Select(d => d.ToString()), Has.Some.Contains("/demarche.yaml:4:3: duplicate key `title` in `procedure`"));

        var syntax = Load("procedure:\n  id: x\n   title: y\n");
        Assert.That(syntax.Diagnostics, Has.Count.EqualTo(1));
        Assert.That(syntax.Diagnostics[0].ToString(), Does.Contain("/demarche.yaml:3:").And.Contains("YAML syntax error"));

        var empty = Load("");
        Assert.That(empty.Diagnostics.Single().ToString(), Does.Contain("/demarche.yaml:1:1: the file is empty"));
    }

    [Test]
    public void A_walk_must_end_before_the_final_submission()
    {
        var result = Load(Valid.Replace("  - stop_before: Envoyer ma demande", "  - stop_before: Envoyer\n  - click: Suivant", StringComparison.Ordinal));
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:23:5: the last step must be `stop_before`"));
        Assert.That(messages, Has.Some.Contains("/demarche.yaml:22:5: `stop_before` must be the last step"));
    }

    [Test]
    public void Secrets_are_never_written_in_the_persona()
    {
        var result = Load(Valid.Replace("prenom: Angela", "prenom: \"${secret:franceconnect_password}\"", StringComparison.Ordinal));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("refers to secret `franceconnect_password`"));
    }

    [Test]
    public void An_expectation_must_agree_with_the_scoring_rule()
    {
        var result = Load(Valid.Replace("level: Partiel", "level: Optimal", StringComparison.Ordinal));
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.Contains("level `Optimal` does not match score 2").And.Contains("`Partiel`"));
    }

    [Test]
    public void Duplicate_procedure_ids_across_files_are_reported_on_each_and_other_files_still_load()
    {
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), Valid);
        File.WriteAllText(Path.Combine(_directory, "b.yaml"), Valid);
        File.WriteAllText(Path.Combine(_directory, "c.yaml"), "not: [valid");
        File.WriteAllText(Path.Combine(_directory, "d.yaml"), Valid.Replace("id: bourse-college", "id: autre", StringComparison.Ordinal));

        var results = ScenarioLoader.LoadAll(ScenarioLoader.Discover([_directory]));

        // No file says which is the copy: a copy that sorts first would walk under the model's name (a nightly review's finding).
        Assert.That(results.Select(r => (Path.GetFileName(r.File), r.IsValid)), Is.EqualTo(new[] { ("a.yaml", false), ("b.yaml", false), ("c.yaml", false), ("d.yaml", true) }));
        Assert.That(results[1].Diagnostics.Single().ToString(), Does.Contain("b.yaml:").And.Contain("procedure id `bourse-college` is also used by").And.Contain("a.yaml:"));
        Assert.That(results[0].Diagnostics.Single().ToString(), Does.Contain("a.yaml:").And.Contain("is also used by").And.Contain("b.yaml:"));
    }

    [Test]
    public void Two_files_with_one_observatoire_id_are_reported_as_two_rows_of_one_procedure_would_be()
    {
        var valid = Valid.Replace("  title:", "  observatoire_id: \"DEMO-042\"\n  title:", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), valid);
        File.WriteAllText(Path.Combine(_directory, "b.yaml"), valid.Replace("id: bourse-college", "id: copie", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_directory, "c.yaml"), Valid.Replace("id: bourse-college", "id: sans-ligne", StringComparison.Ordinal));

        var results = ScenarioLoader.LoadAll(ScenarioLoader.Discover([_directory]));

        Assert.That(results.Select(r => (Path.GetFileName(r.File), r.IsValid)), Is.EqualTo(new[] { ("a.yaml", false), ("b.yaml", false), ("c.yaml", true) }), "no file says which is the copy");
        Assert.That(results[1].Diagnostics.Single().ToString(), Does.Contain("b.yaml:").And.Contain("observatoire_id `DEMO-042` is also used by").And.Contain("a.yaml:").And.Contain("(bourse-college)"));
        Assert.That(results[0].Diagnostics.Single().ToString(), Does.Contain("a.yaml:").And.Contain("is also used by").And.Contain("b.yaml:").And.Contain("(copie)"));
    }

    [Test]
    public void Placeholders_resolve_persona_values_and_secrets_but_name_what_is_missing()
    {
        var values = new Dictionary<string, string> { ["nom"] = "DUBOIS" };
        Assert.That(Placeholders.Resolve("${nom} / ${secret:pw}", values, _ => "123"), Is.EqualTo("DUBOIS / 123"));
        var e = Assert.Throws<ProbeException>(() => Placeholders.Resolve("${secret:pw}", values, _ => null));
        Assert.That(e!.Message, Does.Contain("PROBES_Secrets__pw"));
    }

    [Test]
    public void Every_bundled_scenario_is_valid()
    {
        var files = ScenarioLoader.Discover([Repository.Scenarios]);
        Assert.That(files, Is.Not.Empty, "scenarios/ holds the demo procedures");
        var results = ScenarioLoader.LoadAll(files);
        Assert.That(results.SelectMany(r => r.Diagnostics).Select(d => d.ToString()), Is.Empty);
        foreach (var s in results.Select(r => r.Scenario!))
        {
            var unknown = (s.Expect?.Items ?? []).Where(i => Catalogue.DataCatalogue.Default.Find(i) is null);
            Assert.That(unknown, Is.Empty, $"{s.File}: expect.items are catalogue ids");
            Assert.That(s.Steps[^1].Kind, Is.EqualTo(StepKind.StopBefore));
        }
    }
}
