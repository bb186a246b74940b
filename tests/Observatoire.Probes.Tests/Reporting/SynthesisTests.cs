using System.Text.RegularExpressions;
using Observatoire.Probes.Reporting;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Tests.Reporting;

public sealed class SynthesisTests
{
    [Test]
    public void Plugging_an_item_recomputes_each_procedure_from_its_own_fields()
    {
        var faible = Fixtures.Faible();
        Assert.That(faible.Score.Score, Is.EqualTo(5));

        var ranked = WhatIf.Rank([faible, Fixtures.NotMeasured()]);

        Assert.That(ranked.Select(c => c.ItemId), Is.EquivalentTo(faible.Score.Counted.Select(c => c.ItemId)));
        Assert.That(ranked, Has.All.Matches<PlugCandidate>(c => c.LevelChanges == 1 && c.ReachGoal == 0), "5 without one item is 4: Partiel, not yet the goal");
        Assert.That(ranked[^1].GoalReachedIfPluggedInOrder, Is.EqualTo(1), "with every item plugged the procedure reaches the goal");
        Assert.That(WhatIf.Without(faible, ["tax.notice", "tax.income", "identity.civil", "address.proof"]).Level, Is.EqualTo(DlnufLevels.Optimal));
        Assert.That(ranked.Single(c => c.ItemId == "tax.notice").Replacement, Is.EqualTo("API Impôt particulier"));
    }

    [Test]
    public void The_synthesis_is_one_french_page_that_asks_nothing_of_the_network()
    {
        var results = new[] { Fixtures.Faible(), Fixtures.NotMeasured() };
        var now = RunSummary.Of(new RunStamp("20261128-220000", true), Fixtures.MeasuredAt, "catalogue", results);
        var before = now with { RunId = "20261127-220000", StartedAt = Fixtures.MeasuredAt.AddDays(-1) };
        var html = Synthesis.Html(results, [before, now], RunChanges.Compare(before, now), "0.1.0");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
            Assert.That(html, Does.Contain("Par ministère et administration").And.Contain("Quelles données brancher en premier")
                .And.Contain("Les démarches les plus éloignées de l'objectif").And.Contain("Évolution sur les 2 dernière(s) mesure(s)"));
            Assert.That(html, Does.Contain("<svg").And.Contain("Service de l&#39;accès au droit et à la justice"));
            Assert.That(Regex.Matches(html, @"(?:src|href)\s*=\s*[""']?(?:https?:)?//"), Is.Empty, "no external resource");
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("@import").And.Not.Contain("url("));
        });
    }

    [Test]
    public void Ministries_are_listed_as_a_french_reader_looks_for_them()
    {
        var faible = Fixtures.Faible();
        var results = new[]
        {
            faible with { Procedure = faible.Procedure with { Id = "a", Ministry = "Transition écologique" } },
            faible with { Procedure = faible.Procedure with { Id = "b", Ministry = "Économie" } },
        };
        var now = RunSummary.Of(new RunStamp("20261128-220000", true), Fixtures.MeasuredAt, "catalogue", results);

        var html = Synthesis.Html(results, [now], RunChanges.Compare(null, now), "0.1.0");

        Assert.That(html.IndexOf("Économie", StringComparison.Ordinal), Is.LessThan(html.IndexOf("Transition écologique", StringComparison.Ordinal)));
    }

    [Test]
    public void A_reviewers_decision_that_did_not_apply_is_listed_and_the_page_says_how_to_contest_one()
    {
        // A ministry's contest recorded in a scenario that no longer finds its field stopped counting, seen only on the
        // console and in the evidence (a contest review's finding): the cabinets' page lists it too.
        var faible = Fixtures.Faible();
        var results = new[] { faible with { StaleOverrides = ["scenarios/aide-tpe.yaml:40:5: « Pièce d'identité du dirigeant » (page « Pièces jointes ») n'est pas sur le formulaire ; retirer ou mettre à jour la décision"] } };
        var now = RunSummary.Of(new RunStamp("20261128-220000", true), Fixtures.MeasuredAt, "catalogue", results);

        var html = Synthesis.Html(results, [now], RunChanges.Compare(null, now), "0.1.0");

        Assert.That(html, Does.Contain("Décisions de relecture non appliquées").And.Contain("« Pièce d&#39;identité du dirigeant » (page « Pièces jointes ») n&#39;est pas sur le formulaire"));
        Assert.That(html, Does.Contain("Contester une décision : chaque champ compté a sa page, sa capture et sa raison"));
        Assert.That(Synthesis.Html([faible], [now], RunChanges.Compare(null, now), "0.1.0"), Does.Not.Contain("Décisions de relecture non appliquées"));
    }
}
