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
}
