using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Tests.Reporting;

public sealed class RunChangesTests
{
    private static RunSummary Run(string id, params ProcedureSummary[] procedures) =>
        new(id, DateTimeOffset.ParseExact(id, "yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal), true, "catalogue", procedures);

    private static ProcedureSummary Faible => ProcedureSummary.Of(Fixtures.Faible());

    [Test]
    public void A_score_going_up_by_one_is_a_change_with_the_item_that_made_it()
    {
        var before = Faible with { Score = 4, Level = DlnufLevels.Partiel, Counted = [.. Faible.Counted.Where(c => c.Id != "tax.notice")] };
        var change = RunChanges.Compare(before, Faible)!;

        Assert.That(change.Kinds, Is.EquivalentTo(new[] { ChangeKind.Score, ChangeKind.Level, ChangeKind.Items }));
        Assert.That(change.Headline, Is.EqualTo("4 (Partiel) → 5 (Faible)"));
        Assert.That(change.ItemsAdded.Select(i => i.Id), Is.EqualTo(new[] { "tax.notice" }));
        Assert.That(change.Worse, Is.True);
    }

    [Test]
    public void A_run_asked_for_fewer_than_half_the_scenarios_is_a_trial_read_on_its_own_procedures_and_skipped_later()
    {
        var night = Run("20261201-220000", [.. Enumerable.Range(1, 12).Select(i => Faible with { Id = $"p{i:00}" })]);
        var one = Run("20261202-100000", Faible with { Id = "p01", Score = 4, Level = DlnufLevels.Partiel });
        var eleven = Run("20261202-220000", [.. night.Procedures.Skip(1)]);

        Assert.Multiple(() =>
        {
            Assert.That(RunHistory.IsTrial(asked: 1, configured: 12), Is.True);
            Assert.That(RunHistory.IsTrial(asked: 11, configured: 12), Is.False, "a night with a file less is no trial");
            Assert.That(RunHistory.IsTrial(asked: 25, configured: 12), Is.False, "a larger run is no trial");
            var trial = RunChanges.Compare(night, one, trial: true);
            Assert.That(trial.Trial, Is.True);
            Assert.That(trial.Procedures.Select(p => (p.Id, p.Headline)), Is.EqualTo(new[] { ("p01", "5 (Faible) → 4 (Partiel)") }), "the eleven it did not run are not missing");
            Assert.That(RunHistory.WithoutTrials([night, one with { Trial = true }, eleven]).Select(r => r.RunId), Is.EqualTo(new[] { night.RunId, eleven.RunId }));
            Assert.That(RunChanges.Compare(night, eleven).Procedures.Single().Kinds, Is.EqualTo(new[] { ChangeKind.Missing }), "a full run lists what is missing");
        });
    }

    [Test]
    public void A_decision_a_reviewer_made_is_told_apart_from_a_change_of_the_form()
    {
        var field = Faible.Fields.First(f => f.Counted);
        var reviewed = Faible with
        {
            Fields = [.. Faible.Fields.Select(f => f == field ? f with { Counted = false, Holding = "non détenue", Reviewer = "C. Durand (DINUM)" } : f)],
        };

        var change = RunChanges.Compare(Faible, reviewed)!;

        Assert.That(change.Fields.Select(f => f.Kind), Is.EqualTo(new[] { FieldChangeKind.Reviewed }));
        Assert.That(change.Fields[0].After, Does.Contain("(décision de relecture : C. Durand (DINUM))"));
        Assert.That(change.Detail, Does.Contain($"1 décision(s) de relecture (« {field.Label} »)").And.Not.Contain("décision(s) modifiée(s)"));

        // The night after, the override no longer finds its field (a page renamed): the classifier's decision is back, and the
        // review says the reviewer's decision was lost, not made (a contest review's finding).
        var lost = RunChanges.Compare(reviewed, Faible)!;
        Assert.That(lost.Fields.Select(f => f.Kind), Is.EqualTo(new[] { FieldChangeKind.ReviewLost }));
        Assert.That(lost.Detail, Does.Contain($"1 décision(s) de relecture qui ne s'applique(nt) plus, retirée(s) du scénario ou sans champ correspondant (« {field.Label} »)")
            .And.Not.Contain("1 décision(s) de relecture («"));
        Assert.That(ChangesFiles.Name(FieldChangeKind.ReviewLost), Is.EqualTo("Décision de relecture perdue"));
    }

    [Test]
    public void A_summary_kept_before_reviewers_were_recorded_reads_no_reviewer_change()
    {
        var field = Faible.Fields.First(f => f.Counted);
        var older = Faible with { Fields = [.. Faible.Fields.Select(f => f with { Reviewer = null })] };
        var now = Faible with { Fields = [.. Faible.Fields.Select(f => f == field ? f with { Reviewer = "C. Durand (DINUM)" } : f)] };

        Assert.That(RunChanges.Compare(older, now), Is.Null, "the same decisions: nothing changed");
    }

    [Test]
    public void Zero_to_one_stays_optimal_but_is_still_a_change()
    {
        var zero = Faible with { Score = 0, Level = DlnufLevels.Optimal, Counted = [] };
        var one = Faible with { Score = 1, Level = DlnufLevels.Optimal, Counted = [Faible.Counted[0]] };
        Assert.That(RunChanges.Compare(zero, one)!.Kinds, Is.EqualTo(new[] { ChangeKind.Score, ChangeKind.Items }));
    }

    [Test]
    public void Not_measured_any_more_is_a_status_change_named_by_its_cause()
    {
        var change = RunChanges.Compare(Faible, ProcedureSummary.Of(Fixtures.NotMeasured()) with { Id = Faible.Id })!;
        Assert.That(change.Kinds, Does.Contain(ChangeKind.Status));
        Assert.That(change.Headline, Is.EqualTo("5 (Faible) → À venir (Site indisponible)"));
        Assert.That(change.Fields, Is.Empty, "a walk cut short saw a part of the form: its fields are not compared");
    }

    [Test]
    public void Fields_that_appeared_disappeared_or_were_decided_otherwise_are_listed()
    {
        var fields = Faible.Fields.ToList();
        var renamed = fields[0] with { Label = "Nom de famille (de naissance)" };
        var recounted = fields[1] with { Counted = !fields[1].Counted, Item = "identity.civil", ItemLabel = "État civil" };
        var after = Faible with { Fields = [renamed, recounted, .. fields.Skip(2)] };

        var change = RunChanges.Compare(Faible, after)!;

        Assert.That(change.Kinds, Is.EqualTo(new[] { ChangeKind.Fields }), "same score and items: only the fields changed");
        Assert.That(change.Fields.Select(f => (f.Kind, f.Label)), Is.EquivalentTo(new[]
        {
            (FieldChangeKind.Appeared, "Nom de famille (de naissance)"),
            (FieldChangeKind.Disappeared, "Nom de naissance"),
            (FieldChangeKind.Decision, fields[1].Label),
        }));
    }

    [Test]
    public void A_level_that_now_waits_for_a_review_is_a_change_and_so_is_one_that_no_longer_does()
    {
        // The night after, the only field that counts one item (5 items, Faible) is flagged « à revoir »: without it, 4 (Partiel).
        var fields = Faible.Fields.ToList();
        var alone = fields.FindIndex(f => f.Counted && fields.Count(g => g.Counted && g.Item == f.Item) == 1);
        fields[alone] = fields[alone] with { Review = true };
        var flagged = Faible with { Fields = fields };

        var change = RunChanges.Compare(Faible, flagged)!;
        var back = RunChanges.Compare(flagged, Faible)!;

        Assert.Multiple(() =>
        {
            Assert.That((Faible.LevelsToConfirm, flagged.LevelsToConfirm), Is.EqualTo(((string?)null, "Partiel à Faible")));
            Assert.That(change.Kinds, Is.EqualTo(new[] { ChangeKind.ToConfirm }), "same score, items and decisions: the level's certainty changed");
            Assert.That(change.Detail, Is.EqualTo("niveau à confirmer (Partiel à Faible)"));
            Assert.That(back.Detail, Is.EqualTo("niveau qu'aucun champ à revoir ne peut plus changer"));
            Assert.That(RunChanges.Compare(flagged, flagged), Is.Null);
        });
    }

    [Test]
    public void Nothing_changed_is_no_change_and_a_first_run_has_nothing_to_compare()
    {
        Assert.That(RunChanges.Compare(Faible, Faible), Is.Null);
        var first = RunChanges.Compare(null, Run("20261128-220000", Faible));
        Assert.That((first.HasPrevious, first.Procedures.Count), Is.EqualTo((false, 0)));
    }

    [Test]
    public void The_changes_files_list_every_change_for_french_excel()
    {
        var directory = Path.Combine(Path.GetTempPath(), "probes-changes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var before = Run("20261127-220000", Faible with { Score = 4, Counted = [.. Faible.Counted.Skip(1)] }, ProcedureSummary.Of(Fixtures.NotMeasured()));
            var after = Run("20261128-220000", Faible);
            ChangesFiles.Write(directory, RunChanges.Compare(before, after));

            var rows = IndicatorExportTests.ReadFrenchExcel(Path.Combine(directory, "changes.csv"));
            var h = rows[0];
            Assert.That(h, Is.EqualTo(ChangesFiles.Columns));
            Assert.That(rows.Skip(1).Select(r => r[h.IndexOf("Changement")]), Is.SupersetOf(new[] { "Score_DLNUF", "Élément désormais compté", "Absente de cette mesure" }));
            Assert.That(ChangesFiles.Read(directory)!.PreviousRunId, Is.EqualTo("20261127-220000"));
            Assert.That(File.ReadAllText(ChangesFiles.ReportCopy(directory)), Does.StartWith("Identifiant_sonde,Nom_Demarche,"), "the copy for the report is comma-separated");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void The_history_keeps_each_run_and_only_the_newest_keep_runs()
    {
        var reports = Path.Combine(Path.GetTempPath(), "probes-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(reports);
        try
        {
            IndicatorExport.Write(reports, [Fixtures.Faible()], "0.1.0", new RunStamp("x", true));
            var history = new RunHistory(reports);
            foreach (var id in new[] { "20261125-220000", "20261126-220000", "20261127-220000", "20261128-220000" })
            {
                history.Save(Run(id, Faible), reports, keep: 3);
            }

            Assert.That(Directory.GetDirectories(history.Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "20261126-220000", "20261127-220000", "20261128-220000" }));
            Assert.That(File.Exists(Path.Combine(history.Folder, "20261128-220000", "indicator.csv")), Is.True, "each run keeps its export");
            Assert.That(history.Before("20261128-220000").Select(r => r.RunId), Is.EqualTo(new[] { "20261126-220000", "20261127-220000" }));
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    [TestCase("{}")]
    [TestCase("{\"RunId\":\"20261126-220000\",\"StartedAt\":\"2026-11-26T22:00:00+00:00\",\"Complete\":true,\"Catal")]
    public void A_kept_run_whose_summary_no_longer_reads_is_left_out_of_comparisons_and_never_deleted(string summary)
    {
        var reports = Path.Combine(Path.GetTempPath(), "probes-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(reports);
        try
        {
            IndicatorExport.Write(reports, [Fixtures.Faible()], "0.1.0", new RunStamp("x", true));
            var history = new RunHistory(reports);
            history.Save(Run("20261125-220000", Faible), reports, keep: 1);
            history.Save(Run("20261126-220000", Faible), reports, keep: 1);
            File.WriteAllText(Path.Combine(history.Folder, "20261126-220000", "summary.json"), summary);

            history.Save(Run("20261127-220000", Faible), reports, keep: 1);

            Assert.That(history.Before("20261128-220000").Select(r => r.RunId), Is.EqualTo(new[] { "20261127-220000" }));
            Assert.That(history.Unreadable().Select(Path.GetFileName), Is.EqualTo(new[] { "20261126-220000" }));
            Assert.That(File.Exists(Path.Combine(history.Folder, "20261126-220000", "indicator.csv")), Is.True, "that night's export is its only copy");
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    [Test]
    public void Allure_history_lines_that_do_not_read_are_set_aside_and_the_others_kept()
    {
        var history = Path.Combine(Path.GetTempPath(), "probes-allure-history-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllText(history, "{\"uuid\":\"a\"}\n{\"uuid\":\"b\"\ngarbage\n{\"uuid\":\"c\"}\n");

            AllureReport.SetAsideUnreadableLines(history);

            Assert.That(File.ReadAllLines(history), Is.EqualTo(new[] { "{\"uuid\":\"a\"}", "{\"uuid\":\"c\"}" }));
            Assert.That(File.ReadAllLines(history + ".unreadable"), Is.EqualTo(new[] { "{\"uuid\":\"b\"", "garbage" }));
        }
        finally
        {
            File.Delete(history);
            File.Delete(history + ".unreadable");
        }
    }
}
