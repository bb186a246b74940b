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
    }

    [Test]
    public void An_override_whose_field_is_gone_is_reported()
    {
        var (_, stale) = OverrideApplier.Apply([Decide("Nom", "Votre identité")], [Override("Numéro de dossier", null, false)], DataCatalogue.Default);
        Assert.That(stale.Single(), Does.StartWith("scenarios/x.yaml:30:5: « Numéro de dossier » n'est pas sur le formulaire"));
    }
}
