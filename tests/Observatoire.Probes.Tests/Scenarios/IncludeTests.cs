using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Tests.Scenarios;

/// <summary>Shared personas (personas/ID.yaml) and step fragments (fragments/ID.yaml), and where their errors point.</summary>
public sealed class IncludeTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateFolder()
    {
        _directory = Path.Combine(Path.GetTempPath(), "probes-include-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_directory, ScenarioLoader.PersonasFolder));
        Directory.CreateDirectory(Path.Combine(_directory, ScenarioLoader.FragmentsFolder));
        Write("personas/famille.yaml", """
            id: famille
            description: Une famille
            values:
              nom: DUBOIS
              email: angela@example.fr
            """);
        Write("fragments/connexion.yaml", """
            description: Connexion
            parameters:
              bouton: Se connecter
              identifiant: ~
            steps:
              - click: { button: "${param:bouton}" }
              - fill: { label: Identifiant, value: "${param:identifiant}" }
              - click: Valider
            """);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_directory, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text + "\n");

    /// <summary>A scenario whose persona and steps are the given lines (steps from line 8).</summary>
    private LoadResult Scenario(string persona, params string[] steps)
    {
        Write("demarche.yaml", $"""
            procedure:
              id: demarche
              title: Démarche
              ministry: M
              administration: A
              start: /demarche/
            {persona}
            steps:
            {string.Join("\n", steps.Select(s => "  " + s))}
              - stop_before: Envoyer
            """);
        return ScenarioLoader.Load(Path.Combine(_directory, "demarche.yaml"));
    }

    private static List<string> Messages(LoadResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    [Test]
    public void A_shared_persona_is_named_by_id_and_a_scenario_may_complete_it()
    {
        var named = Scenario("persona: famille", "- fill: { label: Nom, value: \"${nom}\" }");
        Assert.That(named.IsValid, Is.True, string.Join("\n", Messages(named)));
        Assert.That(named.Scenario!.Persona, Has.Property("Id").EqualTo("famille").And.Property("Description").EqualTo("Une famille"));

        var completed = Scenario("persona:\n  use: famille\n  values:\n    email: autre@example.fr\n    iban: FR76", "- fill: { label: IBAN, value: \"${iban}\" }");
        Assert.That(completed.IsValid, Is.True, string.Join("\n", Messages(completed)));
        Assert.That(completed.Scenario!.Persona.Values, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["nom"] = "DUBOIS",
            ["email"] = "autre@example.fr",
            ["iban"] = "FR76",
        }));
    }

    [Test]
    public void A_fragment_brings_its_steps_with_parameters_and_the_including_line()
    {
        var result = Scenario("persona: famille", "- include: { fragment: connexion, with: { identifiant: \"${secret:login}\" } }", "- click: Suivant");
        Assert.That(result.IsValid, Is.True, string.Join("\n", Messages(result)));
        var steps = result.Scenario!.Steps;
        Assert.That(steps.Select(s => s.Describe()), Is.EqualTo(new[]
        {
            "click button \"Se connecter\"",
            "fill label \"Identifiant\" with \"${secret:login}\"",
            "click button \"Valider\"",
            "click button \"Suivant\"",
            "stop before button \"Envoyer\"",
        }));
        Assert.That(steps[1].Position.File, Does.EndWith("fragments/connexion.yaml"));
        Assert.That(steps[1].Position.Line, Is.EqualTo(7));
        Assert.That(steps[1].IncludedAt, Has.Property("Line").EqualTo(9).And.Property("Column").EqualTo(5));
        Assert.That(steps[1].ScenarioPosition.File, Does.EndWith("demarche.yaml"), "the evidence cites the scenario's line");
        Assert.That(steps[1].Where, Does.EndWith("fragments/connexion.yaml:7:5 (inclus depuis " + steps[1].IncludedAt + ")"));
        Assert.That(steps[3].IncludedAt, Is.Null);

        var shorthand = Scenario("persona: famille", "- include: { fragment: connexion, with: { bouton: Entrer, identifiant: moi } }");
        Assert.That(shorthand.Scenario!.Steps[0].Describe(), Is.EqualTo("click button \"Entrer\""), "a parameter given replaces the default");
    }

    [Test]
    public void Errors_in_an_included_file_point_at_it_and_at_the_including_line()
    {
        Write("fragments/casse.yaml", """
            steps:
              - clik: Valider
              - fill: { label: Nom, value: "${param:nom}" }
            """);
        Write("personas/mauvaise.yaml", "id: autre\nvalues:\n  nom: [1]");

        var fragment = Messages(Scenario("persona: famille", "- include: casse"));
        Assert.That(fragment, Has.Some.Matches<string>(m => m.Contains("fragments/casse.yaml:2:5: unknown action `clik` (in the fragment `casse`, included at ") && m.Contains("demarche.yaml:9:5)")));
        Assert.That(fragment, Has.Some.Contains("fragments/casse.yaml:3:32: `${param:nom}` is not a parameter of this fragment"));

        var persona = Messages(Scenario("persona: mauvaise", "- click: Suivant"));
        Assert.That(persona, Has.Some.Matches<string>(m => m.Contains("personas/mauvaise.yaml:3:3: persona value `nom` must be text") && m.Contains("included at ") && m.Contains("demarche.yaml:7:10")));
        Assert.That(persona, Has.Some.Contains("personas/mauvaise.yaml:1:5: the persona's id is `autre` but its file is mauvaise.yaml"));
    }

    [Test]
    public void Wrong_references_and_parameters_are_named_at_the_scenario_line()
    {
        var messages = Messages(Scenario("persona: familles",
            "- include: { fragment: connexion, with: { boutton: X } }",
            "- include: connextion",
            "- include: ../../etc/passwd",
            "- fill: { label: Nom, value: \"${nom}\" }"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:7:10: no persona `familles`").And.Contains("did you mean `famille`?"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:9:45: the fragment `connexion` has no parameter `boutton` (did you mean `bouton`?)"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:9:5: the fragment `connexion` needs the parameter `identifiant`"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:10:14: no fragment `connextion`").And.Contains("did you mean `connexion`?"));
        Assert.That(messages, Has.Some.Contains("demarche.yaml:11:14: `../../etc/passwd` is not a fragment id"));
    }

    [Test]
    public void A_fragment_does_not_include_another()
    {
        Write("fragments/imbrique.yaml", "steps:\n  - include: connexion\n  - click: Valider");
        Assert.That(Messages(Scenario("persona: famille", "- include: imbrique")),
            Has.Some.Contains("fragments/imbrique.yaml:2:5: a fragment cannot include another fragment"));
    }

    [Test]
    public void The_bundled_parts_are_valid_and_used()
    {
        var scenarios = ScenarioLoader.LoadAll(ScenarioLoader.Discover([Repository.Scenarios]));
        Assert.That(scenarios.SelectMany(r => r.Diagnostics), Is.Empty);
        var personas = Directory.GetFiles(Path.Combine(Repository.Scenarios, ScenarioLoader.PersonasFolder), "*.yaml").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.That(personas, Is.SupersetOf(new[] { "famille-dubois", "etudiant-martin", "demandeur-emploi-moreau", "boulangerie-du-marche", "jardins-partages" }));
        foreach (var id in personas)
        {
            // Each shared persona loads on its own (one the bundled scenarios do not use yet included).
            var copy = Path.Combine(_directory, ScenarioLoader.PersonasFolder, id + ".yaml");
            File.Copy(Path.Combine(Repository.Scenarios, ScenarioLoader.PersonasFolder, id + ".yaml"), copy, overwrite: true);
            Assert.That(Scenario($"persona: {id}", "- click: Suivant").Diagnostics, Is.Empty, id);
        }

        Assert.That(scenarios.Select(r => r.Scenario!).Count(s => s.Steps.Any(step => step.IncludedAt is not null)), Is.GreaterThanOrEqualTo(6), "bundled scenarios include the fragments");
    }
}
