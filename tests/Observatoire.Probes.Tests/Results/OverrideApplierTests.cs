using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Tests.Results;

public sealed class OverrideApplierTests
{
    private static FieldDecision Decide(string label, string page) =>
        Classifier.Default.Classify(new FieldObservation { Id = label + page, Label = label, Input = "text" }) with { Page = page };

    private static ReviewerOverride Override(string field, string? item, bool counted, string? page = null) =>
        new(new SourcePosition("scenarios/x.yaml", 30, 5), field, page, item, counted, "pièce d'un tiers", "J. Martin (DINUM)", "2026-11-20");

    [Test]
    public void A_reviewer_decision_replaces_the_classifier_and_says_so()
    {
        var decisions = new[] { Decide("Nom", "Votre identité"), Decide("Nom", "Votre avocat") };

        var (reviewed, stale) = OverrideApplier.Apply(decisions, [Override("Nom", "other.not_held", false, page: "avocat")], DataCatalogue.Default);

        Assert.That(stale, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(reviewed[0], Is.EqualTo(decisions[0]), "the page narrows the override to one field");
            Assert.That(reviewed[1].ItemId, Is.EqualTo("other.not_held"));
            Assert.That(reviewed[1].Holding, Is.EqualTo(Holding.NotHeld));
            Assert.That(reviewed[1].Counted, Is.False);
            Assert.That(reviewed[1].Reviewer, Is.EqualTo("J. Martin (DINUM)"));
            Assert.That(reviewed[1].Reason, Does.Contain("décision de relecture").And.Contain("avant relecture : identity.civil, compté"));
        });
    }

    [Test]
    public void An_override_cannot_count_what_no_administration_holds()
    {
        // No item given: the field keeps the classifier's, here not held (« Courriel »); counting it would break the contract.
        var decisions = new[] { Decide("Courriel", "Vos coordonnées") };

        var (reviewed, stale) = OverrideApplier.Apply(decisions, [Override("Courriel", null, true)], DataCatalogue.Default);

        Assert.That(reviewed[0].Counted, Is.False);
        Assert.That(stale.Single(), Does.StartWith("scenarios/x.yaml:30:5: « Courriel » : `counted: true` mais contact.email n'est pas une donnée détenue"));
        // Refused, the review is no reviewer's decision: the classifier's stands, and its reason says the review was refused.
        Assert.That(reviewed[0].Reviewer, Is.Null);
        Assert.That(reviewed[0].Confidence, Is.EqualTo(decisions[0].Confidence));
        Assert.That(reviewed[0].Reason, Does.StartWith(decisions[0].Reason).And.Contain("décision de relecture refusée (J. Martin (DINUM)) : `counted: true` mais contact.email"));
    }

    [Test]
    public void Two_reviewers_decisions_on_one_field_apply_the_first_and_report_the_other()
    {
        // A ministry's contest and DINUM's answer both in the file: the order of the lines must not settle it unseen.
        var decisions = new[] { Decide("Revenu fiscal de référence", "Vos ressources") };
        var later = new ReviewerOverride(new SourcePosition("scenarios/x.yaml", 36, 5), "Revenu fiscal de référence", null, null, true, "donnée détenue", "DINUM", "2026-12-04");

        var (reviewed, stale) = OverrideApplier.Apply(decisions, [Override("Revenu fiscal de référence", "other.not_held", false), later], DataCatalogue.Default);

        Assert.That(reviewed[0].Counted, Is.False, "the first decision is applied");
        Assert.That(reviewed[0].Reason, Does.Contain("avant relecture : tax.income, compté"), "the classifier's decision, not the other review's");
        Assert.That(stale.Single(), Does.StartWith("scenarios/x.yaml:36:5: « Revenu fiscal de référence » est déjà décidé par la décision de relecture de scenarios/x.yaml:30:5 (J. Martin (DINUM))"));
    }

    [Test]
    public void An_override_whose_field_is_gone_is_reported()
    {
        var (_, stale) = OverrideApplier.Apply([Decide("Nom", "Votre identité")], [Override("Numéro de dossier", null, false)], DataCatalogue.Default);
        Assert.That(stale.Single(), Does.StartWith("scenarios/x.yaml:30:5: « Numéro de dossier » n'est pas sur le formulaire"));
    }

    [Test]
    public void A_refused_decision_does_not_keep_the_field_from_the_next_one()
    {
        var decisions = new[] { Decide("Courriel", "Vos coordonnées") };
        var answer = new ReviewerOverride(new SourcePosition("scenarios/x.yaml", 36, 5), "Courriel", null, "contact.email", false, "donnée non détenue", "C. Durand (DINUM)", "2026-12-04");

        var (reviewed, stale) = OverrideApplier.Apply(decisions, [Override("Courriel", null, true), answer], DataCatalogue.Default);

        Assert.That(reviewed[0].Reviewer, Is.EqualTo("C. Durand (DINUM)"), "the refused one decided nothing: the next one applies");
        Assert.That(stale.Single(), Does.Contain("non appliquée").And.Not.Contain("déjà décidé"));
    }
}
