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
    public async Task Classify_explain_prints_a_readable_table()
    {
        var (exit, output, _) = await Probes(["classify", "--explain"], "{\"id\": \"pj\", \"label\": \"Pièce n°3\", \"hint\": \"Avis d'imposition 2025\", \"input\": \"file\"}\n");
        Assert.That(exit, Is.Zero);
        Assert.That(output, Does.Contain("tax.notice").And.Contain("held").And.Contain("yes").And.Contain("aide « avis d'imposition »"));
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
