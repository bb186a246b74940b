using System.Text.RegularExpressions;
using Observatoire.Probes.Testing;
using ExitCodes = Observatoire.Probes.Testing.ProbesProcess;

namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// The authoring guide's worked example (docs/authoring.md), typed as a reader types it from a folder that has the
/// repository's `scenarios/`: every listing the guide shows is what the tool prints. The guide's listings drifted once
/// from the tool; this is what keeps them honest. What changes from one run to the next (the demo site's port, a
/// duration, the day) is compared as a placeholder.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class AuthoringGuideTests
{
    private const string Draft = "essais/cheque-energie.yaml";

    [Test]
    public async Task The_worked_examples_listings_are_what_the_tool_prints()
    {
        var blocks = GuideBlocks();
        var work = Path.Combine(Path.GetTempPath(), "probes-guide-" + BrowserFixture.RandomName());
        Repository.CopyScenarios(Path.Combine(work, "scenarios"));
        File.Copy(Path.Combine(Repository.Scenarios, "scenario.schema.json"), Path.Combine(work, "scenarios", "scenario.schema.json"));
        try
        {
            // 1. Scaffold: the console lines and the draft itself.
            var (exit, output, errors) = await Probes(work, "scaffold", "/cheque-energie/", "--follow", "-o", Draft);
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output + errors);
            AssertQuoted(Lines(output), Block(blocks, "Drafting a scenario from"), "section 1's listing");
            var draft = File.ReadAllText(Path.Combine(work, Draft));
            Assert.That(Lines(draft), Is.EqualTo(Lines(Block(blocks, "# yaml-language-server"))), "section 2's draft");

            // 4. Validate, as written and with the guide's typo.
            (exit, output, errors) = await Probes(work, "validate", Draft);
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output + errors);
            Assert.That(Lines(output + errors), Is.EqualTo(Lines(Block(blocks, "1 valid, 0 invalid"))), "section 4's listing");
            var typo = draft.Replace("- fill: { label: Le numéro fiscal", "- fil: { label: Le numéro fiscal", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(work, Draft), typo);
            (exit, output, errors) = await Probes(work, "validate", Draft);
            Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), output + errors);
            AssertQuoted(Lines(output + errors), Block(blocks, "unknown action `fil`"), "section 4's error");

            // 5. Check: the guide quotes the start and the end of the listing, « … » between.
            File.WriteAllText(Path.Combine(work, Draft), draft);
            (exit, output, errors) = await Probes(work, "check", Draft);
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output + errors);
            AssertQuoted(Lines(output), Block(blocks, "Page 2 « Demande de chèque énergie"), "section 5's listing");

            var wrongLabel = draft.Replace("label: La référence d’avis d’imposition", "label: Référence avis fiscal", StringComparison.Ordinal);
            Assert.That(wrongLabel, Is.Not.EqualTo(draft), "the draft has the step the guide breaks");
            File.WriteAllText(Path.Combine(work, Draft), wrongLabel);
            (exit, output, errors) = await Probes(work, "check", Draft, "--Browser:ActionTimeoutSeconds=2");
            Assert.That(exit, Is.EqualTo(ExitCodes.NotMeasured), output + errors);
            AssertQuoted(Lines(output + errors), Block(blocks, "✗ 28:5"), "section 5's failure");

            // 6. Run, into the trials' folder.
            File.WriteAllText(Path.Combine(work, Draft), draft);
            (exit, output, errors) = await Probes(work, "run", Draft, "--Reports=reports/essais", "--GenerateHtmlReport=false");
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output + errors);
            AssertQuoted(Lines(output), Block(blocks, "✓ cheque-energie"), "section 6's line");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Task<(int Exit, string Out, string Err)> Probes(string work, params string[] args) =>
        ProbesProcess.RunAsync(args, workingDirectory: work);

    /// <summary>
    /// Every line the guide quotes is in the output, in the guide's order: « … » on its own stands for lines left out,
    /// at the end of a line for the rest of it.
    /// </summary>
    private static void AssertQuoted(List<string> output, string quoted, string what)
    {
        var at = 0;
        foreach (var line in Lines(quoted).Where(l => l.Trim() != "…"))
        {
            var found = line.EndsWith('…')
                ? output.FindIndex(at, l => l.StartsWith(line[..^1], StringComparison.Ordinal))
                : output.IndexOf(line, at);
            Assert.That(found, Is.Not.EqualTo(-1), $"{what}: the guide's line\n{line}\nis not printed after line {at} of\n{string.Join('\n', output)}");
            at = found + 1;
        }
    }

    /// <summary>The fenced blocks of the guide, in order.</summary>
    private static List<string> GuideBlocks() =>
        [.. FencedBlock().Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", "authoring.md"))).Select(m => m.Groups["body"].Value)];

    private static string Block(List<string> blocks, string containing) =>
        blocks.Single(b => b.Contains(containing, StringComparison.Ordinal));

    /// <summary>
    /// Lines with what varies between runs replaced: the demo site's port, durations, the day, a duration and its padding, the executable's path
    /// (the guide runs from the repository's root), trailing spaces.
    /// </summary>
    private static List<string> Lines(string text) =>
        [.. text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => Executable().Replace(Duration().Replace(Day().Replace(Port().Replace(l, "127.0.0.1:PORT"), "DAY"), " N s"), "PROBES.DLL").TrimEnd())
            .Where(l => l.Length > 0)];

    [GeneratedRegex(@"```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\S*src/Observatoire\.Probes\.Cli/bin/\w+/net10\.0/probes\.dll")]
    private static partial Regex Executable();

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex Day();

    [GeneratedRegex(@" +\d+\.\d s\b")]
    private static partial Regex Duration();
}
