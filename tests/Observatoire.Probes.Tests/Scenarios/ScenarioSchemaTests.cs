using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Yaml;

namespace Observatoire.Probes.Tests.Scenarios;

/// <summary>The JSON Schema editors use (scenarios/scenario.schema.json) agrees with the loader on real files.</summary>
public sealed class ScenarioSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(Repository.Scenarios, "scenario.schema.json"));

    /// <summary>YAML as an editor's language server reads it: plain scalars typed (true, 5, null), quoted ones text.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalar { IsPlain: true } n when long.TryParse(n.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static EvaluationResults Evaluate(string yaml, string file)
    {
        var diagnostics = new List<Diagnostic>();
        var tree = YamlTree.Parse(yaml, file, diagnostics);
        Assert.That(diagnostics, Is.Empty);
        var element = JsonSerializer.SerializeToElement(ToJson(tree!));
        return Schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Test]
    public void Every_bundled_scenario_matches_the_schema_and_names_it()
    {
        foreach (var file in ScenarioLoader.Discover([Repository.Scenarios]))
        {
            var text = File.ReadAllText(file);
            var result = Evaluate(text, file);
            Assert.That(result.IsValid, Is.True, $"{file}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
            Assert.That(text, Does.StartWith("# yaml-language-server: $schema=scenario.schema.json"), $"{file} tells editors where its schema is");
        }
    }

    [TestCase("  - clik: Suivant")]
    [TestCase("  - click: { label: Suivant, css: \"#next\" }")]
    [TestCase("  - fill: { label: Nom }")]
    [TestCase("  - upload: { label: Avis }")]
    [TestCase("  - include: { fragmnt: cookie-banner }")]
    [TestCase("  - include: ../cookie-banner")]
    public void The_schema_rejects_what_the_loader_rejects(string step)
    {
        var yaml = $"procedure:\n  id: x\n  title: X\n  ministry: M\n  administration: A\n  start: /x/\npersona:\n  id: p\nsteps:\n{step}\n  - stop_before: Envoyer\n";
        Assert.That(Evaluate(yaml, "x.yaml").IsValid, Is.False);
        Assert.That(ScenarioLoader.Parse(yaml, Path.Combine(Path.GetTempPath(), "x.yaml")).IsValid, Is.False);
    }
}
