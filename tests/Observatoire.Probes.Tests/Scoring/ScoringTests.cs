using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.Tests.Scoring;

public sealed class ScoringTests
{
    [TestCase(0, "Optimal")]
    [TestCase(1, "Optimal")]
    [TestCase(2, "Partiel")]
    [TestCase(4, "Partiel")]
    [TestCase(5, "Faible")]
    [TestCase(17, "Faible")]
    public void Levels_follow_the_observatoire_thresholds(int score, string level) =>
        Assert.That(DlnufLevels.ForScore(score), Is.EqualTo(level));

    private static FieldDecision Decision(string label, string? item, Holding? holding, bool counted, bool upload = false, string person = Classifier.Applicant) => new()
    {
        FieldId = label,
        FieldLabel = label,
        ItemId = item,
        ItemLabel = item,
        Holding = holding,
        Counted = counted,
        IsUpload = upload,
        Weight = 1,
        Reason = "test",
        Person = person,
    };

    [Test]
    public void An_item_counts_once_however_many_fields_and_persons_ask_it()
    {
        var score = ProcedureScore.FromDecisions(
        [
            Decision("Nom", "identity.civil", Holding.Held, true),
            Decision("Prénom", "identity.civil", Holding.Held, true),
            Decision("Nom du conjoint", "identity.civil", Holding.Held, true, person: "conjoint"),
            Decision("Avis d'imposition", "tax.notice", Holding.Held, true, upload: true),
            Decision("Numéro fiscal", "tax.identifiers", Holding.Key, false),
            Decision("Courriel", "contact.email", Holding.NotHeld, false),
            Decision("Adresse", "address.postal", Holding.Held, false),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(score.Status, Is.EqualTo(MeasureStatus.Measured));
            Assert.That(score.Score, Is.EqualTo(2));
            Assert.That(score.Level, Is.EqualTo("Partiel"));
            Assert.That(score.Counted.Select(c => c.ItemId), Is.EqualTo(new[] { "identity.civil", "tax.notice" }));
            Assert.That(score.Counted[0].Persons, Is.EqualTo(new[] { "demandeur", "conjoint" }));
            Assert.That(score.WeightedScore, Is.EqualTo(1 + 3), "an upload weighs 3, a retyped identity 1");
        });
    }

    [Test]
    public void A_walk_that_did_not_finish_is_a_venir_and_never_a_score()
    {
        var score = ProcedureScore.NotMeasured("SiteDown: HTTP 500");
        Assert.Multiple(() =>
        {
            Assert.That(score.Level, Is.EqualTo("À venir"));
            Assert.That(score.Score, Is.Null);
            Assert.That(score.ScoreText, Is.EqualTo("À venir"));
            Assert.That(score.GoalReached, Is.False);
        });
    }

    [Test]
    public void No_counted_field_is_optimal()
    {
        var score = ProcedureScore.FromDecisions([Decision("Courriel", "contact.email", Holding.NotHeld, false)]);
        Assert.That((score.Score, score.Level, score.GoalReached), Is.EqualTo((0, "Optimal", true)));
    }

    [Test]
    public void The_level_waits_for_a_review_only_when_fields_a_revoir_can_move_it()
    {
        FieldDecision Flagged(FieldDecision d) => d with { Ambiguous = true };
        var settled = new[]
        {
            Decision("Nom", "identity.civil", Holding.Held, true),
            Decision("Adresse", "address.postal", Holding.Held, true),
            Decision("Avis d'imposition", "tax.notice", Holding.Held, true, upload: true),
        };

        // 3 items settled, a fourth counted but flagged (it may drop: 3) and a flagged held item that may come in (5).
        var across = ScoreSpan.Of([.. settled, Flagged(Decision("Pièce d'identité", "identity.document", Holding.Held, true)),
            Flagged(Decision("Situation familiale", "family.composition", Holding.Held, false))]);

        // 2 items settled; two flagged held items may come in (4): the level stays Partiel whatever the review.
        var within = ScoreSpan.Of([.. settled.Take(2), Flagged(Decision("RIB", "bank.rib", Holding.NotHeld, false)),
            Flagged(Decision("Situation familiale", "family.composition", Holding.Held, false)),
            Flagged(Decision("Bulletins de salaire", "tax.income", Holding.Held, false)),
            Flagged(Decision("Carte grise", "vehicle.registration", Holding.Held, false)) with { Prefilled = true },
            Flagged(Decision("Quotient familial", "family.quotient", Holding.Held, false)) with { Reviewer = "relecteur" },
            Flagged(Decision("Champ inconnu", null, null, false))]);

        // A flagged counted item that a settled field also counts stays in the lowest score.
        var kept = ScoreSpan.Of([.. settled.Take(2), Flagged(Decision("Nom d'usage", "identity.civil", Holding.Held, true))]);

        Assert.Multiple(() =>
        {
            Assert.That((across.Lowest, across.Highest, across.LevelSettled, across.LevelsText), Is.EqualTo((3, 5, false, "Partiel à Faible")));
            Assert.That((within.Lowest, within.Highest, within.LevelSettled, within.LevelsText), Is.EqualTo((2, 4, true, "Partiel")),
                "a not-held item, a pre-filled field, a reviewed decision and an unrecognised field cannot add an item");
            Assert.That((kept.Lowest, kept.Highest, kept.LevelSettled), Is.EqualTo((2, 2, true)));
        });
    }
}
