using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Tests.Classification;

public sealed class ClassifierTests
{
    private static FieldDecision Classify(FieldObservation field) => Classifier.Default.Classify(field);

    [Test]
    public void A_typed_held_item_counts_and_says_why()
    {
        var d = Classify(new() { Id = "rfr", Label = "Revenu fiscal de référence", Input = "number" });
        Assert.That((d.ItemId, d.Holding, d.Counted), Is.EqualTo(("tax.income", (Holding?)Holding.Held, true)));
        Assert.That(d.Reason, Does.Contain("« revenu fiscal de référence »").And.Contain("DGFiP").And.Contain("comptée"));
    }

    [Test]
    public void A_key_is_reported_but_not_counted_even_when_it_names_the_document()
    {
        var d = Classify(new() { Id = "ref", Label = "Référence de l’avis d’imposition", Input = "text" });
        Assert.That((d.ItemId, d.Holding, d.Counted), Is.EqualTo(("tax.identifiers", (Holding?)Holding.Key, false)));
        Assert.That(d.Reason, Does.Contain("identifiant-clé"));
    }

    [Test]
    public void A_generic_upload_is_read_through_its_hint()
    {
        var d = Classify(new() { Id = "pj3", Label = "Pièce n°3", Hint = "Votre dernier avis d'impôt sur le revenu. Formats acceptés : pdf.", Input = "file", Accept = ".pdf" });
        Assert.That((d.ItemId, d.Counted, d.IsUpload), Is.EqualTo(("tax.notice", true, true)));
    }

    [Test]
    public void A_negated_mention_is_not_a_request()
    {
        var d = Classify(new()
        {
            Id = "pj",
            Label = "Justificatif de domicile",
            Hint = "Vous n'avez pas à fournir votre avis d'imposition : nous le récupérons auprès de la DGFiP.",
            Input = "file",
        });
        Assert.That(d.ItemId, Is.EqualTo("address.proof"));
        Assert.That(d.Reason, Does.Contain("négation ignorée"));
    }

    [Test]
    public void A_value_present_on_first_sight_is_prefilled_and_not_counted()
    {
        var d = Classify(new() { Id = "nom", Label = "Nom de naissance", Value = "DUBOIS", ReadOnly = true, Input = "text" });
        Assert.That((d.ItemId, d.Prefilled, d.Counted), Is.EqualTo(("identity.civil", true, false)));
        Assert.That(d.Reason, Does.Contain("lecture seule"));

        var typedByProbe = Classify(new() { Id = "nom", Label = "Nom de naissance", Value = "DUBOIS", FilledByProbe = true, Input = "text" });
        Assert.That(typedByProbe.Counted, Is.True, "what the probe typed is not a pre-fill");
    }

    [Test]
    public void A_message_saying_the_data_came_from_an_administration_marks_it_prefilled()
    {
        var d = Classify(new() { Id = "qf", Label = "Quotient familial", Hint = "Donnée remplie automatiquement.", Input = "text" });
        Assert.That((d.ItemId, d.Prefilled, d.Counted), Is.EqualTo(("family.quotient", true, false)));
    }

