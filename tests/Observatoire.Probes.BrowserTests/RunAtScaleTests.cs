using System.Diagnostics;
using System.Text.Json.Nodes;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Testing;

namespace Observatoire.Probes.BrowserTests;

/// <summary>Nightly runs as the workflow drives them, through the probes executable: shards merged into one report,
/// a run killed with SIGKILL and resumed.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class RunAtScaleTests
{
    private static readonly string[] Procedures = ["cheque-energie", "bourse-college", "cantine-tarif-social", "bourse-lycee", "aide-tpe", "creche"];

    [Test]
    public async Task Three_shards_partition_the_scenarios_and_their_merge_equals_one_full_run()
    {
        using var work = new WorkFolder("probes-shards");
        var scenarios = work.Scenarios(Procedures);

        await RunAsync(["run", scenarios, $"--Reports={work.Path("full")}"]);
        for (var shard = 1; shard <= 3; shard++)
        {
            await RunAsync(["run", scenarios, $"--shard={shard}/3", $"--Reports={work.Path($"shard{shard}")}"]);
        }

        // A shell pattern for the shards' folders may catch a shard job's log too: left out, the night stays whole.
        File.WriteAllText(work.Path("shard1.log"), "…");
        var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path("shard1"), work.Path("shard1.log"), work.Path("shard2"), work.Path("shard3"), $"--output={work.Path("merged")}", "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), stdout + stderr);
        Assert.That(stderr, Does.Contain("shard1.log is a file, not a run folder: left out"));
        Assert.That(stdout, Does.Not.Contain("incomplète"));

        var parts = Enumerable.Range(1, 3).Select(k => Recorded(work.Path($"shard{k}"))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parts.SelectMany(p => p), Is.Unique, "no procedure in two shards");
            Assert.That(parts.SelectMany(p => p), Is.EquivalentTo(Procedures), "every procedure in one shard");
            Assert.That(parts, Has.All.Not.Empty, "six procedures spread over three shards");
            Assert.That(RunOutputs.Differences(RunOutputs.Export(work.Path("merged")), RunOutputs.Export(work.Path("full"))), Is.Empty, "merged export ≠ full run's");
            Assert.That(RunOutputs.Differences(RunOutputs.AllureResults(work.Path("merged"), finalAttempts: true), RunOutputs.AllureResults(work.Path("full"), finalAttempts: true)), Is.Empty, "merged evidence ≠ full run's");
            Assert.That(RunOutputs.Lines(work.Path("merged", "indicator-fields.csv")), Is.EquivalentTo(RunOutputs.Lines(work.Path("full", "indicator-fields.csv"))));
            Assert.That(File.ReadAllBytes(work.Path("merged", "synthesis.pdf")).Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "the merged night's synthesis is printed, as a run's is");
            Assert.That(stdout, Does.Contain("synthesis.pdf"));
        });

        // A night merged without one of its shards says which, and its export is marked incomplete; merged beside the night
        // before, it still gives the morning review and the synthesis, marked so, the missing shard's procedures absent.
        CopyFolder(work.Path("full"), work.Path("partial"));
        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path("shard1"), work.Path("shard3"), $"--output={work.Path("partial")}", "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.InvalidInput), stdout + stderr);
        Assert.That(stderr, Does.Contain("shard(s) 2/3 missing"));
        Assert.That(stdout, Does.Contain("(incomplète : des parts manquent ou ne sont pas allées au bout)"));
        Assert.That(File.ReadAllText(work.Path("partial", "indicator.csv")), Does.Contain(";non\r\n").And.Not.Contain(";oui\r\n"), "Execution_complete");
        Assert.That(stdout, Does.Contain("Changements depuis la mesure du").And.Contain("(mesure incomplète"), stdout + stderr);
        Assert.That(Recorded(work.Path("shard2")), Has.All.Matches<string>(id => stdout.Contains(" " + id + " ", StringComparison.Ordinal)), "the missing shard's procedures, absent");
        Assert.That(File.ReadAllText(work.Path("partial", "synthesis.html")), Does.Contain("Mesure incomplète"));
        Assert.That(stdout, Does.Contain("synthesis.pdf"));
        // The night after is compared with the last whole night, not with the incomplete one (where its procedures were absent).
        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path("shard1"), work.Path("shard2"), work.Path("shard3"), $"--output={work.Path("partial")}", "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), stdout + stderr);
        Assert.That(stdout, Does.Contain("Changements depuis la mesure du").And.Not.Contain("incomplète"));
        Assert.That(Recorded(work.Path("shard2")), Has.None.Matches<string>(id => stdout.Contains(" " + id + " ", StringComparison.Ordinal)), stdout);

        // A shard folder left from another night is not tonight's.
        var state = JsonNode.Parse(File.ReadAllText(work.Path("shard1", "run.json")))!;
        state["StartedAt"] = DateTimeOffset.Parse(state["StartedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("O");
        File.WriteAllText(work.Path("shard1", "run.json"), state.ToJsonString());
        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path("shard1"), work.Path("shard2"), work.Path("shard3"), $"--output={work.Path("two-nights")}", "--GenerateHtmlReport=false"]);
        Assert.That(stderr, Does.Contain("the folders are not one night's"), stdout + stderr);
        Assert.That(stdout, Does.Contain("(incomplète"));

        // A shard whose record was damaged after its run (a copy cut short): that procedure is missing, and said so.
        var record = Directory.GetFiles(work.Path("shard2", "records"), "*.json")[0];
        File.WriteAllText(record, File.ReadAllText(record)[..100]);
        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path("shard1"), work.Path("shard2"), work.Path("shard3"), $"--output={work.Path("damaged")}", "--GenerateHtmlReport=false"]);
        Assert.That(stderr, Does.Contain(Path.GetFileName(record)).And.Contain("does not read"), stdout + stderr);
        Assert.That(stdout, Does.Contain("(incomplète"));
    }

    [Test]
    public async Task More_shards_than_scenarios_leave_empty_shards_that_complete_and_merge()
    {
        // The nightly's shard count is fixed; a smaller scenarios folder leaves some shards nothing to walk.
        using var work = new WorkFolder("probes-empty-shards");
        var scenarios = work.Scenarios(Procedures.Take(2));
        const int shards = 4;
        for (var shard = 1; shard <= shards; shard++)
        {
            await RunAsync(["run", scenarios, $"--shard={shard}/{shards}", $"--Reports={work.Path($"shard{shard}")}"]);
        }

        var folders = Enumerable.Range(1, shards).Select(k => work.Path($"shard{k}")).ToList();
        Assert.That(folders.Select(Recorded).Count(r => r.Count == 0), Is.GreaterThanOrEqualTo(2), "two procedures over four shards");
        var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", .. folders, $"--output={work.Path("merged")}", "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), stdout + stderr);
        Assert.That(stdout, Does.Not.Contain("incomplète"));
        Assert.That(Recorded(work.Path("merged")), Is.EquivalentTo(Procedures.Take(2)));
    }

    [Test]
    public async Task A_sharded_night_merged_beside_the_night_before_gives_each_procedure_its_changes_and_history()
    {
        // The nightly's shards each start in a fresh folder: only the merge knows the nights before.
        using var work = new WorkFolder("probes-sharded-nights");
        var scenarios = work.Scenarios(Procedures.Take(2));
        for (var night = 1; night <= 2; night++)
        {
            for (var shard = 1; shard <= 2; shard++)
            {
                await RunAsync(["run", scenarios, $"--shard={shard}/2", $"--Reports={work.Path($"night{night}-shard{shard}")}"]);
            }

            var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["report", work.Path($"night{night}-shard1"), work.Path($"night{night}-shard2"), $"--output={work.Path("merged")}", "--GenerateHtmlReport=false"]);
            Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), stdout + stderr);
        }

        var overviews = Directory.GetFiles(work.Path("merged", "allure-results"), "*-result.json")
            .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(f))!["description"]!.GetValue<string>()).ToList();
        Assert.That(overviews, Has.Count.EqualTo(2));
        Assert.That(overviews, Has.All.Contain("**Depuis la mesure du ").And.All.Contain("**Historique des mesures"), string.Join("\n---\n", overviews));

        // A third night, one scenario broken: the merged night's reader sees why it has no score, not only that it changed
        // (the shards' logs said it; a nightly review found the merge's console silent on it).
        var broken = Path.Combine(scenarios, Procedures[0] + ".yaml");
        File.WriteAllText(broken, new System.Text.RegularExpressions.Regex("- fill:").Replace(File.ReadAllText(broken), "- fil:", 1));
        for (var shard = 1; shard <= 2; shard++)
        {
            await ProbesProcess.RunAsync(["run", scenarios, $"--shard={shard}/2", $"--Reports={work.Path($"night3-shard{shard}")}", "--GenerateHtmlReport=false"]);
        }

        var (_, merged, errors) = await ProbesProcess.RunAsync(["report", work.Path("night3-shard1"), work.Path("night3-shard2"), $"--output={work.Path("merged")}", "--GenerateHtmlReport=false"]);
        Assert.That(merged, Does.Contain("Non mesurées : 1").And.Contain("! " + Procedures[0]).And.Contain("unknown action `fil` (did you mean `fill`?)"), merged + errors);

        // Folders that are no run's (a mistyped pattern): nothing is merged, and the night the output holds stays as it was.
        var synthesis = File.ReadAllText(work.Path("merged", "synthesis.html"));
        int code;
        (code, merged, errors) = await ProbesProcess.RunAsync(["report", work.Path("nosuch-1"), work.Path("nosuch-2"), $"--output={work.Path("merged")}", "--GenerateHtmlReport=false"]);
        Assert.That(code, Is.EqualTo(ProbesProcess.InvalidInput), merged + errors);
        Assert.That(errors, Does.Contain("no run folder read"));
        Assert.That(File.ReadAllText(work.Path("merged", "synthesis.html")), Is.EqualTo(synthesis));
        Assert.That(File.Exists(work.Path("merged", "changes.csv")), Is.True);
    }

    [Test]
    public async Task A_resume_cut_short_still_knows_the_run_had_completed()
    {
        // `--resume` on a completed run says so; a resume killed before its end must not lose that (a review's finding).
        using var work = new WorkFolder("probes-resume-note");
        var reports = work.Path("reports");
        await using (var night = await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports)))
        {
            await night.CompleteAsync();
        }

        await using (var cutShort = await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports), resume: true))
        {
            Assert.That(cutShort.Run.ResumedAfterCompletion, Is.Not.Null);
        }

        await using var again = await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports), resume: true);
        Assert.That(again.Run.ResumedAfterCompletion, Is.Not.Null, "the completion before the resume that was cut short");
    }

    [Test]
    public async Task A_Reports_folder_is_written_by_one_run_at_a_time_and_resumed_by_its_own_shard_only()
    {
        using var work = new WorkFolder("probes-one-writer");
        var reports = work.Path("reports");
        await using (var first = await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports), shard: new Shard(1, 2)))
        {
            var second = Assert.ThrowsAsync<ProbeException>(() => ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports)));
            Assert.That(second!.Message, Does.Contain("is being written by another run"));
        }

        // The first has let go; its folder is shard 1/2's (never completed): shard 2/2 may not resume in it.
        var other = Assert.ThrowsAsync<ProbeException>(() => ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports), resume: true, shard: new Shard(2, 2)));
        Assert.That(other!.Message, Does.Contain("holds shard 1/2").And.Contain("--shard 1/2"));

        // A fresh run does not keep what only a completed run writes.
        File.WriteAllText(Path.Combine(reports, "synthesis.html"), "<p>last night</p>");
        await using (await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports)))
        {
            Assert.That(File.Exists(Path.Combine(reports, "synthesis.html")), Is.False);
        }
    }

    [Test]
    public async Task A_run_killed_with_SIGKILL_resumes_without_losing_or_repeating_a_result()
    {
        using var work = new WorkFolder("probes-resume");
        var scenarios = work.Scenarios(Procedures);
        var reports = work.Path("reports");
        string[] arguments = ["run", scenarios, $"--Reports={reports}", "--Workers=1", "--GenerateHtmlReport=false"];

        var killed = await KillWhenRecordedAsync(arguments, Path.Combine(reports, "records"), 2);
        var before = Directory.GetFiles(Path.Combine(reports, "records"), "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(2).And.Count.LessThan(Procedures.Length), killed);

        var (exit, stdout, stderr) = await ProbesProcess.RunAsync([.. arguments, "--resume"]);

        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), stdout + stderr);
        Assert.That(stdout, Does.Contain($"reprise : {before.Count} déjà mesurée(s)"));
        var after = Directory.GetFiles(Path.Combine(reports, "records"), "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var export = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "indicator.json")))!.AsArray();
        var parsed = Directory.GetFiles(Path.Combine(reports, "allure-results"), "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();

        // A walk the machine's load made fail once and that passed on its retry leaves its first attempt beside the final
        // one (Allure shows it as a retry, the final attempt marked flaky): an event of this run, not a repeated result.
        var retried = parsed.GroupBy(r => (string)r["fullName"]!).Where(g => g.Count() > 1).ToList();
        var finals = parsed.GroupBy(r => (string)r["fullName"]!).Select(g => g.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(after.Keys, Is.EquivalentTo(Procedures.Select(p => p + ".json")), "every procedure recorded once");
            foreach (var (file, text) in before)
            {
                Assert.That(after[file], Is.EqualTo(text), $"{file} was final when written: the resumed run did not measure it again");
            }

            Assert.That(export.Select(r => (string)r!["Identifiant_sonde"]!), Is.EquivalentTo(Procedures), "the export has each procedure once");
            Assert.That(export.Select(r => (string)r!["Execution_complete"]!), Is.All.EqualTo("oui"));
            foreach (var attempts in retried)
            {
                var last = attempts.MaxBy(r => (long)r["stop"]!)!;
                Assert.That((bool?)last["statusDetails"]?["flaky"], Is.True, $"{attempts.Key}: several results, the last not a retry of this run");
                Assert.That(attempts.Where(r => r != last).Select(r => (string?)r["status"]), Is.All.EqualTo("broken"), $"{attempts.Key}: an earlier attempt that is no failed walk");
            }

            Assert.That(finals, Has.Count.EqualTo(Procedures.Length), "one final Allure result per procedure: the killed walk's partial evidence is gone; "
                + string.Join(" | ", Directory.GetFiles(Path.Combine(reports, "allure-results"), "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!)
                    .Where(r => (string?)r["status"] != "passed").Select(r => $"{r["fullName"]}: {r["status"]} {r["statusDetails"]?["message"]}")));
            Assert.That(Directory.GetFiles(Path.Combine(reports, "allure-results"), "*-attachment.*").Select(Path.GetFileName),
                Is.SubsetOf(AttachmentsReferenced(Path.Combine(reports, "allure-results"))), "no orphan attachment");
        });
    }

    /// <summary>Starts the run and kills it (SIGKILL, browser included) once <paramref name="count"/> records exist.</summary>
    private static async Task<string> KillWhenRecordedAsync(string[] arguments, string records, int count)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(ProbesProcess.Executable)! };
        start.ArgumentList.Add(ProbesProcess.Executable);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!(Directory.Exists(records) && Directory.GetFiles(records, "*.json").Length >= count))
        {
            Assert.That(process.HasExited, Is.False, "the run ended before it could be killed");
            Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromMinutes(3)));
            await Task.Delay(25);
        }

        process.Kill(entireProcessTree: true); // SIGKILL on Linux: no handler runs
        await process.WaitForExitAsync();
        return await output + await errors;
    }

    private static HashSet<string> AttachmentsReferenced(string results)
    {
        var found = new HashSet<string>();
        foreach (var file in Directory.GetFiles(results, "*.json"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Contains("\"source\"", StringComparison.Ordinal)))
            {
                found.Add(line.Split('"')[3]);
            }
        }

        return found;
    }

    private static List<string> Recorded(string reports) => Directory.Exists(Path.Combine(reports, "records"))
        ? [.. Directory.GetFiles(Path.Combine(reports, "records"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f))]
        : [];

    private static async Task RunAsync(string[] arguments)
    {
        var (exit, stdout, stderr) = await ProbesProcess.RunAsync([.. arguments, "--GenerateHtmlReport=false"]);
        Assert.That(exit, Is.EqualTo(ProbesProcess.Ok), string.Join(" ", arguments) + "\n" + stdout + stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