    [Test]
    public void Autocomplete_tokens_and_input_types_are_cues_too()
    {
        Assert.That(Classify(new() { Id = "x1", Input = "text", Autocomplete = "postal-code" }).ItemId, Is.EqualTo("address.postal"));
        Assert.That(Classify(new() { Id = "x2", Input = "email" }).ItemId, Is.EqualTo("contact.email"));
        Assert.That(Classify(new() { Id = "x3", Placeholder = "Date de naissance", Input = "date" }).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public void Accents_case_apostrophes_and_plurals_are_folded()
    {
        Assert.That(TextFolding.Fold("AVIS D’IMPÔTS"), Is.EqualTo(TextFolding.Fold("avis d'impot")));
        Assert.That(TextFolding.Fold("N° allocataire"), Is.EqualTo("numero allocataire"));
        Assert.That(Classify(new() { Id = "a", Label = "JUSTIFICATIFS DE DOMICILE", Input = "file" }).ItemId, Is.EqualTo("address.proof"));
    }

    [Test]
    public void The_fast_folding_reads_every_text_as_unicode_decomposition_does()
    {
        // Latin-1, Latin Extended-A, general punctuation (’ – …), combining accents, Greek: the table and the word cache
        // of the common path must give the tokens the general path gives, for repeated words too.
        var random = new Random(7);
        var alphabet = Enumerable.Range(0, 0x250).Concat(Enumerable.Range(0x2000, 0x80)).Concat([0x301, 0x300, 0x327, 0x3B1, 0xFB01])
            .Select(c => (char)c).Concat("abcdefnoumsx éè(e)".ToCharArray()).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : "abcdefnoumsx éè(e)"[random.Next(18)]).ToArray());
            var (folded, plain) = TextFolding.Words(text);
            var (expectedFolded, expectedPlain) = TextFolding.WordsByDecomposition(text);
            Assert.That((folded, plain), Is.EqualTo((expectedFolded, expectedPlain)), $"« {text} » ({string.Join(' ', text.Select(c => ((int)c).ToString("X4")))})");
        }
    }

    [Test]
    public void A_name_of_a_thing_is_not_a_persons_identity()
    {
        Assert.That(Classify(new() { Id = "p", Label = "Nom du projet", Input = "text" }).ItemId, Is.EqualTo("other.not_held"));
        Assert.That(Classify(new() { Id = "r", Label = "Nom de la rue", Input = "text" }).ItemId, Is.EqualTo("address.postal"));
        // A person's name keeps its item: the phrase names it, a person noun follows, or a role says whose.
        Assert.That(Classify(new() { Id = "n", Label = "Nom de naissance", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "m", Label = "Nom du patient", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "e", Label = "Nom de l'enfant", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public void What_a_register_says_of_the_filing_organisation_is_held_by_the_register()
    {
        Assert.That(Classify(new() { Id = "t", Label = "Type de votre structure", Input = "select" }).ItemId, Is.EqualTo("business.identity"));
        Assert.That(Classify(new() { Id = "c", Label = "Année de création de votre association", Input = "text" }).ItemId, Is.EqualTo("association.registration"));
        // Someone else's organisation is not the filer's register.
        Assert.That(Classify(new() { Id = "b", Label = "Type de l'organisme de votre bailleur", Input = "select" }).ItemId, Is.EqualTo("other.not_held"));
    }

    [Test]
    public void The_person_comes_from_the_section()
    {
        Assert.That(Classify(new() { Id = "n", Label = "Nom", Legend = "Votre conjoint", Input = "text" }).Person, Is.EqualTo("conjoint"));
        Assert.That(Classify(new() { Id = "n", Label = "Prénom", Legend = "Enfant 2", Input = "text" }).Person, Is.EqualTo("enfant 2"));
        Assert.That(Classify(new() { Id = "n", Label = "Prénom", Input = "text" }).Person, Is.EqualTo("demandeur"));
    }

    [Test]
    public void An_unknown_field_is_flagged_for_review_not_guessed()
    {
        var d = Classify(new() { Id = "zz", Label = "Zorglub", Input = "text" });
        Assert.That((d.ItemId, d.Counted, d.Ambiguous), Is.EqualTo(((string?)null, false, true)));
        Assert.That(d.Reason, Does.Contain("à revoir"));
    }

    [Test]
    public void Every_item_of_the_domain_contract_is_in_the_catalogue()
    {
        string[] contract =
        [
            "identity.civil", "identity.document", "civil.record", "tax.notice", "tax.income", "tax.identifiers", "family.quotient",
            "family.composition", "family.caf_number", "social.nir", "social.health_rights", "social.benefits", "employment.status",
            "employment.identifiers", "education.student", "education.scholarship", "education.identifiers", "address.postal", "address.proof",
            "vehicle.registration", "driving.licence", "disability.decision", "business.identifiers", "business.identity", "business.registration",
            "business.compliance", "business.accounts", "association.registration", "association.identifiers", "other.key", "other.held", "contact.email",
            "contact.phone", "bank.rib", "free.text", "other.not_held",
        ];
        Assert.That(DataCatalogue.Default.Items.Select(i => i.Id), Is.EquivalentTo(contract));
        Assert.That(DataCatalogue.Default.Find("social.nir")!.Holding, Is.EqualTo(Holding.Key));
        Assert.That(DataCatalogue.Default.Find("other.key")!.Holding, Is.EqualTo(Holding.Key));
        Assert.That(DataCatalogue.Default.Find("bank.rib")!.Holding, Is.EqualTo(Holding.NotHeld));
    }

    [Test]
    public void A_broken_catalogue_reports_every_problem_with_its_position()
    {
        var e = Assert.Throws<InvalidInputException>(() => DataCatalogue.Parse("""
            items:
              - id: tax.notice
                label: Avis
                held: maybe
                phrases: [avis]
              - id: tax.notice
                label: Avis bis
                held: held
                phrazes: [avis]
            """, "catalogue.yaml"));
        var messages = e!.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.That(messages, Has.Some.StartsWith("catalogue.yaml:4:11: `held` must be held, key or not_held"));
        Assert.That(messages, Has.Some.StartsWith("catalogue.yaml:6:5: item id `tax.notice` is defined twice"));
        Assert.That(messages, Has.Some.StartsWith("catalogue.yaml:9:5: unknown key `phrazes` in the item (did you mean `phrases`?)"));
    }
}
