using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Tests.Classification;

public sealed class ClassifierTests
{
    private static FieldDecision Classify(FieldObservation field) => Classifier.Default.Classify(field);

    /// <summary>The field takes this item and is counted or not; the failure shows the decision's reason.</summary>
    private static void AssertField(FieldObservation field, (string Item, bool Counted) expected, string? what = null)
    {
        var d = Classify(field);
        Assert.That((d.ItemId, d.Counted), Is.EqualTo(expected), $"{what ?? field.Label}: {d.Reason}");
    }

    /// <summary>Each label, asked alone with this input, takes this item and is counted or not.</summary>
    private static void AssertEach(string input, (string Item, bool Counted) expected, params string[] labels)
    {
        foreach (var label in labels)
        {
            var d = Classify(new() { Id = "f", Label = label, Input = input });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(expected), $"{label}: {d.Reason}");
        }
    }

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
    public void A_placeholder_beside_a_label_is_read_as_its_hint()
    {
        // Kits write the example or the way to answer in the placeholder where others write a hint: the field is the same.
        // Read as the label, « Date à laquelle vous souhaitez… » had its wish looked for among the label's words, past their
        // end (an exception, the whole field lost).
        var cases = new (string Label, string Input, string Words)[]
        {
            ("Date", "date", "Date à laquelle vous souhaitez commencer votre formation"),
            ("Nom", "text", "Ex : Dupont"),
            ("Précision sur le lien", "text", "Précisez votre lien avec la personne concernée"),
            ("Numéro fiscal", "text", "13 chiffres, en haut de votre avis d'imposition"),
        };
        foreach (var (label, input, words) in cases)
        {
            var asHint = Classify(new() { Id = "f", Label = label, Input = input, Hint = words });
            var asPlaceholder = Classify(new() { Id = "f", Label = label, Input = input, Placeholder = words });
            Assert.That((asPlaceholder.ItemId, asPlaceholder.Counted), Is.EqualTo((asHint.ItemId, asHint.Counted)), $"{label} / {words}: {asPlaceholder.Reason}");
        }

        // Without a label, the placeholder names the field.
        AssertField(new() { Id = "f", Placeholder = "Numéro fiscal", Input = "text" }, ("tax.identifiers", false));
    }

    [Test]
    public void The_paper_a_label_says_the_value_is_written_on_is_not_what_it_asks()
    {
        // « tel qu'il figure sur », « figurant sur », « inscrit sur », « tels qu'ils apparaissent sur »: where to read the value.
        AssertField(new() { Id = "a", Label = "Nom tel qu'il figure sur votre pièce d'identité", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "b", Label = "Prénoms tels qu'ils apparaissent sur votre titre de séjour", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "c", Label = "Adresse figurant sur votre avis d'imposition", Input = "text" }, ("address.postal", true));
        // The paper itself, uploaded, is asked.
        AssertField(new() { Id = "d", Label = "Page de la pièce d'identité sur laquelle figure votre photo", Input = "file" }, ("identity.document", true));
    }

    [Test]
    public void The_reading_rules_of_stop_45_keep_what_a_review_found_they_broke()
    {
        // A review of the rules that read a heading before the label, an instruction before it, a heading about the request
        // and a placeholder as a hint: each line here was decided wrong by a first version.
        // Where to find a key is no heading: the key stays a key (rule 9).
        AssertField(new() { Id = "a", Label = "Numéro fiscal : voir avis d'imposition", Input = "text" }, ("tax.identifiers", false));
        AssertField(new() { Id = "b", Label = "Numéro SIRET : Voir extrait Kbis", Input = "text" }, ("business.identifiers", false));
        // What to give, in small letters after the colon, is the same upload.
        AssertField(new() { Id = "c", Label = "Justificatif de domicile : facture de moins de 3 mois", Input = "file" }, ("address.proof", true));
        // A negation before the colon says what not to give.
        Assert.That(Classify(new() { Id = "d", Label = "Ne pas joindre : avis d'imposition", Input = "file" }).Counted, Is.False);
        // An instruction before a condition stays: the question is asked.
        AssertField(new() { Id = "e", Label = "Indiquez si vous êtes allocataire de la CAF", Input = "radio", Options = ["Oui", "Non"] }, ("other.held", true));
        // A box whose own words name nothing, under a heading about the request, is not the request's subject.
        AssertField(new() { Id = "f", Label = "Autre", Legend = "Motif de la demande de carte d'identité", Input = "text" }, ("other.not_held", false));
        // A placeholder that says the label more fully says whose and which.
        AssertField(new() { Id = "g", Label = "Nom", Placeholder = "Nom de l'employeur", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "h", Label = "Ville", Placeholder = "Ville de naissance", Input = "text" }, ("identity.civil", true));
        // The heading before the label still says whose, with an empty legend as without one.
        AssertField(new() { Id = "i", Label = "Conjoint : Nom", Input = "text" }, ("identity.civil", true));
        Assert.That(Classify(new() { Id = "i", Label = "Conjoint : Nom", Legend = "", Input = "text" }).Reason, Does.Contain("groupe « conjoint »"));
        Assert.That(Classify(new() { Id = "i", Label = "Conjoint : Nom", Input = "text" }).Reason, Does.Contain("groupe « conjoint »"));
    }

    [Test]
    public void Another_situation_a_label_offers_in_a_case_does_not_say_whose_the_paper_is()
    {
        // The first sentence asks the person's own paper; « Si… », « Sinon… », « À défaut… » after it offer another one for
        // another case.
        AssertField(new() { Id = "a", Label = "Attestation d'assurance habitation. Si vous êtes logé par un ami, celle de la personne qui vous loge.", Input = "file" }, ("address.proof", true));
        AssertField(new() { Id = "b", Label = "Justificatif de domicile à votre nom. À défaut, celui de la personne qui vous loge et son attestation.", Input = "file" }, ("address.proof", true));
        AssertField(new() { Id = "c", Label = "Avis d'imposition. À défaut, avis d'imposition de la personne qui vous héberge", Input = "file" }, ("tax.notice", true));
        AssertField(new() { Id = "d", Label = "Pièce jointe", Hint = "Si vous êtes hébergé, justificatif de domicile de la personne qui vous héberge", Input = "file" }, ("other.not_held", false));
        // A case that is all the label says is what it asks; nobody the case names says whose, not even « vous »: the heading does.
        AssertField(new() { Id = "e", Label = "Si vous agissez pour un tiers, pièce d'identité de la personne représentée", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Justificatif de domicile", Hint = "Si vous êtes hébergé, celui de la personne qui vous héberge", Legend = "Informations sur l'hébergeant", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_declaration_already_made_is_held_by_the_body_it_was_made_to()
    {
        // Rule 6: « a declaration already made to it ». Uploaded, a copy of it is that declaration; something says it was made to
        // a public body: how often, that it is social or fiscal, the body named.
        AssertField(new() { Id = "a", Label = "Copie de la déclaration d'achèvement des travaux déposée en mairie", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "b", Label = "Déclaration annuelle de détention de ruches", Input = "file" }, ("other.held", true));
        // One the person writes for this very form is theirs, and a private party's is not held.
        AssertField(new() { Id = "c", Label = "Déclaration sur l'honneur de non-condamnation", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Déclaration d'accident du travail établie par l'employeur", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Déclaration de candidature", Hint = "Formulaire cerfa n° 14996 complété et signé", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Copie de la déclaration de sinistre", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Déclaration d'engagement du bénévole", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void An_address_under_a_heading_about_the_project_is_the_project_s_place()
    {
        // Rule 3 (D35): the address of the works, of what the request is about, even the person's own project.
        AssertField(new() { Id = "a", Label = "Commune", Section = "Votre projet", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Code postal", Legend = "Informations sur le chantier", Input = "text" }, ("other.not_held", false));
        // Only the nearest heading decides, never a page's title; a person it names, or a label that says whose, keep the home.
        AssertField(new() { Id = "c", Label = "Adresse", Section = "Porteur de projet", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "d", Label = "Adresse", Legend = "Le demandeur", Section = "Présentation du projet", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "e", Label = "Adresse", Section = "Vos coordonnées", Page = "Votre projet", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "f", Label = "Adresse", Legend = "Le bénéficiaire", Page = "Projets jeunes - demande de bourse", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "g", Label = "Adresse du demandeur", Section = "Votre projet", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "h", Label = "Adresse", Legend = "Patient", Section = "Opération chirurgicale", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void A_participle_is_not_the_noun_its_letters_fold_to()
    {
        // « facturées » is no invoice, « âgés » no age: without accents they read « facture », « age ».
        AssertField(new() { Id = "a", Label = "Micro-entrepreneur avec prestations facturées", Legend = "Quelle est la forme juridique de votre entreprise ?", Input = "radio" }, ("business.identity", true));
        AssertField(new() { Id = "b", Label = "Pour les candidats âgés de plus de 25 ans, copie du diplôme", Input = "file" }, ("other.not_held", false));
        // A phrase written as a participle keeps it, and the noun keeps the noun.
        AssertField(new() { Id = "c", Label = "Marié(e)", Legend = "Situation familiale", Input = "radio" }, ("family.composition", true));
        AssertField(new() { Id = "d", Label = "Âge", Input = "number" }, ("identity.civil", true));
        AssertField(new() { Id = "e", Label = "Dernière facture", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_role_word_coordinated_with_an_adjective_is_an_adjective_and_a_label_without_articles_still_names_someone_else()
    {
        // « Situation scolaire et/ou professionnelle »: « professionnelle » qualifies the situation, as « scolaire » does; it
        // names no professional whose data the page would ask.
        AssertField(new() { Id = "a", Label = "Classe fréquentée", Legend = "Scolarité", Page = "Situation familiale et professionnelle", Input = "text" }, ("education.student", true));
        // « Nom du médecin ou professionnel de santé » still names someone else.
        AssertField(new() { Id = "b", Label = "Nom du médecin ou professionnel de santé", Input = "text" }, ("other.not_held", false));
        // « Nom établissement hospitalier », « Adresse employeur » on a person's procedure: a form written without articles
        // names the organisation right after what it asks of it; it is not the person's.
        AssertField(new() { Id = "c", Label = "Nom établissement hospitalier", Legend = "Santé", Public = "particuliers", Input = "text" }, ("other.not_held", false));
        // A bare « Raison sociale » still asks the filer's own.
        AssertField(new() { Id = "d", Label = "Raison sociale", Public = "professionnels", Input = "text" }, ("business.identity", true));
    }

    [Test]
    public void An_agent_a_heading_introduces_and_a_funder_asked_for_an_amount_are_not_the_person_s_held_data()
    {
        // « Représenté par », « Donne mandat à une personne »: the fields under it are the agent's (rule 1).
        AssertField(new() { Id = "a", Label = "Nom", Legend = "Représenté par", Page = "Procuration", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Adresse", Legend = "Donne mandat à une autre personne", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Nom", Legend = "Le demandeur, représenté par son tuteur", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Nom", Legend = "Identité du demandeur", Input = "text" }, ("identity.civil", true));
        // A financing plan's row names a funder asked for an amount: a wish (rule 8); what a body pays stays held.
        AssertField(new() { Id = "e", Label = "Caisse d'allocations familiales (CAF)", Legend = "Financements sollicités (en €)", Input = "number" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "f", Label = "CAF", Legend = "Vos ressources mensuelles", Input = "number" }).Counted, Is.True);
    }

    [Test]
    public void A_verb_after_an_elided_pronoun_and_a_place_in_a_circumstance_say_nothing_of_the_field()
    {
        // « s'adresse » is a verb: the heading asks no address of a household member, the criminal record is held (rule 5).
        AssertField(new() { Id = "a", Label = "Bulletin n° 3 du casier judiciaire", Section = "Toute personne qui s'adresse à un organisme pour adopter un enfant", Input = "file" }, ("other.held", true));
        // A move in the circumstance that calls for a proof of address says when it is asked, not which address.
        AssertField(new() { Id = "b", Label = "Justificatif de domicile de moins de 3 mois, exigé en cas de déménagement", Input = "file" }, ("address.proof", true));
        // A move the label asks about is still another address.
        AssertField(new() { Id = "c", Label = "Adresse avant le déménagement", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void Staff_and_an_organisation_s_correspondent_are_someone_else_while_personal_data_stay_the_person_s()
    {
        // « Personnel » and « correspondant » as nouns name people other than the person (rule 1); as adjectives they do not.
        AssertField(new() { Id = "a", Label = "Date de naissance", Legend = "Personnel d'encadrement", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Code postal", Legend = "Adresse du correspondant", Section = "Association", Public = "associations", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Date de naissance", Legend = "Informations personnelles", Input = "date" }, ("identity.civil", true));
        AssertField(new() { Id = "d", Label = "Adresse personnelle", Input = "text" }, ("address.postal", true));
        // « Dénomination établissement » on a person's procedure, written without articles, is not the person's company.
        AssertField(new() { Id = "e", Label = "Dénomination établissement", Legend = "Habitation", Public = "particuliers", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_organisation_s_other_place_and_a_lessor_ask_nothing_held()
    {
        // D39: a place that is no registered establishment, or an address other than the registered one the hint names.
        AssertField(new() { Id = "a", Label = "Adresse précise du lieu concerné par la demande", Section = "Renseignements concernant l'établissement", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Adresse postale", Hint = "si différente du siège", Section = "Association", Public = "associations", Input = "text" }, ("other.not_held", false));
        // The establishment itself stays the register's.
        AssertField(new() { Id = "c", Label = "Adresse de l'établissement", Public = "professionnels", Input = "text" }, ("business.identity", true));
        // A business lease's lessor is someone else (rule 1).
        AssertField(new() { Id = "d", Label = "Nom de la société", Section = "Propriétaire des murs", Public = "professionnels", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_phrase_that_says_which_one_its_last_word_is_wins_over_the_phrase_that_only_named_it()
    {
        // « délivrance du permis » names a permit as the driving licence, by default; « permis de chasser » says which one.
        AssertField(new() { Id = "a", Label = "Date de délivrance du permis de chasser", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "b", Label = "Date de délivrance du permis de conduire", Input = "date" }, ("driving.licence", true));
        // A statement of a pension's payments stays its amounts: « pension » there is no default another phrase corrects.
        AssertField(new() { Id = "c", Label = "Relevé de pension d'invalidité", Input = "file" }, ("tax.income", true));
    }

    [Test]
    public void A_block_for_legal_or_natural_persons_is_the_filer_s_and_a_bare_organisation_on_a_person_s_form_is_someone_else_s()
    {
        // « Pour les personnes morales » says which filers the block is for: the filing company's register (rule 1, D7).
        AssertField(new() { Id = "a", Label = "Raison sociale", Legend = "Pour les personnes morales", Section = "Identification du demandeur", Public = "professionnels", Input = "text" }, ("business.identity", true));
        // « Pour les personnes physiques »: a sole trader files in their own name.
        AssertField(new() { Id = "b", Label = "Prénom", Legend = "Pour les personnes physiques", Section = "Identification du demandeur", Public = "professionnels", Input = "text" }, ("identity.civil", true));
        // « Entreprise » on a student's internship agreement is the host, not a company of the student's (rule 1).
        AssertField(new() { Id = "c", Label = "Entreprise", Hint = "Nom", Section = "Convention de stage", Public = "particuliers", Input = "text" }, ("other.not_held", false));
        // In the label too: « … ou raison sociale pour les personnes morales » offers the filing company's name, nobody else's.
        AssertField(new() { Id = "e", Label = "NOM de naissance du demandeur ou RAISON SOCIALE pour les personnes morales :", Public = "professionnels", Input = "text" }, ("business.identity", true));
        // On a structure's procedure the legal person or the employer a heading names is the one filing, not someone else.
        AssertField(new() { Id = "f", Label = "Raison sociale", Legend = "Identification de la personne morale", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "g", Label = "Extrait K bis", Legend = "Il est demandé à l'employeur de fournir les pièces suivantes", Public = "professionnels", Input = "file" }, ("business.registration", true));
        // On a person's procedure it is someone else's, and so is « votre employeur » on a structure's.
        AssertField(new() { Id = "h", Label = "Raison sociale", Legend = "Identification de la personne morale", Public = "particuliers", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "i", Label = "Raison sociale de votre employeur", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        // A former employer, a partner or an owner the label sets apart is another one.
        AssertField(new() { Id = "j", Label = "Forme juridique de l'ancien employeur", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "k", Label = "Dénomination de la personne morale associée", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        // A person who represents a legal person is still a third party's agent elsewhere.
        AssertField(new() { Id = "d", Label = "Nom", Legend = "Représentant de la personne morale", Public = "particuliers", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_bare_date_under_a_heading_that_names_a_public_act_is_that_act_s()
    {
        // Rule 6: the act a public body took is on its files, whether the label or the nearest heading names it.
        AssertField(new() { Id = "a", Label = "Date de début", Legend = "Arrêté d'autorisation en cours", Input = "date" }, ("other.held", true));
        // Not an act asked for in this very form (D28), nor a private party's (D32).
        AssertField(new() { Id = "b", Label = "Date de début", Legend = "Autorisation demandée", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Date de début", Legend = "Contrat de travail", Input = "date" }, ("other.not_held", false));
    }

    [Test]
    public void A_decision_named_only_by_its_kind_is_a_public_body_s_act()
    {
        // Rules 5 and 6: a decision is taken by whoever holds power over the case (a court, a commission, a prefect), so the
        // decision a recourse attacks, or its date, is on that body's files.
        AssertField(new() { Id = "a", Label = "Décision attaquée", Administration = "Tribunal administratif", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "b", Label = "Date de la décision", Legend = "Indiquez la décision de la commission de médiation", Input = "date" }, ("other.held", true));
        // A body named wins over the kind: an association's general meeting decides for itself.
        AssertField(new() { Id = "c", Label = "Relevé de décision de l'assemblée générale", Public = "associations", Input = "file" }, ("other.not_held", false));
        // The person's own decision is no act of anyone's.
        AssertField(new() { Id = "d", Label = "Votre décision", Input = "textarea" }, ("free.text", false));
        // Nor one another author took, or the person took or wishes; a grant or a refusal is still a public act.
        AssertField(new() { Id = "e", Label = "Date de la décision de l'employeur", Public = "professionnels", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Date de la décision du conseil d'administration", Public = "associations", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Date à laquelle vous avez pris la décision de déménager", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "h", Label = "Copie de la décision de mise en disponibilité", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_heading_that_names_the_filer_wins_over_the_place_a_page_is_about()
    {
        // Rule 3: under « 1- DECLARANT » the address is the declarant's, whatever installation or works the page declares (on a
        // structure's procedure, read as the declarant's own: a company's register holds it as well, counted either way).
        AssertField(new() { Id = "a", Label = "Code postal", Legend = "Adresse", Section = "1- DECLARANT", Page = "DECLARATION INITIALE D'UNE INSTALLATION CLASSEE", Public = "professionnels", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "b", Label = "Commune", Section = "Identification du demandeur", Page = "Demande d'autorisation de travaux", Input = "text" }, ("address.postal", true));
        // A section about the place itself, or a switch that says « je », leaves the page's place as it was.
        AssertField(new() { Id = "c", Label = "Code postal", Section = "Lieu de l'installation", Page = "DECLARATION INITIALE D'UNE INSTALLATION CLASSEE", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Ville", Legend = "Je veux entrer l'adresse manuellement", Section = "Adresse chantier", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        // Only a thing built or installed gives way: another address the page names is still another one.
        AssertField(new() { Id = "e", Label = "Adresse", Section = "Le déclarant", Page = "Déclaration de vol : lieu des faits", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_act_cited_as_the_rule_a_paper_follows_is_not_the_paper()
    {
        // « en application de l'arrêté », « visées par l'arrêté du… »: the law cited issued nothing the field asks for (rule 5).
        AssertField(new() { Id = "a", Label = "Justificatif de formation en application de l'arrêté préfectoral", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Attestation de stage conforme à l'arrêté du 5 mai 2017", Input = "file" }, ("other.not_held", false));
        // The act itself asked for is still the prefect's, and so is a paper said issued under it.
        AssertField(new() { Id = "c", Label = "Copie de l'arrêté préfectoral d'autorisation", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "d", Label = "Autorisation d'exploiter délivrée en application de l'arrêté préfectoral", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_public_body_a_paper_is_left_with_did_not_issue_it()
    {
        // « dépôt au service état civil », « à remettre à la mairie »: where the paper goes, not who made it (rule 5).
        AssertField(new() { Id = "a", Label = "Consentement écrit du parent absent (avec photocopie de sa pièce d'identité) ou dépôt au service état civil", Input = "file" }, ("other.not_held", false));
        // « remis par » says who gave it; a request already « déposée à la préfecture » was made to it (rule 6).
        AssertField(new() { Id = "b", Label = "Récépissé remis par la préfecture", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Copie de la demande d'asile déposée à la préfecture", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void An_envelope_to_post_the_reply_is_no_address()
    {
        // An envelope is a thing to send the answer in: the name and address written on it are no datum asked.
        AssertField(new() { Id = "a", Label = "1 enveloppe timbrée et libellée au nom et adresse du demandeur.", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Une enveloppe timbrée à vos nom et adresse", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void An_acronym_written_with_dots_is_the_acronym()
    {
        // « R.I.B. », « Code A.P.E. », « attestation C.A.F »: older forms dot each capital; not sentences of one letter.
        AssertField(new() { Id = "a", Label = "R.I.B.", Input = "file" }, ("bank.rib", false));
        AssertField(new() { Id = "b", Label = "Code A.P.E.", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "c", Label = "Bénéficiaire du R.S.A.", Input = "checkbox" }, ("social.benefits", true));
        Assert.Multiple(() =>
        {
            Assert.That(TextFolding.JoinDottedAcronyms("Fournir un R.I.B. Joindre aussi l'avis"), Is.EqualTo("Fournir un RIB. Joindre aussi l'avis"));
            Assert.That(TextFolding.JoinDottedAcronyms("M. Dupont, S.A. au capital de"), Is.EqualTo("M. Dupont, SA au capital de"));
            Assert.That(TextFolding.JoinDottedAcronyms("inscrit.e.s en L.3"), Is.EqualTo("inscrit.e.s en L.3"));
        });
    }

    [Test]
    public void A_footnote_number_glued_to_a_word_is_no_part_of_it()
    {
        // A copied « <sup>1</sup> » ends up glued to the word: « scolarité1 » is still a school certificate.
        AssertField(new() { Id = "a", Label = "certificat de scolarité1 ;", Legend = "Les descendants de 18 à 25 ans", Input = "file" }, ("education.student", true));
        Assert.Multiple(() =>
        {
            Assert.That(TextFolding.DropFootnoteMarks("revenus de l'année précédente2 ;"), Is.EqualTo("revenus de l'année précédente ;"));
            // Codes and numbered words keep their digits.
            Assert.That(TextFolding.DropFootnoteMarks("Logement T4, permis B2, covid19, ligne 2"), Is.EqualTo("Logement T4, permis B2, covid19, ligne 2"));
        });
        // A tax office's certificate of (non-)taxation is its notice (rule 5), whatever aid the page is for.
        AssertField(new() { Id = "b", Label = "le certificat d'imposition ou de non imposition de l'année civile complet,", Page = "BOURSES COMMUNALES", Input = "file" }, ("tax.notice", true));
    }

    [Test]
    public void An_upload_that_asks_two_papers_together_asks_the_held_one()
    {
        // « et » asks both: the identity document is asked even when a photo is named first.
        AssertField(new() { Id = "a", Label = "Photo d'identité et justificatif d'identité", Input = "file" }, ("identity.document", true));
        AssertField(new() { Id = "b", Label = "Attestation sur l'honneur et avis d'imposition", Input = "file" }, ("tax.notice", true));
        // « ou » leaves the choice to the person; another person's papers stay theirs.
        AssertField(new() { Id = "c", Label = "Photo d'identité ou justificatif d'identité", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "L'hébergeant devra fournir une attestation sur l'honneur et un justificatif de domicile", Input = "file" }, ("other.not_held", false));
        // « … certifiant l'exactitude des ressources et de la situation familiale » is what the first paper says.
        AssertField(new() { Id = "e", Label = "Attestation sur l'honneur certifiant l'exactitude des ressources et de la situation familiale", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Devis signé et copie de la carte grise", Input = "file" }, ("vehicle.registration", true));
    }

    [Test]
    public void A_past_dealing_with_an_administration_is_on_its_files()
    {
        // Rule 6: a complaint already made to it, a refusal or an offer it already gave are on its files.
        AssertField(new() { Id = "a", Label = "Avez-vous effectué une première réclamation auprès du service concerné ?", Input = "radio", Options = ["Oui", "Non"] }, ("other.held", true));
        AssertField(new() { Id = "b", Label = "avez-vous eu un refus ?", Input = "radio", Options = ["Oui", "Non"] }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Avez-vous reçu une proposition de logement ou d'hébergement ?", Input = "radio", Options = ["Oui", "Non"] }, ("other.held", true));
        // A landlord's answer is a private party's; a refusal being decided is no past.
        AssertField(new() { Id = "d", Label = "Avez-vous eu une proposition de votre bailleur ?", Input = "radio", Options = ["Oui", "Non"] }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Motif du refus", Input = "text" }, ("free.text", false));
    }

    [Test]
    public void A_kind_of_name_is_no_relative()
    {
        // « nom d'épouse », « nom de jeune fille » say which of one's names, not a spouse's or a daughter's: the heading says whose.
        AssertField(new() { Id = "a", Label = "Nom d'usage (ex. nom d'épouse)", Legend = "Coordonnées du bailleur", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Votre nom d'époux(se)", Input = "text" }, ("identity.civil", true));
        // « Nom de l'épouse » names her.
        AssertField(new() { Id = "c", Label = "Nom de l'épouse", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void A_commission_a_prefect_sets_up_is_public_and_an_organisation_chart_is_the_organisation_s_own()
    {
        // Rule 5: the prefecture's medical commission is no doctor's practice.
        AssertField(new() { Id = "a", Label = "l'avis favorable de la commission médicale", Legend = "Pour récupérer son permis auprès de la préfecture", Input = "file" }, ("other.held", true));
        // A chart the company draws of itself is no account, whatever headcounts it shows.
        AssertField(new() { Id = "b", Label = "Organigramme (non nominal) précisant les niveaux de participation et les effectifs de chaque entité", Public = "professionnels", Input = "file" }, ("other.not_held", false));
        // A doctor's certificate stays a private party's.
        AssertField(new() { Id = "c", Label = "Certificat médical", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_way_or_a_channel_is_no_street()
    {
        // « par voie électronique » says how papers travel, not where anyone lives: no proof of address.
        AssertField(new() { Id = "a", Label = "L'inventaire des pièces jointes", Legend = "Vous devez envoyer par la voie électronique", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Voies de recours exercées", Input = "textarea" }, ("other.not_held", false));
        // The street of an address, and a held paper under the same heading, read as before.
        AssertField(new() { Id = "c", Label = "Voie", Section = "Votre adresse", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "d", Label = "Avis d'imposition", Legend = "Transmettre par voie électronique", Input = "file" }, ("tax.notice", true));
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
    public void How_many_reads_as_the_number_of()
    {
        // « Combien d'enfants ? » asks the catalogue's « nombre d'enfants »; the exact word stays as written, on both paths.
        Assert.That(TextFolding.Words("Combien d'enfants ?"), Is.EqualTo((new List<string> { "nombre", "d", "enfant" }, new List<string> { "combien", "d", "enfants" })));
        Assert.That(TextFolding.WordsByDecomposition("Combien d'enfants, numéro ?"), Is.EqualTo(TextFolding.Words("Combien d'enfants, numéro ?")));
        AssertEach("number", ("family.composition", true), "Combien d'enfants avez-vous ?", "Combien de personnes vivent dans votre logement ?");
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
        // How whole the name is says nothing of whose; a quantifier is no thing, what it counts is.
        Assert.That(Classify(new() { Id = "c", Label = "Nom complet du produit", Input = "text" }).ItemId, Is.EqualTo("other.not_held"));
        Assert.That(Classify(new() { Id = "t", Label = "Noms de toutes les personnes vivant au foyer", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "s", Label = "Nom complet du stagiaire", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "o", Label = "Nom de chaque occupant du logement", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        // A person's name keeps its item: the phrase names it, a person noun follows, or a role says whose.
        Assert.That(Classify(new() { Id = "n", Label = "Nom de naissance", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "m", Label = "Nom du patient", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "e", Label = "Nom de l'enfant", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        // A kind of name any named thing has (« d'usage », « usuel ») does not make the thing a person; a person's stays theirs.
        AssertField(new() { Id = "u", Label = "Nom d'usage du lieu", Input = "text" }, ("other.not_held", false));
        AssertEach("text", ("identity.civil", true), "Nom d'usage", "Nom d'usage de l'enfant");

        // Asked as a question, the same: « Quel est le » opens it, the head is what follows.
        AssertEach("text", ("other.not_held", false), "Quel est le nom du projet ?", "Quel est le nom de votre projet ?");
        AssertEach("text", ("identity.civil", true), "Quel est votre nom ?", "Quel est le nom de l'enfant ?");
        Assert.That(TokenText.Of("Quelle est la date de votre demande ?").Head, Is.EqualTo("date"));

        // A hint or a placeholder that asks the name of a thing (another word about it beside or not) names no person; one that
        // names a person by their role keeps the name theirs.
        AssertField(new() { Id = "w", Label = "Cours d'eau", Placeholder = "Entrer le nom du cours d'eau", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "q", Label = "Équipement concerné", Hint = "Saisissez le nom ou le type de l'équipement concerné", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Conjoint", Placeholder = "Saisissez le nom de votre conjoint", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void What_a_register_says_of_the_filing_organisation_is_held_by_the_register()
    {
        Assert.That(Classify(new() { Id = "t", Label = "Type de votre structure", Input = "select" }).ItemId, Is.EqualTo("business.identity"));
        Assert.That(Classify(new() { Id = "c", Label = "Année de création de votre association", Input = "text" }).ItemId, Is.EqualTo("association.registration"));
        // A section that is the organisation itself (« Employeur » over the company's fields) names the filer too.
        Assert.That(Classify(new() { Id = "e", Label = "Type d'employeur", Section = "Employeur", Input = "select" }).ItemId, Is.EqualTo("business.identity"));
        // Someone else's organisation is not the filer's register.
        Assert.That(Classify(new() { Id = "b", Label = "Type de l'organisme de votre bailleur", Input = "select" }).ItemId, Is.EqualTo("other.not_held"));
    }

    [Test]
    public void A_checkbox_that_mentions_an_address_a_phone_or_an_email_asks_none_of_them()
    {
        foreach (var label in new[] { "Mon adresse est introuvable", "Je n'ai pas d'adresse électronique", "Ne dispose pas d'un téléphone" })
        {
            var d = Classify(new() { Id = "c", Label = label, Input = "checkbox" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), label);
        }

        // Typed, they are the data themselves.
        Assert.That(Classify(new() { Id = "a", Label = "Votre adresse", Input = "text" }).ItemId, Is.EqualTo("address.postal"));
        Assert.That(Classify(new() { Id = "t", Label = "Téléphone", Input = "text" }).ItemId, Is.EqualTo("contact.phone"));
    }

    [Test]
    public void An_enrolment_with_a_public_body_other_than_the_status_own_is_held_by_that_body()
    {
        var msa = Classify(new() { Id = "m", Label = "Êtes-vous inscrite auprès de la MSA ?", Input = "radio" });
        Assert.That((msa.ItemId, msa.Counted), Is.EqualTo(("other.held", true)));
        Assert.That(msa.Reason, Does.Contain("règle 5"));
        // The status's own body keeps the status.
        Assert.That(Classify(new() { Id = "f", Label = "Êtes-vous inscrit à France Travail ?", Input = "radio" }).ItemId, Is.EqualTo("employment.status"));
    }

    [Test]
    public void A_closed_question_about_the_persons_class_or_course_is_their_enrolment()
    {
        Assert.That(Classify(new() { Id = "k", Label = "En quelle classe entre votre enfant ?", Input = "select" }).ItemId, Is.EqualTo("education.student"));
        Assert.That(Classify(new() { Id = "f", Label = "Quelle filière suivez-vous ?", Input = "radio" }).ItemId, Is.EqualTo("education.student"));
        // A class of something else, or a course mentioned among needs, is not a schooling.
        Assert.That(Classify(new() { Id = "e", Label = "Classe énergétique du logement", Input = "select" }).ItemId, Is.Not.EqualTo("education.student"));
        Assert.That(Classify(new() { Id = "b", Label = "Avez-vous besoin d'aide pour trouver un logement, un emploi ou une formation ?", Input = "radio" }).ItemId,
            Is.Not.EqualTo("education.student"));
    }

    [Test]
    public void A_list_of_a_persons_data_asks_the_first_it_names()
    {
        var list = Classify(new() { Id = "l", Label = "Identité du déclarant : nom, prénoms, date de naissance, numéro de téléphone et adresse électronique", Input = "text" });
        Assert.That(list.ItemId, Is.EqualTo("identity.civil"));
        // An owner after « de » completes a name: it says whose.
        Assert.That(Classify(new() { Id = "o", Label = "Nom de votre employeur", Input = "text" }).ItemId, Is.EqualTo("other.not_held"));
    }

    [Test]
    public void Cues_written_in_the_masculine_find_the_feminine()
    {
        Assert.That(Classify(new() { Id = "a", Label = "Votre association est-elle assujettie à la TVA ?", Input = "radio" }).ItemId, Is.EqualTo("other.held"));
        Assert.That(Classify(new() { Id = "i", Label = "Êtes-vous inscrite à France Travail ?", Input = "radio" }).ItemId, Is.EqualTo("employment.status"));
    }

    [Test]
    public void A_date_of_a_held_status_is_known_to_its_holder_a_date_of_anything_else_is_not()
    {
        var cej = Classify(new() { Id = "c", Label = "Date de début de votre contrat d'engagement jeune", Input = "date" });
        Assert.That((cej.ItemId, cej.Counted), Is.EqualTo(("other.held", true)));
        Assert.That(cej.Reason, Does.Contain("règle 6"));
        Assert.That(Classify(new() { Id = "t", Label = "Date de début du contrat de travail", Input = "date" }).ItemId, Is.EqualTo("other.not_held"));
    }

    [Test]
    public void Free_text_is_what_a_person_says_in_their_own_words_not_a_number_or_a_heading()
    {
        Assert.That(Classify(new() { Id = "m", Label = "Précisez le motif de votre demande", Input = "textarea" }).ItemId, Is.EqualTo("free.text"));
        // A motive picked from a list is still the person's motive (the contract's « Motif de la demande »).
        Assert.That(Classify(new() { Id = "s", Label = "Motif de votre venue", Input = "select", Options = ["Première demande", "Renouvellement"] }).ItemId,
            Is.EqualTo("free.text"));
        Assert.That(Classify(new() { Id = "t", Label = "Type de structure", Section = "La description de la structure", Input = "select" }).ItemId,
            Is.EqualTo("other.not_held"));
        Assert.That(Classify(new() { Id = "n", Label = "Nombre de bénévoles", Section = "Description de votre projet", Input = "number" }).ItemId,
            Is.EqualTo("other.not_held"));
    }

    [Test]
    public void Someone_elses_identity_papers_are_not_held_for_the_applicant()
    {
        var host = Classify(new() { Id = "h", Label = "Copie de la carte d'identité de votre hébergeant", Input = "file" });
        Assert.That((host.ItemId, host.Counted), Is.EqualTo(("other.not_held", false)));
        var own = Classify(new() { Id = "o", Label = "Copie de votre carte d'identité", Input = "file" });
        Assert.That((own.ItemId, own.Counted), Is.EqualTo(("identity.document", true)));
        // A private party named beside a document it writes is its issuer: an employer's attestation is not the employer's papers.
        Assert.That(Classify(new() { Id = "e", Label = "Attestation de votre employeur", Input = "file" }).ItemId, Is.EqualTo("other.not_held"));
    }

    [Test]
    public void A_document_is_held_when_a_public_body_issued_it_whoever_the_body_is()
    {
        // Public social insurance, a commune's social centre, the national criminal record: public bodies, even where a word
        // of theirs (« assurance ») also names private insurers (rule 5).
        // The State's services in a département, the child welfare service, the public treasury, the housing agency too.
        foreach (var label in new[] { "Relevé de carrière de l'assurance retraite", "Attestation de domiciliation délivrée par le CCAS", "Extrait de casier judiciaire",
            "Attestation de prise en charge par l'aide sociale à l'enfance", "Accusé de réception de la DDT", "Attestation de la trésorerie",
            "Décision d'attribution de l'ANAH" })
        {
            var d = Classify(new() { Id = "p", Label = label, Input = "file" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), $"{label}: {d.Reason}");
        }

        Assert.That(Classify(new() { Id = "i", Label = "Attestation de votre assureur", Input = "file" }).Counted, Is.False, "an insurer is a private party");
        // A court's decision is the justice's, whatever it settles; a list that names another document first asks that one.
        AssertField(new() { Id = "j", Label = "Décision judiciaire fixant la résidence des enfants à charge", Input = "file" }, ("other.held", true));
        Assert.That(Classify(new() { Id = "l", Label = "Une pièce d'identité du parent. En cas de séparation, le jugement", Input = "file" }).ItemId, Is.EqualTo("identity.document"));
        // A deliberation is a public body's act (rule 5), unless a possessive makes it the possessor's own (« notre
        // délibération » on an association's procedure is the association's).
        AssertField(new() { Id = "d", Label = "Copie de la délibération", Input = "file" }, ("other.held", true));
        foreach (var (label, input) in new[] { ("Date de notre délibération", "date"), ("Copie de notre délibération", "file") })
        {
            var own = Classify(new() { Id = "a", Label = label, Input = input, Public = "associations" });
            Assert.That(own.Counted, Is.False, $"{label}: {own.Reason}");
        }
        // The vehicle register's own certificates are the registration's.
        Assert.That(Classify(new() { Id = "v", Label = "Certificat de non-gage", Input = "file" }).ItemId, Is.EqualTo("vehicle.registration"));
    }

    [Test]
    public void A_public_body_named_by_its_adjective_or_its_force_issues_the_document()
    {
        // « préfectorale », « municipale », « départementale » name the body as well as « préfecture » does; the police and
        // the gendarmerie are « les forces de l'ordre » (rule 5). A heading over an upload (« Pièces jointes à votre
        // demande ») does not make it free text.
        foreach (var label in new[] { "Autorisation préfectorale d'exercer", "Attestation de la police municipale", "Certificat remis par les forces de l'ordre" })
        {
            var d = Classify(new() { Id = "p", Label = label, Input = "file", Page = "Pièces jointes à votre demande" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), label + ": " + d.Reason);
        }
    }

    [Test]
    public void What_only_a_public_power_imposes_is_its_act()
    {
        // A formal notice, a daily penalty, a guardianship: only an administration or a court imposes them, so their date,
        // amount or copy is on that body's files (rules 5 and 6), whoever the form lets type them.
        foreach (var (label, input) in new[] { ("Date de réception de la mise en demeure", "date"), ("Montant de l'astreinte prononcée", "number"),
            ("Date de la mesure de protection en cours", "date"), ("Copie de la mise en demeure", "file") })
        {
            var d = Classify(new() { Id = "m", Label = label, Input = input });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), $"{label}: {d.Reason}");
        }

        // An « astreinte » is also an on-call duty at work: alone, no public act.
        var duty = Classify(new() { Id = "d", Label = "Montant de l'indemnité d'astreinte", Input = "number" });
        Assert.That(duty.ItemId, Is.Not.EqualTo("other.held"), duty.Reason);
    }

    [Test]
    public void A_body_named_wins_over_the_kind_of_document()
    {
        // « procès-verbal », « délibération » are kinds a public body usually issues; an association's general assembly is
        // no public body (rule 5).
        var association = Classify(new() { Id = "a", Label = "Procès-verbal de la dernière assemblée générale de l'association", Input = "file" });
        Assert.That(association.Counted, Is.False, association.Reason);
        foreach (var label in new[] { "Extrait de la délibération approuvant le projet", "Procès-verbal de constat de la gendarmerie" })
        {
            var d = Classify(new() { Id = "p", Label = label, Input = "file" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), label + ": " + d.Reason);
        }
    }

    [Test]
    public void What_a_document_is_said_to_mention_describes_it_and_is_not_asked()
    {
        // D5: the first document named is the one asked; « mentionnant vos nom et prénom » says what is on it.
        AssertField(new() { Id = "l", Label = "Attestation d'inscription sur la liste électorale mentionnant vos nom, prénom et date de naissance", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_place_of_birth_is_civil_status_and_a_parcel_reference_is_a_key()
    {
        Assert.That(Classify(new() { Id = "b", Label = "Code postal", Section = "Votre lieu de naissance", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "b2", Label = "Code postal de la commune de naissance", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        // Rule 9: the land register's reference of a parcel is a key, never counted; a parcel's size is a datum.
        foreach (var label in new[] { "Numéro de parcelle", "Section cadastrale" })
        {
            var d = Classify(new() { Id = "c", Label = label, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.key", false)), label);
        }

        Assert.That(Classify(new() { Id = "s", Label = "Superficie de la parcelle", Input = "number" }).ItemId, Is.Not.EqualTo("other.key"));
    }

    [Test]
    public void The_number_of_a_private_partys_record_is_no_administrations_key()
    {
        // Rule 9 keys records an administration holds; an insurer's contract or a bank's file is nobody's key here.
        Assert.That(Classify(new() { Id = "c", Label = "Numéro de contrat", Hint = "Il figure sur votre contrat d'assurance", Input = "text" }).ItemId,
            Is.Not.EqualTo("other.key"));
        AssertField(new() { Id = "d", Label = "Numéro de dossier", Hint = "Il figure sur le courrier de la préfecture", Input = "text" }, ("other.key", false));
    }

    [Test]
    public void An_organisation_or_a_person_named_by_what_they_do_for_the_applicant_is_someone_else()
    {
        // A lender, a host establishment, « the person who helps you »: third parties, not the filer nor the applicant (rule 1).
        foreach (var label in new[] { "Nom de l'organisme prêteur", "Nom de l'établissement d'accueil", "Prénom de la personne qui vous aide" })
        {
            var d = Classify(new() { Id = "t", Label = label, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), label);
        }

        // The public payer of a benefit is no private party.
        Assert.That(Classify(new() { Id = "p", Label = "Organisme payeur", Input = "radio" }).ItemId, Is.EqualTo("other.held"));
    }

    [Test]
    public void A_military_record_or_a_title_the_State_grants_is_held_by_its_issuer()
    {
        // The armed forces' papers, a record of service to the State, an honour, and what a public body grants to carry on a
        // regulated activity or to hold a public good are issued by that body (rule 5): held, « other.held » where no item fits.
        AssertEach("file", ("other.held", true), "Copie du livret militaire", "État signalétique et des services",
            "Titre de la médaille ou de la décoration", "Copie de la licence de débit de boissons", "Carte professionnelle en cours de validité",
            "Certificat de capacité du responsable", "Titre de concession du caveau");
        // A body named wins over the kind: a federation's licence is a private paper.
        AssertField(new() { Id = "f", Label = "Copie de la licence délivrée par la fédération", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void The_party_that_transfers_a_business_is_another_party_like_a_seller()
    {
        // In a transfer the « cédant » is the other party, as a « vendeur » is in a sale (rule 1): their particulars are theirs.
        AssertField(new() { Id = "b", Label = "Date de naissance", Section = "CÉDANT(S)", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Adresse du cédant", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_number_sign_glued_to_its_word_or_lost_still_asks_a_number()
    {
        // « N°SIRET », as typed without a space, and « N CHORUS : » from a form in capitals whose « ° » was lost, ask a number.
        AssertField(new() { Id = "s", Label = "N°SIRET :", Input = "text" }, ("business.identifiers", false));
        AssertField(new() { Id = "p", Label = "N°PACAGE de l'exploitation", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "c", Label = "N FINESS :", Input = "text" }, ("other.key", false));
        Assert.That(TextFolding.SplitNumberSign("N°SIRET et nº TVA"), Is.EqualTo("N° SIRET et nº TVA"));
        Assert.That(TextFolding.SplitNumberSign("N Sécurité sociale :"), Is.EqualTo("N° Sécurité sociale :"));
        // Not an « n » before a word in small letters, a word that begins with « N », nor a degree after a figure.
        Assert.That(TextFolding.SplitNumberSign("N bonjour"), Is.EqualTo("N bonjour"));
        Assert.That(TextFolding.SplitNumberSign("Nom"), Is.EqualTo("Nom"));
        Assert.That(TextFolding.SplitNumberSign("Température 20°C"), Is.EqualTo("Température 20°C"));
    }

    [Test]
    public void A_word_that_only_looks_like_a_public_paper_names_none()
    {
        // After an auxiliary, « arrêté » is the verb (« As-tu arrêté… »), not a prefect's order; with an article it is the order.
        AssertEach("radio", ("other.not_held", false), "As-tu arrêté la natation pendant plus d'un mois ?", "Avez-vous arrêté de fumer ?", "J'ai arrêté mon activité");
        AssertField(new() { Id = "o", Label = "Copie de l'arrêté que vous avez reçu", Input = "file" }, ("other.held", true));
        // An act that gives the model of a form is cited, not issued: the form is the user's (rule 5).
        AssertField(new() { Id = "m", Label = "Déclaration conforme au modèle annexé à l'arrêté ministériel", Input = "file" }, ("other.not_held", false));
        // A vehicle's technical inspection is a private centre's, like a « contrôle technique » (rule 5).
        AssertField(new() { Id = "v", Label = "Procès-verbal de la visite technique du véhicule", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void An_upload_proves_the_datum_it_names_only_when_its_paper_is_named_by_what_it_proves()
    {
        // Rule 5: « Justificatif de domicile », « Copie d'une pièce justifiant de votre identité », « Déclaration de domicile »
        // are the papers that prove the datum.
        AssertEach("file", ("address.proof", true), "Justificatif récent de domicile", "Une déclaration de domicile", "Copie lisible d'un document attestant votre domicile",
            "Document prouvant que vous habitez à l'adresse indiquée", "Attestation d'élection de domicile", "Quittance de loyer à votre adresse actuelle");
        AssertEach("file", ("identity.document", true), "Copie d'une pièce justifiant de votre identité", "Pièce justificative d'identité", "Joindre une pièce justifiant de votre identité");
        // A paper of a kind of its own that shows the datum is that paper; a fact proved is no datum either.
        AssertEach("file", ("other.not_held", false), "Copie de l'attestation d'assurance avec Nom et Prénom mentionné du demandeur",
            "Une copie de la facture où figureront le nom du bénéficiaire", "Une lettre de demande précisant l'activité, l'identité du demandeur",
            "Tous documents prouvant que le mineur a eu sa résidence habituelle en France", "Formulaire de déclaration en 2 exemplaires, datés et signés",
            "Justificatif de paiement mentionnant vos nom et prénom", "Déclaration de domicile sur l'honneur", "Fiche d'identité du projet");
        // A public body's paper stays that body's (rule 5).
        AssertField(new() { Id = "c", Label = "Bulletin n°3 du casier judiciaire au nom du demandeur", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_stream_with_no_headings_is_decided_a_bounded_number_of_fields_at_a_time_with_its_blocks_going_on()
    {
        // One group of fields with no page, section or legend: decisions come every MaxGroup fields, not at the end of input,
        // and a block that straddles two such parts (« Nom de l'employeur » then « Adresse ») is read as in one reading.
        var fields = Enumerable.Range(0, Classifier.FieldsInOrder.MaxGroup - 1).Select(i => new FieldObservation { Id = $"c{i}", Label = "Commentaire", Input = "textarea" })
            .Append(new FieldObservation { Id = "employeur", Label = "Nom de l'employeur", Input = "text" })
            .Append(new FieldObservation { Id = "adresse", Label = "Adresse", Input = "text" })
            .Append(new FieldObservation { Id = "prenom", Label = "Prénom", Input = "text" }).ToList();
        var inOrder = new Classifier.FieldsInOrder(Classifier.Default);
        var given = new List<FieldDecision>();
        var firstAt = -1;
        for (var i = 0; i < fields.Count; i++)
        {
            var done = inOrder.Add(fields[i]);
            if (done.Count > 0 && firstAt < 0)
            {
                firstAt = i;
            }

            given.AddRange(done);
        }

        given.AddRange(inOrder.Complete());
        Assert.That(firstAt, Is.EqualTo(Classifier.FieldsInOrder.MaxGroup), "the first part is given when the next field comes");
        Assert.That(given.Select(d => (d.FieldId, d.ItemId, d.Counted)), Is.EqualTo(Classifier.Default.ClassifyInOrder(fields).Select(d => (d.FieldId, d.ItemId, d.Counted))));
        Assert.That(given.Single(d => d.FieldId == "adresse").Counted, Is.False, "the employer's address, across the two parts");
    }

    [Test]
    public void A_public_bodys_name_in_another_sense_issues_nothing()
    {
        // Cue collisions (rule 5): an insurance policy, a cash position, takings, the payee of a cheque name no public body that
        // issued the paper.
        AssertEach("file", ("other.not_held", false), "Attestation de police d'assurance souscrite par l'organisateur", "Tableau de trésorerie",
            "État actuel de la trésorerie de l'entreprise", "Plan de trésorerie prévisionnel", "Besoin en trésorerie de la structure",
            "Le budget prévisionnel (dépenses et recettes) de l'association", "Chèque à l'ordre du Trésor public");
        AssertEach("file", ("other.not_held", false), "N° de police", "Copie de la police responsabilité civile", "Prévisionnel de trésorerie",
            "Recette de billetterie", "Chèque libellé à l'ordre de la Trésorerie de Lyon");
        // A letter to a body's head is sent to the body, not issued by it; nor by the adjective inside its name.
        AssertField(new() { Id = "l", Label = "Lettre de demande adressée au président du conseil régional indiquant le montant", Input = "file" }, ("other.not_held", false));
        AssertEach("file", ("other.not_held", false), "Lettre à l'attention de Madame la Directrice de la CAF", "Lettre adressée à M. le Président du Conseil départemental",
            "Courrier adressé au directeur général de l'ARS");
        AssertEach("file", ("other.held", true), "Attestation de la trésorerie municipale", "Certificat de la recette des finances", "Récépissé délivré par la police",
            "Délibération du conseil municipal");
        // A level's adjective on a private body's noun: federations, leagues, unions and clubs are private (D37).
        AssertEach("file", ("other.not_held", false), "Attestation du Comité départemental olympique et sportif", "Avis de la Ligue régionale de football");
        AssertField(new() { Id = "k", Label = "Attestation du président du conseil départemental", Input = "file" }, ("other.held", true));
        // The bodies themselves still issue their papers.
        AssertEach("file", ("other.held", true), "Attestation délivrée par la trésorerie", "Récépissé du dépôt de plainte à la police",
            "Attestation de la trésorerie de Lyon", "Certificat délivré par la recette des finances");
    }

    [Test]
    public void A_paper_a_request_is_to_obtain_is_not_yet_held()
    {
        // « Obtenir une carte professionnelle »: the heading names what the procedure grants; the uploads under it serve to
        // obtain it and are not it, nor is the page title that names it. Neither is the option that asks for it.
        AssertField(new() { Id = "f", Label = "Formulaire complété et signé", Section = "Obtenir une carte professionnelle", Page = "Carte professionnelle", Input = "file" },
            ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Pièces complémentaires", Section = "Pour tout demandeur de licence", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "r", Label = "Demander une licence de transport", Legend = "Votre démarche", Input = "radio" }, ("other.not_held", false));
        // A heading that names a paper already issued still makes an upload under it that paper (rule 5).
        AssertField(new() { Id = "u", Label = "Fichier", Section = "Carte professionnelle", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_datum_listed_after_a_name_is_asked_beside_it_not_whose_name_it_is()
    {
        // « nom, prénoms, profession, domicile, nationalité, date et lieu de naissance »: a list asks each datum; the first
        // named, the person's name, is held (D5), whatever the unheld ones listed after it.
        AssertEach("text", ("identity.civil", true), "Nom, prénoms, profession, domicile, nationalité, date et lieu de naissance",
            "vos nom, prénoms, profession, domicile");
        AssertField(new() { Id = "h", Label = "DEMANDEURS", Hint = "Indiquez ici vos nom, prénoms, profession, domicile, nationalité, date et lieu de naissance.", Input = "text" }, ("identity.civil", true));
        // A word right after the name still says which name (« Nom commercial » is no person's).
        Assert.That(Classify(new() { Id = "c", Label = "Nom commercial", Input = "text" }).ItemId, Is.Not.EqualTo("identity.civil"));
    }

    [Test]
    public void A_list_asks_the_datum_named_first_even_by_a_generic_word()
    {
        // D5: « Adresse, téléphone & mail » lists three data; the first named, the address, is asked (and held).
        AssertEach("text", ("address.postal", true), "Adresse, téléphone & mail", "Adresse, courriel");
        // The other order asks the phone first; a phrase is no list (« Adresse e-mail »).
        AssertField(new() { Id = "t", Label = "Téléphone, adresse", Input = "text" }, ("contact.phone", false));
        AssertField(new() { Id = "e", Label = "Adresse e-mail", Input = "text" }, ("contact.email", false));
    }

    [Test]
    public void A_parents_address_is_no_part_of_a_civil_status_record()
    {
        // An act of civil status records a parent's name and birth (« Date de naissance » under « Votre mère » is the
        // record's), never where they live: under a parent's heading an address is the household's home (D27, D37).
        AssertField(new() { Id = "a", Label = "Adresse", Legend = "La mère, belle-mère ou tutrice", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "b", Label = "Date de naissance", Legend = "Votre mère", Input = "date" }, ("civil.record", true));
    }

    [Test]
    public void A_parent_named_as_the_childs_responsible_gives_their_own_identity()
    {
        // On a child's file the parent who answers for the child fills the form for the household (D27): « Nom » under
        // « Responsable légal 1 : Père » or under « Coordonnées des parents » is their own name, not the child's birth record.
        AssertField(new() { Id = "n", Label = "Nom", Legend = "Responsable légal 1 : Père", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "d", Label = "Date de naissance", Legend = "Mère", Section = "Coordonnées des parents", Input = "date" }, ("identity.civil", true));
        // The applicant's own parents stay their filiation, which their birth record holds.
        AssertField(new() { Id = "f", Label = "Nom", Legend = "Votre père", Input = "text" }, ("civil.record", true));
    }

    [Test]
    public void A_civility_alone_prompts_the_name_written_after_it()
    {
        // Paper forms and contracts print « M. ou Mme ____ », « Je soussigné, M. ____ »: the name of the person (rule 1).
        AssertEach("text", ("identity.civil", true), "M. ou Mme", "Monsieur, Madame", "Je soussigné(e), M. ou Mme");
        // Under a heading that names someone else, it is their name.
        AssertField(new() { Id = "t", Label = "M. ou Mme", Section = "Le garant", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_person_named_by_the_rights_they_hold_owns_the_name_under_it()
    {
        // « Mes enfants ayants droit » names persons, as « Étudiant » does: « Nom » under it is their name, not their rights.
        AssertField(new() { Id = "n", Label = "Nom", Legend = "Mes enfants ayants droit", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "d", Label = "Date de naissance", Legend = "Ayant droit", Input = "date" }, ("identity.civil", true));
    }

    [Test]
    public void An_address_under_a_heading_for_the_persons_particulars_is_their_address()
    {
        // « 1. État civil », « Identité » head the person's particulars: the address listed there is their home, not their civil status.
        AssertField(new() { Id = "a", Label = "Adresse", Legend = "1. État civil", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "c", Label = "Code postal", Legend = "Identité du candidat", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "n", Label = "Nom", Legend = "1. État civil", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void A_heading_names_the_datum_of_a_bare_label_only_at_its_head()
    {
        // A word deep in a sentence the heading makes says where the block stands, not what its labels ask.
        AssertField(new() { Id = "n", Label = "Navire", Section = "Sollicite l'autorisation de pratiquer la pêche au chalut pélagique en couple avec :", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Fonction", Section = "Modèle : Déclarer une reprise d'activité rémunérée à sa caisse de retraite", Input = "text" }, ("other.not_held", false));
        // At its head, the heading says what the block asks; a bare answer keeps its question's words wherever they stand.
        AssertField(new() { Id = "d", Label = "Date de délivrance", Section = "Votre passeport", Input = "date" }, ("identity.document", true));
        AssertField(new() { Id = "o", Label = "Oui", Legend = "Au cours des douze derniers mois, avez-vous perçu le revenu de solidarité active ?", Input = "radio" }, ("social.benefits", true));
    }

    [Test]
    public void A_minors_legal_representative_lives_at_the_households_home_unless_the_form_says_otherwise()
    {
        // D27, D37: a minor's parent or legal representative belongs to the household; the address their block asks is the
        // household's home, held, where the form does not say they live elsewhere.
        AssertField(new() { Id = "a", Label = "Adresse", Section = "Représentant légal", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "c", Label = "Code Postal", Section = "PARENTS ou TUTEURS", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "d", Label = "Adresse du représentant légal 1", Input = "text" }, ("address.postal", true));
        // Said elsewhere, or a relative the person lives apart from: another address (rule 3).
        AssertField(new() { Id = "s", Label = "Adresse", Legend = "Représentant légal 2 (si adresse différente)", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Quel est le code postal de la commune de vos parents ?", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Adresse", Section = "Votre conjoint", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_organisation_named_by_what_it_is_to_the_filer_or_who_works_for_it_is_another_one()
    {
        // On a structure's procedure, its parent company, the body it belongs to, its certifier, the contractor in charge of
        // the works, its printer or its liquidator have registers of their own: not the filer's data (rule 1).
        AssertEach("text", ("other.not_held", false), "Dénomination de la société mère", "Adresse de l'organisme de certification",
            "Raison sociale de l'entreprise chargée des travaux", "Nom ou raison sociale et adresse de l'imprimeur", "Nom et adresse du liquidateur");
        AssertField(new() { Id = "r", Label = "Raison sociale :", Section = "1.2. Organisme de rattachement", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        // The filer itself, named plainly or as « votre », stays its register's.
        AssertField(new() { Id = "d", Label = "Dénomination de la société", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "o", Label = "Raison sociale :", Section = "Organisme demandeur", Public = "professionnels", Input = "text" }, ("business.identity", true));
    }

    [Test]
    public void A_time_asked_about_the_home_is_a_fact_about_it_not_the_address()
    {
        // Rule 3: a date or a duration about the address is not held; the head of the label says what is asked, or a label
        // that ends on « depuis » (since when).
        AssertEach("text", ("other.not_held", false), "Nombre d'années à cette adresse", "Année d'arrivée à cette adresse",
            "Durée de résidence à l'adresse actuelle", "Nombre de mois de résidence dans la commune", "Vous habitez à cette adresse depuis :");

        // The address itself, at a date, or a count that is no time, reads as before; a time about no home is not this rule.
        AssertEach("text", ("address.postal", true), "Adresse", "Adresse au 1er janvier", "Adresse de votre domicile");
        AssertEach("text", ("family.composition", true), "Nombre de personnes vivant au logement");
        AssertEach("text", ("identity.civil", true), "Date de naissance");
        var reason = Classify(new() { Id = "t", Label = "Nombre d'années à cette adresse", Input = "number" }).Reason;
        Assert.That(reason, Does.Contain("qualificatif : fait sur le logement (libellé « nombre »)"), "the reviewer sees the cue");
    }

    [Test]
    public void A_job_seekers_compensation_is_the_employment_status_a_houses_is_not()
    {
        // Rule 4: being compensated as a job-seeker, chosen or asked where the headings or the administration speak of
        // employment, is France Travail's record.
        AssertField(new() { Id = "i", Label = "Indemnisé", Section = "Vous êtes actuellement demandeur d'emploi", Input = "radio" }, ("employment.status", true));
        AssertField(new() { Id = "i", Label = "Je ne suis pas indemnisé•e", Legend = "Quelle allocation percevez-vous actuellement ?", Administration = "France Travail", Input = "radio" }, ("employment.status", true));
        AssertField(new() { Id = "d", Label = "Date de fin de votre indemnisation", Section = "Situation", Administration = "France Travail", Input = "date" }, ("employment.status", true));

        // A house compensated after a disaster, or compensation with no word of employment, is no job-seeker's.
        AssertField(new() { Id = "m", Label = "La maison a-t-elle déjà été indemnisée au titre du retrait-gonflement des argiles ?", Legend = "Indemnisation passée", Input = "radio" }, ("other.not_held", false));
        AssertField(new() { Id = "v", Label = "Avez-vous été indemnisé ?", Section = "Le sinistre", Input = "radio" }, ("other.not_held", false));
        foreach (var (label, legend) in new[] { ("La perte de récolte a-t-elle été indemnisée ?", "Allocation de solidarité aux agriculteurs"), ("Date de début de l'indemnisation", "Arrêt maladie"),
            ("Êtes-vous indemnisé par la sécurité sociale ?", "Allocation journalière du proche aidant"), ("Indemnisation", "Mode d'emploi") })
        {
            Assert.That(Classify(new() { Id = "o", Label = label, Legend = legend, Input = "radio" }).ItemId, Is.Not.EqualTo("employment.status"), $"{label} / {legend}");
        }
    }

    [Test]
    public void A_cue_whose_letters_make_another_word_here_does_not_fire()
    {
        // « ayant permis de conclure » is the verb « permettre »; « en lien avec » means « related to », not a bond.
        var verb = Classify(new() { Id = "d", Label = "Diagnostic écologique", Hint = "Les inventaires ayant permis de conclure à l'absence d'espèces protégées", Input = "file" });
        Assert.That(verb.ItemId, Is.Not.EqualTo("driving.licence"), verb.Reason);
        Assert.That(Classify(new() { Id = "t", Label = "Le transport est-il en lien avec votre hospitalisation ?", Input = "radio" }).ItemId, Is.Not.EqualTo("family.composition"));

        // The nouns still read as before.
        AssertField(new() { Id = "p", Label = "Permis", Legend = "Vos pièces", Input = "file" }, ("driving.licence", true));
        AssertField(new() { Id = "l", Label = "Lien avec l'enfant", Input = "select" }, ("family.composition", true));
        AssertField(new() { Id = "d", Label = "Droit à permis", Section = "Vos pièces", Input = "file" }, ("driving.licence", true));
    }

    [Test]
    public void A_paper_about_the_home_listed_as_a_proof_of_address_is_that_proof()
    {
        // Rule 5: the catalogue names the proof of address; a lease, a home insurance or a housing tax listed under a heading
        // that asks for it is that proof. Alone, a lease is a private paper; the host's papers are the host's.
        FieldDecision Under(string label, string section) => Classify(new() { Id = "p", Label = label, Input = "file", Section = section });
        var proofs = new[]
        {
            Under("Contrat de location", "Exemple de justificatif de résidence recevable :"),
            Under("Si vous êtes locataire : contrat de location ou assurance habitation ou taxe d'habitation", "4/ Justificatifs de domicile"),
            Under("Si vous êtes propriétaire : acte de propriété ou taxe foncière", "Justificatifs de domicile"),
        };
        Assert.Multiple(() =>
        {
            Assert.That(proofs.Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("address.proof", true)));
            Assert.That(proofs[0].Reason, Does.Contain("pièce sur le logement (« contrat de location ») demandée comme justificatif de domicile (section « justificatif de résidence »)"));
            Assert.That(Classify(new() { Id = "p", Label = "Contrat de location", Input = "file" }).ItemId, Is.EqualTo("other.not_held"));
            Assert.That(Under("Quittance de loyer de l'hébergeant", "Justificatifs de domicile").ItemId, Is.Not.EqualTo("address.proof"));
            Assert.That(Under("Bulletin de salaire", "Justificatifs de domicile").ItemId, Is.EqualTo("tax.income"), "a paper about no home keeps its item");
            Assert.That(Under("Contrat de location signé avec le bailleur", "Justificatifs de domicile").ItemId, Is.EqualTo("address.proof"), "the landlord is the lease's other party");
        });

        // A heading that names a paper, not the proof as such, or a hint that says the paper does not serve; a label that
        // names its own paper (the host's attestation); a business lease.
        Assert.Multiple(() =>
        {
            Assert.That(Under("Contrat de location", "Paiement des loyers").ItemId, Is.Not.EqualTo("address.proof"));
            Assert.That(Classify(new() { Id = "h", Label = "Contrat de location", Section = "Pièces relatives au logement", Hint = "Le contrat de location ne constitue pas un justificatif de domicile", Input = "file" }).ItemId, Is.Not.EqualTo("address.proof"));
            Assert.That(Classify(new() { Id = "h", Label = "Attestation d'hébergement", Section = "Justificatif de domicile", Hint = "accompagnée de la taxe foncière ou du bail de l'hébergeant", Input = "file" }).ItemId, Is.Not.EqualTo("address.proof"));
            Assert.That(Classify(new() { Id = "b", Label = "Bail commercial", Section = "Justificatif de domicile", Public = "professionnels", Input = "file" }).ItemId, Is.Not.EqualTo("address.proof"));
        });
    }

    [Test]
    public void A_heading_that_locates_a_place_makes_its_address_fields_that_place()
    {
        // Rule 3: « Localisation », « Emplacement », « Lieu » as the head of a heading say where a thing is (a road under
        // works, a withdrawal point), on a person's procedure or a structure's; the fields under it are that place.
        foreach (var (section, page, pub) in new[] { ("Localisation", "", "professionnels"), ("Emplacement", "", "particuliers"), ("", "Lieu", "particuliers") })
        {
            foreach (var label in new[] { "Voie", "Ville ou code postal", "Adresse" })
            {
                var d = Classify(new() { Id = "l", Label = label, Section = section, Page = page, Public = pub, Input = "text" });
                Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label} / {section}{page}: {d.Reason}");
            }
        }

        // Counter-cases: a heading that names the home, the person's own place or a birth place stays theirs.
        foreach (var (label, section) in new[] { ("Voie", "Lieu de résidence"), ("Adresse", "Votre localisation"), ("Code postal", "Lieu d'habitation") })
        {
            AssertField(new() { Id = "h", Label = label, Section = section, Input = "text" }, ("address.postal", true));
        }

        AssertField(new() { Id = "b", Label = "Commune", Section = "Lieu de naissance", Input = "text" }, ("identity.civil", true));

        // The place word alone decides: a legend « Adresse » under « Localisation » is still that place; the home named by
        // the label wins (« L'adresse de votre lieu de résidence »); another place completed by the home stays another place.
        AssertField(new() { Id = "g", Label = "Voie", Legend = "Adresse", Section = "Localisation", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "l", Label = "L'adresse de votre lieu de résidence", Section = "Lieu", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "o", Label = "Adresse", Section = "Localisation du logement", Input = "text" }, ("other.not_held", false));
        AssertEach("text", ("other.not_held", false), "Précédente adresse");
        var reason = Classify(new() { Id = "r", Label = "Voie", Section = "Localisation", Input = "text" }).Reason;
        Assert.That(reason, Does.Contain("section « localisation »"), "the reviewer sees the heading");
    }

    [Test]
    public void A_document_the_label_says_a_french_body_made_is_not_from_abroad_whatever_the_heading()
    {
        // Rule 5: each public body the label names is tried; « commune » in « vie commune » issues nothing, « par la Mairie » does.
        var d = Classify(new()
        {
            Id = "c", Label = "Certificat de vie commune ou de concubinage délivré par la Mairie de votre lieu de résidence", Input = "file",
            Section = "Documents d'état civil dans la langue d'origine (+ traduction en langue française)",
        });
        Assert.That(d.Counted, Is.True, d.Reason);
        Assert.That(d.Reason, Does.Not.Contain("étranger"));

        // The first « par » names the maker: a translator approved by a court made the translation, abroad stays abroad.
        var translated = Classify(new()
        {
            Id = "t", Label = "Acte de naissance traduit par un traducteur agréé par la cour d'appel", Input = "file",
            Section = "Documents d'état civil dans la langue d'origine (+ traduction en langue française)",
        });
        Assert.That(translated.Reason, Does.Contain("étranger"), translated.Reason);
    }

    [Test]
    public void An_address_of_a_thing_is_another_place()
    {
        // Rule 3: the complement of « adresse » says which address; a thing (a building, an operation, a worksite) is
        // another place than the home, in the label or in the heading over the address's parts, on any procedure.
        foreach (var pub in new[] { "particuliers", "professionnels" })
        {
            AssertField(new() { Id = "b", Label = "Adresses du ou des bâtiments concernés par l'opération", Public = pub, Input = "text" }, ("other.not_held", false), pub);
            AssertField(new() { Id = "c", Label = "Adresse du chantier", Public = pub, Input = "text" }, ("other.not_held", false), pub);
            AssertField(new() { Id = "v", Label = "Ville", Section = "Adresse(s) de l'opération", Public = pub, Input = "text" }, ("other.not_held", false), pub);
        }

        // Counter-cases: the home, the household, an e-mail, the organisation's own seat keep their items.
        AssertEach("text", ("address.postal", true), "Adresse du domicile", "Adresse de votre logement", "Adresse du foyer", "Adresse de la personne titulaire");
        AssertField(new() { Id = "m", Label = "Adresse de messagerie", Input = "email" }, ("contact.email", false));
        AssertField(new() { Id = "s", Label = "Adresse du siège social", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "e", Label = "Adresse de l'entreprise", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "p", Label = "Code postal", Section = "Adresse de résidence", Input = "text" }, ("address.postal", true));

        // A person the role words do not name, or a home, keeps the address; the complement is its first noun, not a word
        // further on (« (commune, voie) » lists the thing's parts).
        AssertEach("text", ("address.postal", true), "Adresse du jeune", "Adresse de la maison", "L'adresse de votre lieu de résidence");
        AssertEach("text", ("other.not_held", false), "Adresse de l'opération (commune, voie)");
    }

    [Test]
    public void An_organisation_named_on_a_persons_procedure_is_another_party()
    {
        // Rule 1: on a person's procedure no organisation files; one the label names with an article, under no heading that
        // gives it to the person, is someone else's (a past employer, a provider): its register is not the person's.
        foreach (var label in new[] { "Nom de l'entreprise", "Adresse de l'entreprise ou association" })
        {
            AssertField(new() { Id = "e", Label = label, Section = "Mes expériences professionnelles", Public = "particuliers", Input = "text" }, ("other.not_held", false), label);
        }

        // Counter-cases: the person's own organisation (a possessive, a heading that speaks to them), a bare « Raison
        // sociale », and any organisation on a structure's procedure keep the register's item.
        AssertField(new() { Id = "v", Label = "Nom de votre entreprise", Public = "particuliers", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "c", Label = "Nom de l'organisme", Page = "Vos coordonnées", Public = "particuliers", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "m", Label = "Nom de l'entreprise", Section = "Mon entreprise", Public = "particuliers", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "r", Label = "Raison sociale", Public = "particuliers", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "p", Label = "Nom de l'entreprise", Public = "professionnels", Input = "text" }, ("business.identity", true));

        // A page title that only speaks to the person gives them nothing.
        AssertField(new() { Id = "d", Label = "Nom de l'entreprise", Page = "Déposer votre demande", Public = "particuliers", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_box_that_gives_a_consent_asks_no_data_in_whatever_person_the_verb_is()
    {
        // Rule 1: what is asked, not what is mentioned; the consent verb conjugated, or first in the label.
        foreach (var label in new[]
        {
            "Autorise l'administrateur à récupérer le quotient familial depuis le système API Particulier",
            "En cochant cette case, vous consentez à diffuser des données à caractère personnel sur les services numériques de Pôle emploi.",
            "J'autorise la CAF à transmettre mon quotient familial",
        })
        {
            AssertField(new() { Id = "c", Label = label, Input = "checkbox" }, ("other.not_held", false), label);
        }

        // A yes-or-no choice on a consent is the same agreement.
        AssertField(new() { Id = "r", Label = "Le déclarant consent à ce que son identité soit communiquée", Input = "radio" }, ("other.not_held", false));

        // Counter-cases: a status ticked, a participle, the same words typed.
        AssertField(new() { Id = "q", Label = "Quotient familial", Input = "text" }, ("family.quotient", true));
        AssertField(new() { Id = "a", Label = "Bénéficiaire de l'allocation aux adultes handicapés (AAH)", Input = "checkbox" }, ("social.benefits", true));
    }

    [Test]
    public void The_kind_of_the_home_asked_is_a_fact_about_it_not_the_address()
    {
        // Rule 3, D25: a label whose head is a kind and whose complement is the address or the home as a whole.
        AssertEach("radio", ("other.not_held", false), "Type d'adresse", "Nature du logement", "Catégorie de résidence", "Type d'habitation");

        // A part of the address keeps the address.
        AssertEach("text", ("address.postal", true), "Type de voie", "Complément d'adresse");
    }

    [Test]
    public void A_contact_named_as_a_person_is_someone_else()
    {
        // Rule 1: « du contact », « Contacts d'urgence » name a person to reach, a third party; their e-mail and phone keep
        // their contact items.
        AssertEach("text", ("other.not_held", false), "Nom du contact", "Civilité du contact", "Prénom du contact");
        AssertField(new() { Id = "u", Label = "Nom", Page = "Contacts d'urgence et de sortie", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "r", Label = "Rue", Page = "Contacts d'urgence et de sortie", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Adresse email du contact", Input = "email" }, ("contact.email", false));

        // « de contact » and a heading « Contact » are the person's own ways of being reached.
        AssertField(new() { Id = "n", Label = "Nom", Section = "Contact", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "a", Label = "Adresse", Section = "Informations de contact", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "m", Label = "Adresse mail de contact", Input = "email" }, ("contact.email", false));
    }

    [Test]
    public void An_address_before_or_after_the_present_one_is_another_address()
    {
        // Only the current home is held (rule 3): the former, the future, the one of a stay are other places.
        foreach (var label in new[] { "Adresse de votre ancien logement", "Adresse du futur logement", "Adresse de résidence pendant la formation" })
        {
            var d = Classify(new() { Id = "a", Label = label, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), label);
        }

        Assert.That(Classify(new() { Id = "h", Label = "Adresse de votre domicile", Input = "text" }).Counted, Is.True);

        // D4: in a change of address, the new address is where the person now lives, the current home.
        AssertField(new() { Id = "n", Label = "Nouvelle adresse", Hint = "Celle où vous habitez désormais", Input = "text" }, ("address.postal", true));

        // The place a heading is about (the damage, the structure being declared, « le lieu ») is not the home either; a
        // place named inside a document's name (« titre de propriété ») is no place at all.
        foreach (var (label, section) in new[] { ("Code postal", "Localisation des dégâts"), ("Adresse", "Localisation de l'ouvrage déclaré"), ("Adresse du lieu", "") })
        {
            var d = Classify(new() { Id = "p", Label = label, Section = section, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label} / {section}: {d.Reason}");
        }

        AssertField(new() { Id = "t", Label = "Justificatif de domicile (facture d'énergie, titre de propriété ou quittance de loyer)", Input = "file" }, ("address.proof", true));
    }

    [Test]
    public void A_step_already_taken_with_an_administration_is_on_its_files()
    {
        var asked = Classify(new() { Id = "d", Label = "Avez-vous fait une demande de médiation ?", Input = "radio" });
        Assert.That((asked.ItemId, asked.Counted), Is.EqualTo(("other.held", true)));
        Assert.That(asked.Reason, Does.Contain("règle 6"));
        // Someone else's file is theirs, and a decision being made in this very form is not on file yet.
        Assert.That(Classify(new() { Id = "b", Label = "Avez-vous fait une demande auprès de votre banque ?", Input = "radio" }).Counted, Is.False);
        Assert.That(Classify(new() { Id = "m", Label = "Montant attribué", Input = "number" }).Counted, Is.False);
        // A past aid a private party gave is on no administration's files.
        Assert.That(Classify(new() { Id = "p", Label = "Avez-vous déjà bénéficié d'un prêt bancaire ?", Input = "radio" }).Counted, Is.False);
    }

    [Test]
    public void What_a_deliberation_or_an_order_fixed_is_on_the_files_of_the_body_that_took_it()
    {
        // A kind of act names no body, but says a public one acted (rule 6).
        AssertEach("text", ("other.held", true), "Taux de la taxe fixé par délibération", "Date d'effet fixée par arrêté");
    }

    [Test]
    public void What_the_administration_that_asks_made_itself_it_holds_when_it_says_so_as_we()
    {
        // Rule 6: « nos services », « notre décision »: the administration that asks speaks of its own act.
        AssertEach("file", ("other.held", true), "Convocation envoyée par nos services", "Copie du courrier reçu de nos services", "Copie de notre courrier");
        AssertEach("date", ("other.held", true), "Date du rendez-vous fixé par nos services", "Date de notre décision");
        AssertEach("number", ("other.held", true), "Montant de l'aide accordée par nos services l'an dernier");
        Assert.That(Classify(new() { Id = "d", Label = "Date de notre décision", Input = "date" }).Reason,
            Does.Contain("acte de l'administration qui demande (« notre décision ») : elle le détient (règle 6)"));

        // A message to it, a wish for a meeting with it, a private party's letter: nothing it made.
        AssertField(new() { Id = "m", Label = "Message à nos services", Input = "textarea" }, ("free.text", false));
        AssertEach("radio", ("other.not_held", false), "Souhaitez-vous un rendez-vous avec nos conseillers ?");
        AssertEach("file", ("other.not_held", false), "Courrier du médecin");

        // « nous » may be who files: a couple's attestation, an association's own decision on its structure's procedure.
        AssertEach("file", ("other.not_held", false), "Copie de notre attestation sur l'honneur");
        var association = Classify(new() { Id = "a", Label = "Copie de notre décision d'assemblée générale", Input = "file", Public = "associations" });
        Assert.That(association.Reason, Does.Not.Contain("administration qui demande"), association.Reason);
    }

    [Test]
    public void A_form_the_user_fills_in_is_theirs_whatever_it_is_about()
    {
        foreach (var label in new[] { "Formulaire de réclamation relatif à l'avis de contravention", "Requête en contestation de la décision de la préfecture",
            "Le formulaire cerfa n° 12345*01 rempli et signé, demande d'allocation logement" })
        {
            var d = Classify(new() { Id = "f", Label = label, Input = "file" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label}: {d.Reason}");
            Assert.That(d.Reason, Does.Contain("formulaire que l'usager remplit"));
        }

        // A form a public body issued is held by it; a body that issued something else the form is about is not its issuer.
        foreach (var label in new[] { "Formulaire S1 délivré par la CPAM", "Formulaire A1 délivré par l'organisme de sécurité sociale", "Formulaire S1 de la CPAM" })
        {
            Assert.That(Classify(new() { Id = "s", Label = label, Input = "file" }).Counted, Is.True, label);
        }

        var contest = Classify(new() { Id = "c", Label = "Requête en contestation de l'arrêté délivré par la préfecture", Input = "file" });
        Assert.That(contest.Counted, Is.False, contest.Reason);
    }

    [Test]
    public void A_scheme_someone_benefits_from_now_is_held_by_the_body_that_granted_it()
    {
        foreach (var label in new[] { "Votre société bénéficie-t-elle de l'exonération de cotisation foncière ?", "Bénéficiez-vous actuellement d'un allègement de charges ?",
            "Je suis bénéficiaire d'un projet d'accompagnement éducatif", "Bénéficiaire d'une mesure d'accompagnement social personnalisé",
            "Le projet bénéficie-t-il d'une subvention de la région ?", "Le chantier bénéficie d'un financement de l'État",
            // The participle is the same verb; a regime something falls under was assigned by a public body.
            "Société bénéficiant du dispositif des zones franches urbaines", "Établissement relevant du régime de l'enregistrement" })
        {
            var d = Classify(new() { Id = "s", Label = label, Input = label.EndsWith('?') ? "radio" : "checkbox" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), $"{label}: {d.Reason}");
            Assert.That(d.Reason, Does.Contain("règles 4 et 6"));
        }

        // Wishing for a scheme is not having it, a denial grants nothing, an advantage a private party gives names no
        // scheme, and a phrase of the catalogue keeps its own decision.
        foreach (var label in new[] { "Je voudrais bénéficier de l'exonération", "Souhaitez-vous que votre enfant bénéficie du dispositif d'aide aux devoirs ?",
            "Je certifie que mon association ne bénéficie d'aucune autre aide publique", "Bénéficiez-vous d'une aide de votre banque ?", "Bénéficiez-vous d'un financement de votre banque ?",
            "Le salarié bénéficie-t-il d'une voiture de fonction ?", "Votre enfant bénéficie-t-il d'un régime alimentaire particulier ?",
            "Je ne suis bénéficiaire d'aucune aide",
            // Falling under something else than a regime is no grant.
            "Le transport relève-t-il d'une urgence ?", "Mon projet relève d'une de ces listes" })
        {
            var d = Classify(new() { Id = "w", Label = label, Input = "radio" });
            Assert.That(d.Counted, Is.False, $"{label}: {d.Reason}");
        }
    }

    [Test]
    public void A_heading_that_names_the_organisation_says_which_one_a_technical_name_means()
    {
        // « personne_morale » in a developer's name only says « an organisation »; the heading says it is the one that files.
        foreach (var (label, section) in new[] { ("Ville", "Informations de l'entreprise"), ("Prénom", "Représentant légal de la société") })
        {
            var d = Classify(new() { Id = "o", Label = label, Section = section, Name = "personne_morale_" + label.ToLowerInvariant(), Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("business.identity", true)), $"{label} / {section}: {d.Reason}");
        }

        // Under someone else's heading it stays theirs, and a host organisation is someone else.
        var landlord = Classify(new() { Id = "b", Label = "Ville", Section = "Coordonnées du bailleur", Name = "personne_morale_ville", Input = "text" });
        Assert.That(landlord.Counted, Is.False, landlord.Reason);
        var host = Classify(new() { Id = "h", Label = "Adresse", Section = "Entreprise d'accueil", Name = "employeur_adresse", Input = "text" });
        Assert.That(host.Counted, Is.False, host.Reason);
    }

    [Test]
    public void A_heading_that_asks_for_a_translation_makes_the_documents_foreign()
    {
        var act = Classify(new() { Id = "f", Label = "Copie intégrale de votre acte de naissance", Input = "file",
            Section = "Actes de l'état civil dans la langue du pays, avec leur traduction en langue française" });
        Assert.That((act.ItemId, act.Counted), Is.EqualTo(("other.not_held", false)), act.Reason);

        // A hint's condition on any document is no origin, and « française ou étrangère » is either: still the held document.
        AssertField(new() { Id = "p", Label = "Justificatif de domicile", Input = "file", Hint = "Un document en langue étrangère doit être traduit en français." }, ("address.proof", true));
        AssertField(new() { Id = "c", Label = "Carte nationale d'identité française ou étrangère", Input = "file" }, ("identity.document", true));
    }


    [Test]
    public void A_document_the_label_says_may_come_from_France_or_abroad_takes_its_French_item()
    {
        // D2: only a document explicitly from abroad is held by no one here.
        AssertEach("file", ("civil.record", true),
            "Copie intégrale de l'acte de naissance, datant de moins de 3 mois si elle est délivrée en France, de moins de 6 mois si elle est délivrée à l'étranger");
        AssertEach("file", ("other.not_held", false), "Pièce d'identité délivrée hors de France", "Acte de naissance étranger",
            "Jugement de divorce rendu à l'étranger");
    }

    [Test]
    public void A_foreigner_is_a_person_not_the_origin_of_a_paper()
    {
        // After a noun for people « étranger » says who files, not where the paper comes from: the permit is the prefecture's.
        AssertField(new() { Id = "t", Label = "Titre de séjour en cours de validité (pour les citoyens étrangers)", Input = "file" }, ("identity.document", true));
        // A residence permit stays the prefecture's whatever the person's origin is called (« hors U.E », « non européens »);
        // a country named says where a paper comes from.
        AssertField(new() { Id = "n", Label = "Nature du titre de séjour :", Hint = "Si nationalité hors U.E", Input = "text" }, ("identity.document", true));
        AssertField(new() { Id = "c", Label = "Copie du titre de séjour en cours de validité (pour les étrangers non européens)", Input = "file" }, ("identity.document", true));
        AssertField(new() { Id = "r", Label = "Titre de séjour délivré par le pays de résidence", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Passeport", Section = "Pièces à fournir par les ressortissants étrangers", Input = "file",
            Hint = "Délivré par les autorités de son pays" }, ("other.not_held", false), "a passport from one's own country, for a foreigner");

        // So after « pour » with no article, or before what the person is (« étranger mineur »): the French birth act of the
        // page's minor is still the French civil record; an act from abroad stays another country's.
        const string page = "Liste des pièces à fournir pour une demande de document de circulation pour étranger mineur (DCEM)";
        AssertField(new() { Id = "b", Label = "Extrait d'acte de naissance avec filiation du mineur", Page = page, Input = "file" }, ("civil.record", true));
        AssertField(new() { Id = "a", Label = "Acte de naissance délivré à l'étranger", Page = page, Input = "file" }, ("other.not_held", false));

        // After a verb of being (« si vous êtes étranger ») the word is what the person is: the French identity card or the
        // prefecture's residence permit is still asked.
        AssertEach("file", ("identity.document", true), "Pièce d'identité, ou titre de séjour si vous êtes étranger",
            "Carte d'identité ou passeport (ou toute autre pièce justificative d'état civil et de nationalité) + titre de séjour si vous êtes étranger",
            "Titre de séjour si le demandeur est étranger");
        AssertEach("file", ("identity.document", true), "Titre de séjour (si vous êtes de nationalité étrangère)");
    }

    [Test]
    public void The_name_of_a_thing_may_share_its_noun_with_another_word()
    {
        AssertField(new() { Id = "n", Label = "Nom ou type du cours d'eau", Input = "text" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "p", Label = "Nom et prénom de l'enfant", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "q", Label = "Nom et qualité du demandeur", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public void A_record_named_in_the_heading_does_not_own_the_address_asked_under_it()
    {
        // « Autre donnée détenue » says neither whose nor which place: the town asked under it is still an address.
        AssertField(new() { Id = "c", Label = "Commune", Section = "Mesure de protection juridique en cours", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void A_career_asked_by_a_pension_fund_is_on_its_own_files()
    {
        const string Label = "Avez-vous travaillé comme chef d'entreprise au cours de votre carrière ?";
        var fund = Classify(new() { Id = "c", Label = Label, Input = "radio", Administration = "Caisse nationale d'assurance vieillesse" });
        Assert.That((fund.ItemId, fund.Counted), Is.EqualTo(("other.held", true)), fund.Reason);
        Assert.That(fund.Reason, Does.Contain("règle 6"));

        // Asked by another administration, or about a career abroad, no one here keeps it.
        Assert.That(Classify(new() { Id = "m", Label = Label, Input = "radio", Administration = "Mairie de Lyon" }).Counted, Is.False);
        var abroad = Classify(new() { Id = "a", Label = "oui", Legend = "Avez-vous cotisé à l'étranger ?", Input = "radio", Administration = "Carsat Bretagne" });
        Assert.That(abroad.Counted, Is.False, abroad.Reason);
        var quarters = Classify(new() { Id = "q", Label = "Nombre de trimestres", Legend = "Vos périodes d'activité à l'étranger", Input = "number", Administration = "Carsat Bretagne" });
        Assert.That(quarters.Counted, Is.False, quarters.Reason);
    }

    [Test]
    public void The_place_of_ones_studies_is_ones_enrolment_not_ones_home()
    {
        AssertEach("text", ("education.student", true), "Commune du lycée", "Code postal de l'université");

        // The home during one's studies is another address, a pupil's postcode is their home; a town of birth is no school.
        Assert.That(Classify(new() { Id = "e", Label = "Code postal de l'élève", Input = "text" }).ItemId, Is.Not.EqualTo("education.student"));
        Assert.That(Classify(new() { Id = "h", Label = "Adresse pendant vos études", Input = "text" }).Counted, Is.False);
        Assert.That(Classify(new() { Id = "b", Label = "Ville de naissance", Input = "text" }).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public void A_text_areas_hint_is_advice_about_the_persons_words_not_a_datum()
    {
        var d = Classify(new() { Id = "t", Label = "Votre message", Input = "textarea", Hint = "Nous vous répondrons par courriel sous huit jours." });
        Assert.That(d.ItemId, Is.EqualTo("free.text"), d.Reason);

        // A label that names the datum keeps it, a hint that begins by naming data says what to type, and a one-line field
        // keeps its hint.
        Assert.That(Classify(new() { Id = "v", Label = "Vos coordonnées", Input = "textarea", Hint = "Nom, prénom, adresse postale" }).ItemId, Is.EqualTo("identity.civil"));
        Assert.That(Classify(new() { Id = "a", Label = "Adresse", Input = "textarea", Hint = "Numéro et voie" }).ItemId, Is.EqualTo("address.postal"));
        Assert.That(Classify(new() { Id = "c", Label = "Contact", Input = "text", Hint = "Votre adresse courriel" }).ItemId, Is.EqualTo("contact.email"));
    }

    [Test]
    public void An_address_the_request_creates_or_changes_is_not_the_home()
    {
        foreach (var (label, section) in new[] { ("Voie", "Demande d'ajout d'une adresse"), ("Code postal", "Suppression du lieu-dit") })
        {
            var d = Classify(new() { Id = "p", Label = label, Section = section, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label} / {section}: {d.Reason}");
            Assert.That(d.Reason, Does.Contain("règle 3"));
        }

        // The person's own address, changed by the request, is still theirs, and so is theirs asked under a nearer heading.
        foreach (var (section, page) in new[] { ("Modification de votre adresse", null), ("Demande de modification d'adresse", null), ("Vos coordonnées", "Demande de création d'une adresse") })
        {
            AssertField(new() { Id = "o", Label = "Code postal", Section = section, Page = page, Input = "text" }, ("address.postal", true), $"{section}");
        }
    }

    [Test]
    public void The_name_and_address_asked_under_a_thing_the_request_adds_are_that_things()
    {
        // Rules 1 and 3: a heading that brings a new thing into the request makes a bare name or address under it the thing's.
        foreach (var (heading, asPage) in new[] { ("Pré-enregistrer une nouvelle chambre froide (CCG)", false), ("Nouvelle expérience", false), ("Création d'un point de prélèvement", true), ("Ajouter un lieu", true) })
        {
            foreach (var label in new[] { "Nom", "Nom usuel", "Adresse" })
            {
                var d = Classify(new() { Id = "t", Label = label, Section = asPage ? null : heading, Page = asPage ? heading : null, Input = "text" });
                Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label} / {heading}: {d.Reason}");
            }
        }

        Assert.That(Classify(new() { Id = "t", Label = "Nom", Section = "Nouvelle expérience", Input = "text" }).Reason, Does.Contain("nom de ce que la demande ajoute (section « nouvelle expérience »)"));

        // A person added (a role, or a noun naming someone by what they do) or the person's own file stays theirs.
        foreach (var heading in new[] { "Nouveau probationnaire", "Création d'un préleveur", "Ajout d'un enfant", "Création de compte", "Nouvelle demande", "Nouveau membre" })
        {
            Assert.That(Classify(new() { Id = "p", Label = "Nom", Page = heading, Input = "text" }).ItemId, Is.EqualTo("identity.civil").Or.EqualTo("other.not_held"), heading);
            Assert.That(Classify(new() { Id = "p", Label = "Nom", Page = heading, Input = "text" }).Reason, Does.Not.Contain("ce que la demande ajoute"), heading);
        }

        AssertField(new() { Id = "p", Label = "Prénom", Page = "Nouveau probationnaire", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "a", Label = "Adresse", Page = "Création de votre compte", Input = "text" }, ("address.postal", true));

        // A new identity paper, one's details, a birth, a parent are the person's; a name that says whose (« de naissance ») is theirs.
        AssertField(new() { Id = "n", Label = "Nom de naissance", Section = "Nouvelle carte d'identité", Input = "text" }, ("identity.civil", true));
        foreach (var heading in new[] { "Enregistrement des coordonnées", "Enregistrement d'un Pacs", "Nouvelle naissance", "Ajouter un parent", "Enregistrement | Identité" })
        {
            AssertField(new() { Id = "n", Label = "Nom", Section = heading, Input = "text" }, ("identity.civil", true));
        }

        AssertField(new() { Id = "a", Label = "Adresse", Section = "Enregistrement des coordonnées", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "o", Label = "Autres noms", Page = "Création d'un point de prélèvement", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void The_name_asked_under_a_place_the_request_acts_on_is_that_places()
    {
        AssertField(new() { Id = "n", Label = "Nom proposé", Legend = "Renommage de la rue", Input = "text" }, ("other.not_held", false));

        // Under a heading that speaks to the person, the name is theirs.
        AssertField(new() { Id = "o", Label = "Nom", Legend = "Vos coordonnées", Page = "Renommage de la rue", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void A_date_of_the_document_a_heading_names_is_part_of_that_document()
    {
        AssertField(new() { Id = "e", Label = "Date d'expiration", Page = "Passeport", Input = "date" }, ("identity.document", true));
        AssertField(new() { Id = "r", Label = "Limite de validité", Section = "Récépissé préfectoral", Input = "date" }, ("other.held", true));

        // A date the person wishes is theirs; a date under an address heading is about the home, not the address (rule 3).
        Assert.That(Classify(new() { Id = "w", Label = "Date souhaitée", Page = "Passeport", Input = "date" }).Counted, Is.False);
        AssertField(new() { Id = "h", Label = "Date", Legend = "Votre adresse", Input = "date" }, ("other.not_held", false));

        // An amount written on a bill is no one's record; the bill itself still proves the address.
        AssertField(new() { Id = "m", Label = "Montant", Section = "Facture d'électricité", Input = "number" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "f", Label = "Facture d'électricité", Input = "file" }).ItemId, Is.EqualTo("address.proof"));
    }

    [Test]
    public void A_heading_that_names_a_public_body_is_about_that_body()
    {
        foreach (var (label, legend) in new[] { ("Adresse", "Caisse de retraite"), ("Ville", "Votre caisse d'assurance maladie") })
        {
            var d = Classify(new() { Id = "b", Label = label, Legend = legend, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label} / {legend}: {d.Reason}");
        }

        // A heading that names the person's datum is theirs.
        AssertField(new() { Id = "d", Label = "Adresse", Legend = "Adresse déclarée à la CAF", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void The_scheme_or_fund_a_person_belongs_to_is_an_affiliation_it_can_look_up()
    {
        foreach (var (label, input) in new[] { ("De quelle caisse dépendez-vous ?", "radio"), ("Quel est votre régime ?", "radio") })
        {
            var d = Classify(new() { Id = "a", Label = label, Input = input });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.held", true)), label);
        }

        // A diet is no scheme.
        Assert.That(Classify(new() { Id = "r", Label = "Régime alimentaire", Input = "select" }).Counted, Is.False);
    }

    [Test]
    public void A_word_of_a_public_bodys_name_is_no_third_party()
    {
        // « assurance » alone is an insurer; inside « caisse d'assurance maladie » it is part of the body's name: the person's
        // fund, whose affiliation it keeps (D40).
        AssertField(new() { Id = "c", Label = "Nom de votre caisse d'assurance maladie", Input = "text" }, ("other.held", true));
        var insurer = Classify(new() { Id = "i", Label = "Nom de votre assurance", Input = "text" });
        Assert.That(insurer.Counted, Is.False, insurer.Reason);

        // « banque » alone is a bank; the State's databases (« banque nationale », « banque de données ») keep records, and a
        // code in one is a key to that record (rule 9).
        foreach (var label in new[] { "Code de l'ouvrage dans la banque de données du sous-sol", "Identifiant du point dans la Banque nationale des eaux" })
        {
            var d = Classify(new() { Id = "b", Label = label, Input = "text" });
            Assert.That((d.ItemId, d.Reading?.Subject), Is.EqualTo(("other.key", Subject.Applicant)), $"{label}: {d.Reason}");
        }

        Assert.That(Classify(new() { Id = "r", Label = "Code de votre banque", Input = "text" }).ItemId, Is.Not.EqualTo("other.key"));
    }

    [Test]
    public void The_health_scheme_is_named_by_any_of_its_nouns()
    {
        // D40: the scheme one belongs to is an affiliation its fund keeps, whichever noun names it.
        AssertEach("select", ("other.held", true), "Organisme de sécurité sociale", "À quel régime de protection sociale êtes-vous rattaché ?");
    }

    [Test]
    public void A_birth_is_asked_by_the_participle_of_naitre()
    {
        foreach (var (label, input) in new[] { ("Né(e) à", "text"), ("Êtes-vous née en France ?", "radio"), ("Le demandeur est né(e) hors de France", "checkbox") })
        {
            AssertField(new() { Id = "b", Label = label, Input = input }, ("identity.civil", true), $"{label}");
        }

        // « ne » is no participle, and a heading that states a birth says whose documents the list is for.
        Assert.That(Classify(new() { Id = "n", Label = "Je ne souhaite pas répondre", Input = "checkbox" }).ItemId, Is.Not.EqualTo("identity.civil"));
        var listed = Classify(new() { Id = "p", Label = "Toute autre pièce utile", Section = "Vous êtes né à l'étranger de parents nés en France", Input = "file" });
        Assert.That(listed.ItemId, Is.Not.EqualTo("identity.document"), listed.Reason);
    }

    [Test]
    public void The_bond_with_a_member_of_the_household_is_its_composition()
    {
        AssertField(new() { Id = "r", Label = "Quelle relation avez-vous avec votre enfant ? Votre relation avec lui", Input = "select" }, ("family.composition", true));
        var bond = Classify(new() { Id = "l", Label = "Liens familiaux avec le mineur", Input = "select" });
        Assert.That(bond.ItemId, Is.EqualTo("family.composition"), bond.Reason);
    }

    [Test]
    public void Membership_of_a_public_fund_is_on_its_files()
    {
        AssertEach("radio", ("other.held", true), "Êtes-vous affiliée à la Carsat ?", "Êtes-vous cotisant auprès de l'Ircantec ?");
        // A standing in a body's files followed by the body itself: « Allocataire CAF », « Assurée de la MSA ».
        AssertEach("checkbox", ("other.held", true), "Allocataire CAF", "Assurée de la MSA");

        // An association's member has no public fund behind them.
        Assert.That(Classify(new() { Id = "a", Label = "Êtes-vous adhérent à un club sportif ?", Input = "radio" }).Counted, Is.False);

        // A scheme asked alone is one's affiliation; a school's, a tax or a marriage regime is no social insurance.
        AssertEach("select", ("other.held", true), "De quelle caisse dépendez-vous ?");
        AssertEach("select", ("other.not_held", false), "Régime scolaire", "Régime fiscal", "Régime matrimonial");
    }

    [Test]
    public void What_a_french_body_decided_about_nationality_is_held_though_nationality_is_not()
    {
        AssertEach("file", ("other.held", true), "Copie du certificat de nationalité française", "Décret de naturalisation publié au Journal officiel");

        Assert.That(Classify(new() { Id = "x", Label = "Quelle est votre nationalité ?", Input = "select" }).Counted, Is.False);
    }

    [Test]
    public void A_number_in_a_public_bodys_files_is_a_key_to_them()
    {
        AssertEach("text", ("other.key", false), "Numéro d'adhérent MSA", "Identifiant interne à la préfecture", "N° d'usager",
            "Numéro de l'acte de mariage", "Numéro AGDREF");

        // A bare « Numéro » under a heading that names a document is that document's number (D16); under the address, the street's.
        foreach (var (heading, item) in new[] { ("Carte nationale d'identité", "other.key"), ("Votre permis de conduire", "other.key"), ("Votre adresse", "address.postal") })
        {
            var d = Classify(new() { Id = "h", Label = "Numéro", Section = heading, Input = "text" });
            Assert.That(d.ItemId, Is.EqualTo(item), $"{heading}: {d.Reason}");
        }

        // A bare « Numéro » under a heading that names a public body is the person's number in its files: the catalogue's own
        // key where the body has one, else a key to a record (rule 9).
        foreach (var (heading, item) in new[] { ("Votre CAF", "family.caf_number"), ("Sécurité sociale", "social.nir"), ("Mairie", "other.key") })
        {
            AssertField(new() { Id = "k", Label = "Numéro", Section = heading, Input = "text" }, (item, false), $"{heading}");
        }

        // A bank account's number is bank details, which no administration holds for the person.
        AssertEach("text", ("bank.rib", false), "Numéro de compte bancaire");

        // A number with neither is no key: a datum no administration holds, by default.
        AssertField(new() { Id = "c", Label = "Numéro de commande", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_benefit_named_by_a_generic_word_is_the_one_the_asking_administration_pays()
    {
        // Asked by France Travail, « votre allocation » is the unemployment benefit it pays (D26); asked by a CAF or with no
        // administration, the catalogue's social benefits. « assurance chômage » is a public scheme, not an insurer (rule 1).
        foreach (var administration in new[] { "France Travail", "Pôle emploi" })
        {
            AssertField(new() { Id = "a", Label = "Montant mensuel de votre allocation", Input = "number", Administration = administration }, ("employment.status", true));
        }

        AssertField(new() { Id = "c", Label = "Montant mensuel de votre allocation", Input = "number", Administration = "CAF" }, ("social.benefits", true));
        // Someone else's allowance is theirs; one another body pays is that body's.
        AssertField(new() { Id = "h", Label = "Montant de l'allocation perçue par votre hébergeant", Input = "number", Administration = "France Travail" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "o", Label = "Montant de l'allocation versée par la CAF", Input = "number", Administration = "France Travail" }).ItemId,
            Is.Not.EqualTo("employment.status"));
        AssertField(new() { Id = "n", Label = "Montant mensuel de votre allocation", Input = "number" }, ("social.benefits", true));
        var scheme = Classify(new() { Id = "s", Label = "Une prestation d'assurance chômage", Input = "radio", Legend = "Quelle allocation percevez-vous ?" });
        Assert.That((scheme.ItemId, scheme.Reading?.Subject), Is.EqualTo(("employment.status", Subject.Applicant)), scheme.Reason);
    }

    [Test]
    public void What_a_field_asks_wins_over_how_it_is_typed_or_worded()
    {
        // A text area the label asks to fill in one's own words is free text, whatever courtesy wish it adds.
        AssertField(new() { Id = "t", Label = "Une note ou un commentaire que vous aimeriez ajouter ?", Input = "textarea" }, ("free.text", false));
        // A box about a vehicle states a fact; the vehicle's papers are still asked as such.
        AssertField(new() { Id = "v", Label = "Avez-vous voyagé en véhicule personnel ?", Input = "checkbox" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Carte grise du véhicule", Input = "file" }, ("vehicle.registration", true));
        // A wish in a text area's label does not take the text's place.
        AssertField(new() { Id = "w", Label = "Prénom souhaité et motif de la demande", Input = "textarea" }, ("free.text", false));
        // An ordinal stands before a role as an article does: « 1er auteur » is someone else; « 1er tiers » is a fraction.
        foreach (var section in new[] { "1er auteur", "Deuxième témoin" })
        {
            var d = Classify(new() { Id = "s", Label = "Sexe", Input = "select", Section = section });
            Assert.That((d.ItemId, d.Reading?.Subject), Is.EqualTo(("other.not_held", Subject.ThirdParty)), $"{section}: {d.Reason}");
        }

        Assert.That(Classify(new() { Id = "f", Label = "Montant du 1er tiers provisionnel", Input = "number" }).Reading?.Subject, Is.Not.EqualTo(Subject.ThirdParty));
    }

    [Test]
    public void A_vehicle_is_the_persons_one_in_the_singular_and_a_class_of_them_in_the_plural()
    {
        // The registration file knows a vehicle; « les véhicules concernés par la restriction » is a class of vehicles.
        AssertEach("text", ("vehicle.registration", true), "Véhicule", "Votre véhicule");
        foreach (var label in new[] { "Types de véhicules concernés", "Véhicules autorisés sur le site" })
        {
            var d = Classify(new() { Id = "v", Label = label, Input = "checkbox" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{label}: {d.Reason}");
        }
    }

    [Test]
    public void A_permit_is_a_driving_licence_only_when_it_lets_one_drive()
    {
        AssertEach("file", ("other.held", true), "Copie du permis de construire accordé", "Permis de chasser validé pour la saison");

        Assert.That(Classify(new() { Id = "b", Label = "Votre brevet de sécurité routière (BSR)", Input = "file" }).ItemId, Is.EqualTo("driving.licence"));
        Assert.That(Classify(new() { Id = "c", Label = "Copie du permis", Input = "file" }).ItemId, Is.EqualTo("driving.licence"));
    }

    [Test]
    public void The_cards_the_mobility_card_replaced_are_disability_decisions()
    {
        AssertField(new() { Id = "c", Label = "Votre carte d'invalidité en cours de validité", Input = "file" }, ("disability.decision", true));
    }

    [Test]
    public void A_property_a_second_home_or_where_to_send_something_is_another_address()
    {
        AssertEach("text", ("other.not_held", false), "Code postal du bien", "Adresse de votre résidence secondaire", "Adresse à laquelle le titre sera expédié",
            "Adresse où envoyer la carte", "Adresse dans votre pays d'origine");

        var home = Classify(new() { Id = "h", Label = "Adresse à laquelle vous résidez", Input = "text" });
        Assert.That((home.ItemId, home.Counted), Is.EqualTo(("address.postal", true)), home.Reason);

        // A heading that asks where something is or happened asks a place; « Où habitez-vous ? » asks the home.
        foreach (var (legend, item) in new[] { ("Où ?", "other.not_held"), ("Où a eu lieu l'accident ?", "other.not_held"), ("Où habitez-vous ?", "address.postal") })
        {
            var d = Classify(new() { Id = "o", Label = "Code postal", Legend = legend, Input = "text" });
            Assert.That(d.ItemId, Is.EqualTo(item), $"{legend}: {d.Reason}");
        }
    }

    [Test]
    public void A_telephone_input_whose_label_only_says_where_asks_a_number()
    {
        // « Domicile : » beside « Portable : », « Travail : » on telephone inputs is where the number rings.
        AssertEach("tel", ("contact.phone", false), "Domicile :", "Travail", "Bureau");
        AssertEach("text", ("address.postal", true), "Domicile :");
        AssertEach("tel", ("address.postal", true), "Adresse du domicile");
        // A fax line is a telephone number too.
        AssertEach("text", ("contact.phone", false), "Fax :", "N° de télécopie");
    }

    [Test]
    public void Your_employer_is_someone_elses_organisation()
    {
        AssertField(new() { Id = "e", Label = "Ville", Legend = "Votre employeur", Input = "text" }, ("other.not_held", false));

        // « Employeur » over the fields of the company that files is that company.
        var own = Classify(new() { Id = "o", Label = "Ville", Legend = "Employeur", Input = "text" });
        Assert.That(own.ItemId, Is.EqualTo("business.identity"), own.Reason);

        // On a structure's procedure the employer named again as about to hire (« futur employeur ») is still the one that
        // files; a former employer alone is someone else.
        const string heading = "Identification de l’employeur, futur employeur ou organisme";
        AssertField(new() { Id = "a", Label = "Adresse postale :", Section = heading, Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "n", Label = "Code NAF 2008 :", Section = heading, Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "f", Label = "Adresse :", Section = "Ancien employeur", Public = "professionnels", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void The_victim_on_a_compensation_or_an_accident_form_is_whom_it_is_for_and_on_a_complaint_someone_else()
    {
        // D44: the procedure exists for the victim, who files or is filed for (a parent, an heir): their data are held.
        AssertField(new() { Id = "s", Label = "Nom de naissance", Section = "Identité de la victime (à remplir si la victime de l'infraction n'est pas le demandeur)", Page = "Page 1/2 VICTIME", Input = "text" },
            ("identity.civil", true));
        AssertField(new() { Id = "a", Label = "Adresse personnelle", Section = "Renseignements concernant la victime :", Input = "text" }, ("address.postal", true));
        Assert.That(Classify(new() { Id = "r", Label = "Prénom", Legend = "Identité de la victime", Input = "text" }).Reason, Does.Contain("pour qui la démarche est faite"));

        // An aid for the victims of violence is theirs too: « violences » says what they suffered, not that a report is made.
        AssertField(new() { Id = "u", Label = "Nom", Legend = "Identité de la victime", Page = "Aide universelle d'urgence pour les victimes de violences conjugales", Input = "text" },
            ("identity.civil", true));

        // D30: a complaint or a report about what someone suffered may be about anyone: there the victim is someone else.
        AssertField(new() { Id = "c", Label = "Prénom", Legend = "Identité de la victime", Page = "Déposer une plainte", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Prénom", Legend = "Identité de la victime", Hint = "Signalez une situation de maltraitance", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "o", Label = "Nom", Section = "1ère victime", Administration = "Observatoire national des violences en santé", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_event_a_person_is_the_victim_of_is_not_the_place_of_their_address()
    {
        // Rule 3: « la victime de l'infraction » describes the person; the offence is not where their address is.
        AssertField(new() { Id = "v", Label = "Adresse", Section = "Identité de la victime (à remplir si la victime de l'infraction n'est pas le demandeur)", Input = "text" },
            ("address.postal", true));
        // A place a clause locates the address in, or compares it with the home, still makes it another one.
        AssertField(new() { Id = "e", Label = "Adresse", Legend = "Si vous résidez à l'étranger", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Adresse", Legend = "Adresse de correspondance (si elle est différente de votre domicile)", Input = "text" },
            ("other.not_held", false));
        // The page's deposit of materials is the procedure's topic; the applicant's block under it gives their own address.
        AssertField(new() { Id = "p", Label = "Code Postal/Ville", Section = "I. Renseignements concernant le Demandeur :", Page = "Demande de dépôt de matériaux sur la voie publique", Input = "text" },
            ("address.postal", true));
    }

    [Test]
    public void A_structures_director_or_manager_is_its_own_and_a_schools_director_someone_else()
    {
        // D7: on a structure's procedure, its director is one of its managers, whom its register lists; the manager of the
        // farm that files is the applicant.
        AssertField(new() { Id = "p", Label = "Nom du Directeur de la Publication ou de l'éditeur", Section = "Identification du déposant", Public = "professionnels", Input = "text" },
            ("business.identity", true));
        Assert.That(Classify(new() { Id = "g", Label = "Nom, Prénom ou Raison Sociale :", Section = "EXPLOITANT (gestionnaire de l'exploitation)", Public = "professionnels", Input = "text" }).Counted, Is.True);

        // Rule 1: on a person's procedure a director is a school's or a home's, someone else.
        AssertField(new() { Id = "s", Label = "Nom du directeur de l'école", Public = "particuliers", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_network_address_is_no_postal_address()
    {
        // « Adresse IP » of a partner's servers, « Adresse web » of a structure: no one's home or seat, held by no one.
        AssertField(new() { Id = "i", Label = "Adresse IP", Public = "professionnels", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "w", Label = "Adresse web de votre structure", Public = "associations", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Adresse", Public = "professionnels", Input = "text" }, ("business.identity", true));
    }

    [Test]
    public void The_act_a_procedure_requests_is_held_by_no_one_yet_whatever_paper_goes_with_it()
    {
        // Rule 8: the agrément this very request asks for does not exist yet; the papers beside it are not the agrément.
        AssertField(new() { Id = "s", Label = "exemplaire du bordereau de suivi.", Section = "Contenu de la demande d'agrément", Input = "file" }, ("other.not_held", false));

        // An agrément already granted is its holder's record (rule 5, rule 6), also under a heading about another request, and
        // so is a status one applied for and holds (« demandeur de la protection internationale »).
        AssertField(new() { Id = "d", Label = "Date d'agrément", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "r", Label = "Demande de renouvellement de l'agrément obtenu le", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "h", Label = "Agrément", Hint = "Date de l'agrément", Section = "Votre demande d'aide", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "o", Label = "Pièce 2", Section = "Demande d'agrément obtenu en 2019 : renouvellement", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Êtes-vous demandeur de la protection internationale ?", Input = "radio" }, ("other.held", true));
    }

    [Test]
    public void A_guardian_a_heading_names_beside_the_parents_is_the_minors_and_alone_someone_else()
    {
        // D27: a minor's parent or guardian belongs to the household; a guardian or a curator alone may be an adult's professional.
        foreach (var section in new[] { "PARENTS ou TUTEURS", "Parent / Tuteur", "Parent ou tuteur légal", "Représentant légal (parent ou tuteur)", "Responsable légal / tuteur" })
        {
            var d = Classify(new() { Id = "p", Label = "Prénom", Section = section, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("identity.civil", true)), $"{section}: {d.Reason}");
        }

        foreach (var section in new[] { "Tuteur", "Le tuteur ou le curateur", "Parent ou tuteur du majeur protégé", "Tuteur de l'élève en stage" })
        {
            var d = Classify(new() { Id = "t", Label = "Prénom", Section = section, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{section}: {d.Reason}");
        }
    }

    [Test]
    public void The_other_party_or_a_sponsor_is_a_third_party_and_the_person_helped_is_the_applicant()
    {
        foreach (var legend in new[] { "La personne mise en cause", "Votre marraine", "Le conducteur désigné", "Votre accompagnatrice" })
        {
            var d = Classify(new() { Id = "t", Label = "Prénom", Legend = legend, Input = "text" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{legend}: {d.Reason}");
        }

        // A social worker filing for someone: the person helped is the one the procedure is for; a structure helped is not.
        AssertField(new() { Id = "p", Label = "Date de naissance", Legend = "Personne accompagnée", Input = "date" }, ("identity.civil", true));
        Assert.That(Classify(new() { Id = "s", Label = "Nom de l'association accompagnée", Input = "text" }).Counted, Is.False);

        // A second parent and a newborn are household (D24, D27): their data are held like the person's.
        foreach (var legend in new[] { "Le second parent", "Informations sur le nouveau-né" })
        {
            var d = Classify(new() { Id = "h", Label = "Prénom", Legend = legend, Input = "text" });
            Assert.That(d.Reading?.Subject, Is.EqualTo(Subject.Household), $"{legend}: {d.Reason}");
        }
    }

    [Test]
    public void An_act_of_the_administration_asked_back_is_on_its_files()
    {
        foreach (var (label, input) in new[] { ("Date de votre rendez-vous au guichet", "date"), ("Date de votre précédente demande", "date"),
            ("Montant de la subvention versée l'an dernier", "number"), ("Votre fils est-il déjà inscrit au centre de loisirs ?", "radio"),
            ("Montant de votre dernière prestation versée", "number"), ("Date du dernier versement", "date") })
        {
            AssertField(new() { Id = "a", Label = label, Input = input }, ("other.held", true), $"{label}");
        }

        // Being decided in this very form (D28), or a key to the act: not a held datum.
        Assert.That(Classify(new() { Id = "m", Label = "Montant accordé", Input = "number" }).Counted, Is.False);
        Assert.That(Classify(new() { Id = "k", Label = "Numéro de votre dernière demande", Input = "text" }).ItemId, Is.EqualTo("other.key"));
    }

    [Test]
    public void Someone_met_in_the_persons_own_act_does_not_make_it_theirs()
    {
        // The adviser is the counterpart of the appointment, whose date is the person's (rule 6); the adviser's name is theirs (rule 1).
        AssertField(new() { Id = "r", Label = "Date de votre dernier rendez-vous avec votre conseillère", Input = "date", Administration = "France Travail" }, ("other.held", true));
        AssertField(new() { Id = "n", Label = "Nom de votre conseillère", Input = "text", Administration = "France Travail" }, ("other.not_held", false));
    }

    [Test]
    public void A_reason_says_a_page_title_named_the_item_not_choices_a_text_field_has_none_of()
    {
        // A contest review's finding: a text field's reason spoke of « les choix proposés » when only the page's title named an item.
        var d = Classify(new() { Id = "i", Label = "Identifiant", Input = "text", Page = "Connexion avec votre fournisseur d'identité" });
        Assert.That(d.Reason, Does.Contain("seul titre de page « fournisseur » nomme une donnée, pas le champ").And.Not.Contain("les choix proposés"));

        var listed = Classify(new() { Id = "l", Label = "Type", Input = "select", Options = ["Carte grise", "Permis de conduire"] });
        Assert.That(listed.Reason, Does.Not.Contain("seul titre de page"));
    }

    [Test]
    public void A_postcode_or_a_phone_number_is_read_as_a_datum_not_a_key()
    {
        // « Code », « Numéro » begin keys (never counted) and data alike: a counted « Code postal » read « identifiant » gave a
        // ministry the argument that keys do not count (a contest review's finding).
        foreach (var label in new[] { "Code postal", "Numéro de téléphone", "Numéro et voie" })
        {
            Assert.That(Classify(new() { Id = "d", Label = label, Input = "text" }).Reason, Does.Contain("objet : donnée").And.Not.Contain("objet : identifiant"), label);
        }

        Assert.That(Classify(new() { Id = "k", Label = "Numéro fiscal", Input = "text" }).Reason, Does.Contain("objet : identifiant"));
    }

    [Test]
    public void A_label_that_lost_its_accents_reads_as_the_same_label_with_them()
    {
        // Capitals are often printed without accents, or with some of them, and some forms are typed without any: a phrase that
        // asks for the exact form of its words (« début d'activité », « élève », « congé maternité », one « véhicule ») found
        // nothing there.
        foreach (var (written, lost, input, publicOf) in new[]
        {
            ("Date de début d'activité", "DATE DE DEBUT D'ACTIVITE", "date", "professionnels"),
            ("Date de début d'activité", "Date de debut d'activite", "date", "professionnels"),
            ("Nom de l'élève", "Nom de l'eleve", "text", (string?)null),
            ("Attestation de congé maternité", "Attestation de conge maternite", "file", null),
            ("Motorisation du véhicule", "MOTORISATION DU VEHICULE", "text", null),
            ("Date de début d'activité", "DATE DE DÉBUT D'ACTIVITE", "date", "professionnels"),
            ("Nom de l'élève", "NOM DE L'ÉLEVE", "text", null),
            ("Nom de l'élève", "NOM DE LʼELEVE", "text", null),
            ("Date de début d'activité", "DATE DE DEBUT D'ACTIVITE →", "date", "professionnels"),
        })
        {
            var withAccents = Classify(new() { Id = "a", Label = written, Input = input, Public = publicOf });
            Assert.That(withAccents.ItemId, Is.Not.EqualTo("other.not_held"), written);
            AssertField(new() { Id = "b", Label = lost, Input = input, Public = publicOf }, (withAccents.ItemId!, withAccents.Counted));
        }

        // A text with no accent to lose is read as written: « divorce » is the event, not the status « divorcé »; a technical
        // name (`dossier_eleve[contact_urgence][nom]`) is code, not a pupil named.
        Assert.That(Classify(new() { Id = "c", Label = "Extrait d'acte de mariage portant mention du divorce", Input = "file" }).ItemId,
            Is.Not.EqualTo("family.composition"));
        Assert.That(Classify(new() { Id = "d", Label = "Nom", Name = "dossier_eleve[contact_urgence_attributes][nom]", Input = "text" }).Reason,
            Does.Not.Contain("élève"));
        // A word written with other accents is another word: « le plus élevé » is no pupil (« élève »).
        Assert.That(Classify(new() { Id = "e", Label = "Diplôme ou titre le plus élevé obtenu", Input = "text" }).Reason, Does.Not.Contain("élève"));
    }

    [Test]
    public void An_act_a_public_body_named_in_the_label_set_or_took_is_that_bodys()
    {
        // Rule 6 without « votre » nor « fixé par »: the body named after the act set the appointment, took the decision, sent
        // the summons. A public body's own agent met there is its counterpart (rule 1 leaves the date the person's).
        foreach (var label in new[]
        {
            "Date du rendez-vous avec le médecin conseil de la CPAM", "Date du rendez-vous à la préfecture", "Date de la décision de la CAF",
            "Date de la convocation au tribunal",
        })
        {
            AssertField(new() { Id = "a", Label = label, Input = "date" }, ("other.held", true));
        }

        // A private party's appointment, one with a professional a public body only chose, the person's wish, need, opinion,
        // costs or own decision about such an act, a date proposed, a key to the decision: the person's, as before (a review
        // of the rule found each of these counted when any act word and any body sufficed).
        foreach (var (label, input) in new[]
        {
            ("Date du rendez-vous avec votre médecin traitant", "date"), ("Date du rendez-vous avec le médecin agréé par la préfecture", "date"),
            ("Date du rendez-vous avec l'expert désigné par le tribunal", "date"), ("Date du rendez-vous avec le commissaire de justice mandaté par le tribunal", "date"),
            ("Avez-vous besoin d'un interprète pour le rendez-vous à la préfecture ?", "radio"), ("Êtes-vous d'accord avec la décision de la CPAM ?", "radio"),
            ("Montant des frais de transport pour la convocation au contrôle médical de la CPAM", "number"), ("Date de votre décision de renoncer à l'aide de la CAF", "date"),
            ("Nouvelle date proposée pour le rendez-vous à la préfecture", "date"),
        })
        {
            AssertField(new() { Id = "n", Label = label, Input = input }, ("other.not_held", false));
        }

        AssertField(new() { Id = "w", Label = "Date souhaitée du rendez-vous à la préfecture", Input = "date" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "k", Label = "Numéro de la décision de la CAF", Input = "text" }).ItemId, Is.EqualTo("other.key"));
    }

    [Test]
    public void A_closed_question_is_no_free_text_because_its_hint_asks_to_specify()
    {
        // « Si oui, précisez » speaks of the next field, not of the choice.
        Assert.That(Classify(new() { Id = "c", Label = "La parcelle a-t-elle fait l'objet d'un certificat d'urbanisme ?", Hint = "Si oui, précisez son numéro",
            Input = "radio" }).ItemId, Is.Not.EqualTo("free.text"));
        AssertField(new() { Id = "a", Label = "Avez-vous vécu hors de l'Union européenne ?", Hint = "Précisez les pays à l'étape suivante", Input = "radio" },
            ("other.not_held", false));
        AssertField(new() { Id = "m", Label = "Motif de la demande", Input = "select" }, ("free.text", false));
    }

    [Test]
    public void An_acknowledgement_is_no_datum_but_a_statement_of_a_held_status_asks_it()
    {
        AssertEach("checkbox", ("other.not_held", false), "J'ai pris connaissance des conditions de versement de ma pension de retraite",
            "J'autorise le service à vérifier mes revenus auprès de l'administration fiscale", "Je consens à la transmission de mon avis d'imposition");
        AssertField(new() { Id = "s", Label = "Je déclare être bénéficiaire de l'allocation aux adultes handicapés", Input = "checkbox" }, ("social.benefits", true));
    }

    [Test]
    public void The_dates_of_a_title_already_issued_are_its_issuers()
    {
        AssertField(new() { Id = "v", Label = "Date de fin de validité de votre titre de séjour", Input = "date" }, ("identity.document", true));
        AssertField(new() { Id = "c", Label = "Date d'expiration de votre carte professionnelle actuelle", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "f", Label = "Date de fin de votre contrat de travail", Input = "date" }, ("other.not_held", false));
    }

    [Test]
    public void A_national_diploma_named_by_its_initials_is_held_uploaded_or_asked()
    {
        AssertEach("file", ("other.held", true), "Copie de votre diplôme (BEP, BTS ou DUT)", "Copie du BPJEPS");
        AssertField(new() { Id = "q", Label = "Êtes-vous titulaire du BAFA ?", Input = "radio" }, ("other.held", true));
    }

    [Test]
    public void The_states_other_national_diplomas_are_held_as_its_baccalaureate_is()
    {
        // Rule 5: the State confers its higher, vocational and language diplomas as it does the baccalauréat, whatever their name.
        AssertEach("file", ("other.held", true), "Copie d'un diplôme national de master", "Attestation de réussite au diplôme de docteur en médecine",
            "Copie du brevet de technicien supérieur", "Le diplôme approfondi de langue française (DALF)", "Copie de la licence professionnelle",
            "Copie du diplôme délivré par l'État");
        AssertField(new() { Id = "y", Label = "Année d'obtention", Legend = "Votre master", Input = "select" }, ("other.held", true));
        AssertField(new() { Id = "d", Label = "Copie du diplôme d'État de docteur en pharmacie", Input = "file", Public = "professionnels" }, ("other.held", true));

        // A master under way is the person's enrolment (D10); a notary's certificate is the notary's (rule 5).
        AssertField(new() { Id = "u", Label = "Intitulé du master préparé", Legend = "Formation suivie cette année", Input = "text" }, ("education.student", true));
        AssertField(new() { Id = "c", Label = "Certificat de notaire", Input = "file" }, ("other.not_held", false));

        // The name of a State, a private certificate: not a diploma the State conferred.
        AssertField(new() { Id = "s", Label = "Indiquer le nom de l'État membre de destination", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Diplôme de secourisme PSC1", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void What_the_procedure_requests_names_no_paper_uploaded_for_it()
    {
        // Rule 8: the approval the page asks for is granted at the end, not held yet; an upload the label does not name
        // is not that approval. An approval held before (a renewal, a number) stays the administration's own (rule 6).
        const string page = "Demande d'agrément d'une association au titre de la protection de l'environnement";
        AssertField(new() { Id = "r", Label = "Règlement intérieur si existant", Page = page, Public = "associations", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Ajouter un document", Page = "Votre agrément", Public = "associations", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "n", Label = "Copie de l'agrément en cours", Page = page, Public = "associations", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void Pieces_common_to_every_case_name_no_municipality()
    {
        // Cue collision: « communes » after the noun it qualifies is shared, no town hall whose address the field would be.
        AssertField(new() { Id = "j", Label = "Justificatif récent de domicile", Section = "Pièces communes à toutes les situations", Input = "file" }, ("address.proof", true));
        AssertField(new() { Id = "a", Label = "Adresse", Section = "La commune", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_channel_the_hint_names_is_how_a_number_came_not_the_datum_asked()
    {
        AssertField(new() { Id = "p", Label = "Numéro de préinscription", Hint = "Il vous a été envoyé par courriel", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "i", Label = "Identifiant", Hint = "Votre adresse électronique", Input = "text" }, ("contact.email", false));
    }

    [Test]
    public void A_heading_that_makes_the_person_an_organisation_or_a_role_puts_its_fields_on_them()
    {
        // « Vous êtes une personne morale »: the organisation that files (business.identity), not someone else's (rule 1).
        AssertField(new() { Id = "d", Label = "Dénomination", Legend = "Vous êtes une personne morale", Input = "text" }, ("business.identity", true));
        // « Espace hébergeur »: the host is the person, so the number the commune gave their rental is their key (rule 9).
        AssertField(new() { Id = "n", Label = "Numéro d'enregistrement du logement", Page = "Espace hébergeur", Input = "text",
            Hint = "Attribué par la mairie lors de votre déclaration" }, ("other.key", false));
    }

    [Test]
    public void A_title_in_the_heading_says_where_a_name_is_written_not_whose_it_is()
    {
        AssertField(new() { Id = "n", Label = "Nom de naissance de l'enfant", Legend = "L'enfant, futur titulaire de la carte d'identité", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "d", Label = "Date de délivrance", Section = "Votre permis de conduire", Input = "date" }, ("driving.licence", true));
    }

    [Test]
    public void A_place_asked_with_where_is_the_place_not_what_the_clause_names()
    {
        // Rule 3: where a title was lost is an incident's place; where one was born is civil status; where one lives is the home.
        AssertField(new() { Id = "p", Label = "Ville où votre carte d'identité a été perdue", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Commune où vous êtes née", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "h", Label = "Commune où vous habitez", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void An_address_said_to_be_where_one_lives_is_the_home_whatever_else_is_said()
    {
        // D4: in a move the new address is the home; a hint that says what the home will be used for makes it no other address.
        AssertField(new() { Id = "n", Label = "Adresse de votre nouveau logement", Hint = "Adresse où vous habitez depuis votre déménagement", Input = "text" },
            ("address.postal", true));
        AssertField(new() { Id = "v", Label = "Adresse de votre domicile", Section = "Livraison", Hint = "Votre nouvelle carte y sera envoyée", Input = "text" },
            ("address.postal", true));
        AssertField(new() { Id = "e", Label = "Adresse d'envoi", Hint = "Si elle diffère de votre domicile", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_rate_its_hint_says_a_public_body_fixed_is_that_bodys()
    {
        AssertField(new() { Id = "t", Label = "Tarif par nuitée", Hint = "Fixé par délibération du conseil municipal", Input = "number" }, ("other.held", true));
    }

    [Test]
    public void A_status_named_after_a_generic_question_or_as_the_owner_of_a_datum()
    {
        // The benefit named after « Êtes-vous allocataire » is what is asked (rule 4); « l'étudiant » owns the address (rule 1).
        AssertField(new() { Id = "r", Label = "Êtes-vous allocataire de l'allocation aux adultes handicapés ?", Input = "radio" }, ("social.benefits", true));
        AssertField(new() { Id = "a", Label = "Adresse de l'étudiante", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void Abroad_said_of_a_persons_birth_or_of_a_paper_a_French_body_made_is_no_foreign_origin()
    {
        AssertField(new() { Id = "i", Label = "Copie de votre passeport", Section = "Pour les personnes nées à l'étranger", Input = "file" }, ("identity.document", true));
        AssertField(new() { Id = "o", Label = "Certificat de naissance établi par l'OFPRA", Hint = "Il tient lieu de l'acte de votre pays d'origine", Input = "file" },
            ("other.held", true));
        AssertField(new() { Id = "c", Label = "Acte de mariage délivré par le consulat de votre pays", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void State_services_by_their_initials_are_public_issuers()
    {
        AssertEach("file", ("other.held", true), "Attestation délivrée par la DRAJES", "Récépissé de la DDPP");
    }

    [Test]
    public void A_summons_a_ruling_or_a_complaint_already_made_is_on_the_files_of_whoever_made_or_received_it()
    {
        // Rule 6: the administration summoned the person; a court already ruled; the police received the complaint.
        AssertField(new() { Id = "c", Label = "Date de l'épreuve à laquelle vous avez été convoquée", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "j", Label = "Le tribunal a-t-il déjà statué sur la garde ?", Input = "radio" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Avez-vous déposé plainte pour ces faits ?", Input = "radio" }, ("other.held", true));
        // D24: the other party in a proceeding is someone else.
        AssertField(new() { Id = "d", Label = "Nom de naissance du défendeur", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_negation_is_not_a_birth_date()
    {
        // « ne le » folds like « né le »: the cue is an exact form.
        Assert.That(Classify(new() { Id = "n", Label = "Indiquez le numéro de la carte perdue", Hint = "Laissez vide si vous ne le connaissez pas", Input = "text" }).ItemId,
            Is.Not.EqualTo("identity.civil"));
        AssertField(new() { Id = "b", Label = "Né(e) le", Input = "date" }, ("identity.civil", true));
    }

    [Test]
    public void Words_that_fold_like_a_cue_are_not_that_cue()
    {
        // « tel qu'indiqué » is no phone; the public a place admits is no company's headcount.
        AssertField(new() { Id = "s", Label = "Surface de la terrasse (en m²)", Hint = "Telle qu'indiquée sur votre autorisation", Input = "number" }, ("other.not_held", false));
        AssertField(new() { Id = "t", Label = "Tél.", Input = "tel" }, ("contact.phone", false));
        AssertField(new() { Id = "c", Label = "Catégorie de l'établissement", Hint = "Selon l'effectif du public accueilli", Input = "select" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Effectif salarié", Input = "number" }, ("business.accounts", true));

        // « m² » folds to « m », as the civility « M. » does: only « m2 » and « surface » are a fact about the home.
        var civility = Classify(new() { Id = "m", Label = "M./Mme/Mlle NOM/Prénom :", Input = "text" });
        Assert.That((civility.ItemId, civility.Reading?.Qualifier), Is.EqualTo(("identity.civil", (Qualifier?)Qualifier.None)), civility.Reason);
    }

    [Test]
    public void An_adjective_of_exactness_inside_a_cue_is_passed_over_as_an_article_is()
    {
        // French puts « officiel », « actuel », « exact » after the noun: « Titre officiel de l'association » is « titre de
        // l'association ». Only such adjectives: a noun between the words makes another thing (« Titre du projet de l'association »).
        AssertEach("text", ("association.registration", true), "Titre officiel de l’association :", "TITRE ACTUEL DE L’ASSOCIATION :", "Objet exact de l'association");
        AssertEach("text", ("other.not_held", false), "Titre du projet de l’association");

        // An organisation's acronym is in its record; a project's is not (review of stop 49).
        AssertEach("text", ("business.identity", true), "Sigle");
        AssertEach("text", ("other.not_held", false), "Sigle du projet", "Sigle de la manifestation");
    }

    [Test]
    public void Mobile_or_portable_after_the_noun_it_qualifies_is_no_phone()
    {
        // French puts the adjective after its noun: « Plateforme mobile » is a kind of platform, « Ordinateur portable » a kind of
        // computer. After a phone word, a possessive or a preposition, or alone, the word is the phone.
        AssertEach("select", ("other.not_held", false), "Plateforme mobile", "Application mobile", "Équipe mobile", "Ordinateur portable");
        AssertEach("tel", ("contact.phone", false), "Mobile", "Portable", "Téléphone mobile", "Votre portable", "Numéro de mobile", "Tél. mobile",
            "Fixe ou mobile", "Contact mobile");

        // A thing ticked names no datum, whatever its question's heading names (« … votre foyer »).
        AssertField(new() { Id = "o", Label = "Ordinateur portable", Legend = "Équipements numériques dont dispose votre foyer", Input = "checkbox" }, ("other.not_held", false));
    }

    [Test]
    public void The_examination_of_a_file_is_no_studies()
    {
        // One « étude » of something is the examination of a file or a survey; studies as a course are plural.
        AssertField(new() { Id = "d", Label = "Date du dernier jour de travail", Section = "RENSEIGNEMENTS PERMETTANT L'ETUDE DES DROITS", Input = "date" }, ("other.not_held", false));
        AssertEach("file", ("other.not_held", false), "Pièces nécessaires à l'étude de votre dossier", "Étude d'impact");
        AssertEach("text", ("education.student", true), "Vos études", "ÉTUDES SUIVIES");
        // Plural too when what is studied is a thing, or beside analyses and expert reports: surveys, not a course.
        AssertEach("text", ("other.not_held", false), "Résultats des études de sol", "Date des études de terrain");
        AssertField(new() { Id = "r", Label = "Date de remise", Section = "Études / analyses / expertises", Input = "date" }, ("other.not_held", false));
        AssertEach("text", ("education.student", true), "Études de médecine", "Études supérieures suivies");
    }

    [Test]
    public void An_organisation_established_abroad_is_in_no_french_register()
    {
        // Rule 5: a posted-workers declaration asks the foreign employer's name and form; SIRENE holds none of it.
        foreach (var label in new[] { "Raison sociale :", "Forme juridique :", "Adresse dans le pays d'établissement :" })
        {
            AssertField(new() { Id = "f", Label = label, Section = "ENTREPRISE ÉTRANGÈRE (EMPLOYEUR)", Input = "text", Public = "professionnels" }, ("other.not_held", false));
        }

        AssertField(new() { Id = "n", Label = "Nom de l'entreprise étrangère", Input = "text", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Forme juridique", Section = "Société établie hors de France", Input = "text", Public = "professionnels" }, ("other.not_held", false));

        // French or foreign is either: the register's item stays, as it does under a plain heading.
        AssertField(new() { Id = "r", Label = "Raison sociale", Section = "Entreprise", Input = "text", Public = "professionnels" }, ("business.identity", true));
        AssertField(new() { Id = "b", Label = "Raison sociale de l'entreprise, française ou étrangère", Input = "text", Public = "professionnels" }, ("business.identity", true));

        // A French branch of a foreign company is in the register; a company's dealings abroad make it no foreign one (review of stop 49).
        AssertField(new() { Id = "s", Label = "Raison sociale", Legend = "Succursale en France d'une société étrangère", Input = "text", Public = "professionnels" },
            ("business.identity", true));
        AssertField(new() { Id = "x", Label = "Adresse du siège social", Legend = "Entreprise exportant à l'étranger", Input = "text", Public = "professionnels" },
            ("business.identity", true));
    }

    [Test]
    public void Whoever_is_hired_for_the_works_is_a_third_party()
    {
        // Rule 1: the installer a person hires, like the architect or the craftsman, is someone else; their register is theirs.
        AssertField(new() { Id = "r", Label = "Raison sociale", Section = "Identification de l'installateur", Page = "Fiche technique pour l'installation d'un poêle à bois",
            Input = "text", Public = "particuliers" }, ("other.not_held", false));
        AssertEach("text", ("other.not_held", false), "Nom de l'installateur", "Nom de l'architecte", "Raison sociale de l'artisan");
    }

    [Test]
    public void Whom_papers_are_handed_to_receives_them_they_are_not_theirs()
    {
        // Rule 1: « à la banque », « à votre employeur » after a verb of handing over names the recipient, not whose papers they are.
        AssertField(new() { Id = "a", Label = "son dernier avis d'imposition disponible du foyer fiscal ;", Legend = "L'emprunteur fournit à la banque :", Input = "file" },
            ("tax.notice", true));
        AssertField(new() { Id = "j", Label = "Justificatif de domicile", Legend = "Documents à transmettre au bailleur", Input = "file" }, ("address.proof", true));

        // The party's own block keeps them someone else's.
        AssertField(new() { Id = "n", Label = "Nom", Legend = "Coordonnées de votre employeur", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void The_persons_own_details_and_acts_keep_their_address_whatever_the_page_is_about()
    {
        // Rule 3: a section « Coordonnées » alone is the person's own details, nearer the field than the page's topic (a holiday).
        foreach (var label in new[] { "Adresse", "Ville" })
        {
            AssertField(new() { Id = "a", Label = label, Section = "COORDONNÉES", Page = "Inscription aux camps de vacances", Input = "text" }, ("address.postal", true));
        }

        // A new contestation, like a new request, is the person's own act: no new place, no new thing to name.
        AssertField(new() { Id = "r", Label = "Rue", Section = "2. Coordonnées", Page = "Nouvelle contestation", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "n", Label = "Nom", Legend = "Nouveau recours", Input = "text" }, ("identity.civil", true));

        // A heading that names another place still makes it another one.
        AssertField(new() { Id = "l", Label = "Adresse", Section = "Lieu du séjour", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void The_buyer_is_someone_else_a_co_buyer_is_household()
    {
        // Rule 1: a sale's counterpart is someone else, as the seller is; one who buys with the person is of their household.
        AssertEach("text", ("other.not_held", false), "Prénom de l'acheteur", "Nom de l'acquéreur");
        AssertField(new() { Id = "n", Label = "Nom de naissance", Legend = "Demandez au futur propriétaire du véhicule les informations suivantes", Input = "text" },
            ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Quelle est la date de naissance de votre co-acquéreur·euse ?", Section = "Composition de mon foyer", Input = "date" },
            ("identity.civil", true));
    }

    [Test]
    public void A_pre_filled_paper_asked_as_an_upload_is_still_asked()
    {
        // « déclaration pré-remplie » names a kind of paper; the upload still asks it.
        AssertField(new() { Id = "d", Label = "la copie de la dernière déclaration pré-remplie des revenus", Input = "file" }, ("tax.income", true));

        // A typed field the page says is pre-filled is not asked.
        var shown = Classify(new() { Id = "r", Label = "Revenu fiscal de référence", Hint = "Cette information est pré-remplie", Input = "number" });
        Assert.That((shown.ItemId, shown.Prefilled, shown.Counted), Is.EqualTo(("tax.income", true, false)), shown.Reason);
    }

    [Test]
    public void A_public_servants_career_is_the_employers_own_record()
    {
        // Rule 6: asked of its agent, the corps, grade, posting and appointment are the employing administration's own file.
        foreach (var label in new[] { "Corps - Grade :", "Affectation :", "Date de nomination en Métropole" })
        {
            AssertField(new() { Id = "c", Label = label, Section = "Renseignements concernant l'agent :", Input = "text" }, ("other.held", true));
        }

        // A spouse's grade, or a grade with no agent named, is not the asker's record.
        AssertField(new() { Id = "s", Label = "Grade :", Legend = "Conjoint", Section = "Renseignements concernant la famille", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Grade", Input = "text" }, ("other.not_held", false));

        // The administration is the employer when it names its staff or the page a procedure only its agents file.
        AssertField(new() { Id = "p", Label = "Grade :", Administration = "Rectorat (Direction des personnels)", Input = "text" }, ("other.held", true));
        AssertField(new() { Id = "u", Label = "CORPS / GRADE :", Page = "DEMANDE D’AUTORISATION DE CUMUL D’ACTIVITES A TITRE ACCESSOIRE", Input = "text" }, ("other.held", true));
        AssertField(new() { Id = "o", Label = "Grade :", Administration = "Préfecture", Page = "Demande de subvention", Input = "text" }, ("other.not_held", false));

        // So are the échelon, the index, the statutory position and the date one entered the civil service, for an « agent » or a
        // « fonctionnaire » (review of stop 49); a statement about being one is not a date of the career.
        AssertField(new() { Id = "e", Label = "Échelon", Legend = "Situation administrative de l'agent", Input = "text" }, ("other.held", true));
        AssertField(new() { Id = "i", Label = "Indice majoré", Legend = "Situation administrative de l'agent", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "f", Label = "Date d'entrée dans la fonction publique", Legend = "Renseignements concernant le fonctionnaire", Input = "date" },
            ("other.held", true));
        AssertField(new() { Id = "n", Label = "Je certifie ne pas être un agent de la fonction publique.", Input = "checkbox" }, ("other.not_held", false));

        // What the agent wishes is not decided yet (review of stop 49).
        AssertField(new() { Id = "w", Label = "Affectation souhaitée", Legend = "Renseignements concernant l'agent", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void A_renewal_ticked_was_granted_before_by_the_body_that_renews_it()
    {
        // Rule 6: « Renouvellement » as a box says the body granted it before; it knows. « Première demande », the same
        // question's other box, says it did not, which it knows as well.
        AssertEach("checkbox", ("other.held", true), "Renouvellement", "Renouvellement d'une demande", "Dossier pour le renouvellement d’une demande de subvention",
            "Première demande", "1ère demande de subvention", "Dossier pour une première demande de subvention");
        AssertField(new() { Id = "r", Label = "pour le renouvellement d’une demande", Legend = "cocher ci-dessous la case correspondant à votre demande", Input = "radio" },
            ("other.held", true));
        AssertField(new() { Id = "p", Label = "pour une première demande", Legend = "Veuillez cocher la case correspondant à votre demande", Input = "radio" },
            ("other.held", true));
        AssertEach("checkbox", ("other.not_held", false), "Première demande d'adhésion", "Première fois que vous faites une demande");

        // Typed or uploaded, a renewal's paper is read by what it is.
        AssertField(new() { Id = "t", Label = "Motif du renouvellement", Input = "textarea" }, ("free.text", false));

        // A membership, a subscription or a club's licence is renewed by a private party (review of stop 49).
        AssertEach("checkbox", ("other.not_held", false), "Renouvellement de l'adhésion", "Renouvellement de l'abonnement", "Renouvellement de la licence sportive");
        AssertField(new() { Id = "a", Label = "Renouvellement", Legend = "Abonnement à la salle de sport", Input = "radio" }, ("other.not_held", false));
    }

    [Test]
    public void A_civility_box_of_its_own_asks_the_persons_civil_status()
    {
        // Rule 1: « Madame », « FÉMININ » as a box with no question over it is the value of the person's civility or sex.
        AssertEach("radio", ("identity.civil", true), "Madame", "Mme", "Femme");
        AssertEach("checkbox", ("identity.civil", true), "FÉMININ");

        // On a structure's procedure, only in the block of a natural person who files (« Personne physique : »); otherwise the
        // one typing gives it in their professional role.
        AssertField(new() { Id = "m", Label = "Madame", Legend = "Personne physique :", Section = "1- DECLARANT", Input = "radio", Public = "professionnels" },
            ("identity.civil", true));
        AssertField(new() { Id = "n", Label = "Nom", Legend = "2.1 Personne physique", Input = "text", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "p", Label = "Monsieur", Input = "radio", Public = "professionnels" }, ("other.not_held", false));

        // The natural person's block is theirs even on a page that names the establishment to run (rule 1: a sole trader files
        // in their own name); without it, the establishment's contact.
        const string page = "Déclaration des personnes désirant exploiter un établissement d'activités physiques et sportives";
        AssertField(new() { Id = "q", Label = "Nom", Legend = "(pour les personnes physiques)", Page = page, Input = "text", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "r", Label = "Nom", Page = page, Input = "text", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "s", Label = "Nom d'usage", Legend = "Si vous êtes une personne physique", Input = "text", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "t", Label = "Prénom", Legend = "Vous êtes un particulier :", Input = "text", Public = "professionnels" }, ("identity.civil", true));
    }

    [Test]
    public void A_parent_company_and_a_projects_partners_are_no_family()
    {
        // « société mère » is the company a subsidiary belongs to, no one's mother (cue collision), and not the one that files:
        // another company (rule 1; the fresh sets' labels, stop 53).
        AssertField(new() { Id = "m", Label = "Raison sociale de la société mère", Input = "text", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Adresse de la maison mère", Input = "text", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "n", Label = "Nom de la mère", Input = "text" }, ("civil.record", true));

        // A project's partners are organisations it works with (rule 1); a partner by a Pacs is household.
        AssertField(new() { Id = "p", Label = "Nom", Section = "Partenaires financiers", Input = "text", Public = "associations" }, ("other.not_held", false));
        AssertField(new() { Id = "s", Label = "Sigle", Legend = "Partenaires du projet", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Date de naissance", Legend = "Votre partenaire de Pacs", Input = "date" }, ("identity.civil", true));
    }

    [Test]
    public void A_subsidised_contract_is_a_public_scheme_on_its_funders_files()
    {
        // Rules 4 and 6: a « contrat aidé » (CUI, PEC) is a public scheme, like the service civique or the CEJ: its funder holds it.
        AssertEach("radio", ("other.held", true), "Votre contrat aidé est en cours", "Votre contrat aidé est achevé");
        AssertField(new() { Id = "c", Label = "en cas de contrat aidé (Cui, Cirma, Cav, Cec, Cie, Cae, Cia...), précisez lequel", Input = "text" }, ("other.held", true));
    }

    [Test]
    public void A_sign_put_up_is_no_trade_name()
    {
        // « enseigne » is both the trade name a register holds and the sign a shop puts up: a sign has a kind, a support, a
        // size, a light and a number among several; a name has none.
        AssertEach("text", ("business.identity", true), "Enseigne", "Nom commercial / enseigne", "Enseigne de l'établissement", "ENSEIGNE DE L ETABLISSEMENT :",
            "Enseigne ou nom usuel du site");
        AssertEach("text", ("other.not_held", false), "Type d'enseigne", "Enseigne lumineuse", "Support de l'enseigne projetée :", "Dimensions de l'enseigne",
            "Enseigne à faisceau de rayonnement laser");
        AssertField(new() { Id = "p", Label = "Puissance de la source", Legend = "4.1. Enseigne n° 1", Section = "4. Enseignes", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_organisation_whose_creation_the_procedure_declares_is_in_no_register_yet()
    {
        // Rule 1: the register holds an organisation once it exists; the declaration that creates it tells its name and seat.
        foreach (var (label, section) in new[] { ("Titre", "1 - Informations publiées au JOAFE"), ("Code postal", "Siège social"), ("Raison sociale", "Identification") })
        {
            AssertField(new() { Id = "c", Label = label, Section = section, Page = "Création d'une association — déclaration préalable", Input = "text", Public = "associations" },
                ("other.not_held", false), label);
            AssertField(new() { Id = "c", Label = label, Section = section, Legend = "Société en cours de création", Input = "text", Public = "professionnels" },
                ("other.not_held", false), label);
        }

        // An existing one's account, its training, or a past creation's paper keep the register's reading.
        AssertField(new() { Id = "e", Label = "Raison sociale", Page = "Création du compte de l'association", Input = "text", Public = "associations" }, ("association.registration", true));

        // Whatever rule gives a field the register's item (its officers, its legal form).
        AssertField(new() { Id = "p", Label = "Nom du président", Section = "Association en cours de création", Input = "text", Public = "associations" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Raison sociale", Page = "Entreprise de formation", Input = "text", Public = "professionnels" }, ("business.identity", true));
        AssertField(new() { Id = "r", Label = "Récépissé de création en préfecture", Input = "file", Public = "associations" }, ("other.held", true));
    }

    [Test]
    public void The_one_who_died_is_whom_a_death_declaration_is_about()
    {
        // Rule 1: « décès d'un proche » names the deceased, the person the declaration is for; their records are held. A
        // relative named otherwise is still someone else.
        const string Legend = "En cas de décès d'un proche retraité, vous devez nous en informer en indiquant :";
        AssertField(new() { Id = "n", Label = "ses nom, prénoms", Legend = Legend, Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "s", Label = "L'original de la carte Vitale du défunt", Legend = "En cas de décès d'un proche", Input = "file" }, ("social.health_rights", true));
        AssertField(new() { Id = "p", Label = "Nom", Legend = "Un proche à prévenir", Input = "text" }, ("other.not_held", false));

        // Under such a heading, a label that does not speak of the one who died is someone else's (a contact on the spot).
        AssertField(new() { Id = "c", Label = "Nom de naissance", Legend = "En cas de décès d'un proche à l'étranger", Section = "Contact sur place", Input = "text" },
            ("other.not_held", false));
    }

    [Test]
    public void A_permit_of_another_kind_is_no_driving_licence()
    {
        // « permis » alone or « de conduire », « de catégorie B » is the driving licence; « permis de visite », « de transfert
        // d'arme » is another permit, in a label or in the page title over a field.
        // It is still a public body's grant, except a fishing permit, which anglers' associations sell; a heading's permit does not
        // overrule a driving licence the label names.
        AssertField(new() { Id = "v", Label = "Copie du permis de visite", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "f", Label = "Permis de pêche", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Copie du permis de conduire", Page = "Demande de permis de visite", Input = "file" }, ("driving.licence", true));
        AssertField(new() { Id = "a", Label = "Nombre d'armes", Page = "Demande de permis de transfert d'arme", Input = "number" }, ("other.not_held", false));
        AssertEach("checkbox", ("driving.licence", true), "Permis de catégorie B", "Permis");
        AssertField(new() { Id = "d", Label = "Date d'obtention du permis de conduire", Input = "date" }, ("driving.licence", true));
    }

    [Test]
    public void A_past_renewal_or_authorisation_is_the_administrations_act()
    {
        // Rule 6: a renewal or an authorisation already given, with its past marked, was the administration's act; one asked
        // for now, or wished, is not yet.
        AssertField(new() { Id = "r", Label = "Date du dernier renouvellement de l'ADS", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "a", Label = "Date de la dernière autorisation de stationnement", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "w", Label = "Date de renouvellement souhaitée", Input = "date" }, ("other.not_held", false));

        // What people agree between themselves (a lease, a membership, a parent's leave to travel) is theirs, not the administration's.
        AssertEach("date", ("other.not_held", false), "Date du dernier renouvellement du bail", "Date du dernier renouvellement de votre adhésion",
            "Date de la dernière autorisation de sortie du territoire");
    }

    [Test]
    public void A_paper_forms_prompt_for_where_one_lives_asks_the_home()
    {
        // Rule 3: « Demeurant à », « Domicilié(e) : » before a blank ask the person's address; a question about living abroad
        // does not.
        AssertEach("text", ("address.postal", true), "Demeurant à :", "Domicilié(e) :", "Résidant à");
        AssertField(new() { Id = "h", Label = "Demeurant à", Section = "Attestation sur l'honneur", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "q", Label = "Résidant à l'étranger", Input = "checkbox" }, ("other.not_held", false));
    }

    [Test]
    public void A_forms_own_title_set_as_a_heading_names_no_datum_of_its_fields()
    {
        // « Formulaire de demande … personnes en situation de handicap » over « Date de la demande » says whom the form is for,
        // as a page title does; under a group that asks it, the status is asked.
        AssertField(new() { Id = "d", Label = "Date de la demande :", Section = "Formulaire de demande PERSONNES ÂGÉES - PERSONNES EN SITUATION DE HANDICAP", Input = "date" },
            ("other.not_held", false));
        AssertField(new() { Id = "s", Label = "Oui", Legend = "Êtes-vous en situation de handicap reconnue par la MDPH ?", Input = "radio" }, ("disability.decision", true));
    }

    [Test]
    public void An_administrative_authorisation_is_a_public_bodys_act()
    {
        // Rule 5: « administrative » says who granted it, as for a decision; an authorisation by itself may be a parent's.
        AssertField(new() { Id = "a", Label = "Autorisations administratives", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Autorisation des parents", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_copy_of_a_filing_already_made_to_a_public_body_is_on_its_files()
    {
        // Rule 6: « a declaration already made to it ». A request still to send, or someone else's declaration, is not.
        AssertField(new() { Id = "c", Label = "Copie du formulaire de déclaration de l'entreprise au CFE (P0, M0, M2)", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Copie de la demande adressée à la préfecture", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "s", Label = "Copie de la demande à adresser à la préfecture", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_dealing_with_a_foreign_body_is_on_no_french_file()
    {
        // Rule 5: foreign public bodies hold nothing here, whether called foreign or by their country's adjective; the same
        // adjective about a person (« pour un Français, Européen ou Suisse ») is their nationality.
        AssertEach("radio", ("other.not_held", false), "Avez-vous déjà un numéro ou une affiliation à la sécurité sociale luxembourgeoise ?",
            "Avez-vous déjà une affiliation à une caisse à l'étranger ?");
        AssertField(new() { Id = "b", Label = "Permis de conduire belge", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "i", Label = "Justificatif d'identité (carte d'identité ou passeport pour un Français, Européen ou Suisse)", Input = "file" },
            ("identity.document", true));
        AssertField(new() { Id = "h", Label = "Avez-vous déjà bénéficié de cette aide ?", Input = "radio" }, ("other.held", true));
    }

    [Test]
    public void A_follow_up_forms_reminders_are_read_as_such()
    {
        // Rule 3: the home one leaves is another address. Rule 6: an aid that « a été accordée » was granted before this form;
        // « Montant attribué » alone is being decided in it (D28).
        AssertField(new() { Id = "r", Label = "Rue :", Legend = "Adresse du logement quitté :", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "demande le versement de l'aide qui a été accordée par convention d'attribution le", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "m", Label = "Montant attribué", Input = "number" }, ("other.not_held", false));
    }

    [Test]
    public void Services_provided_are_no_benefit()
    {
        // « prestation de service » is work provided (the CAF's funding of a structure, a supplier's), not a benefit paid.
        AssertField(new() { Id = "m", Label = "Montant en prestation de service", Page = "Demander une subvention", Input = "number" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Montant des prestations perçues", Input = "number" }, ("social.benefits", true));
    }

    [Test]
    public void The_opening_of_a_signed_statement_asks_who_signs()
    {
        // « Je soussigné(e) » before a blank asks the signer's name; a statement ticked as a whole asks nothing held.
        AssertEach("text", ("identity.civil", true), "Je soussigné(e)", "Je, soussigné(e),", "Nous soussignés");
        AssertField(new() { Id = "d", Label = "Je soussigné(e), certifie sur l'honneur l'exactitude des renseignements", Input = "checkbox" }, ("other.not_held", false));

        // Under an honour statement's heading too; under a heading that names someone else, that one signs.
        AssertField(new() { Id = "h", Label = "Je soussigné(e)", Section = "Attestation sur l'honneur", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "m", Label = "Je soussigné(e)", Legend = "Le mandataire", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void Who_signs_or_acts_for_a_structure_is_its_legal_representative_whom_its_register_lists()
    {
        // Rule 1: on a structure's procedure the signer acts for it; a company's managers are in its register, an
        // association's officers in the RNA: their name, the capacity they act in, the organisation they act for.
        const string pro = "professionnels";
        AssertField(new() { Id = "a", Label = "Nom", Legend = "Je soussigné(e) :", Public = pro, Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "b", Label = "agissant en qualité de représentant légal de", Public = "associations", Input = "text" }, ("association.registration", true));
        AssertField(new() { Id = "c", Label = "Nom", Legend = "Représentant de la personne morale", Public = pro, Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "d", Label = "Nom du signataire de la convention", Public = pro, Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "e", Label = "Nom, prénom et qualité de la personne habilitée à représenter la personne morale", Public = pro, Input = "text" }, ("business.identity", true));

        // One who signs for another party; the legal person on a person's procedure (a landlord); a minor's guardian.
        AssertField(new() { Id = "f", Label = "Nom du signataire pour le compte de l'employeur", Public = pro, Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "i", Label = "Nom du signataire", Hint = "Personne signant pour le compte du maître d'ouvrage", Public = pro, Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "j", Label = "Nom de l'expert-comptable signataire de l'attestation", Public = pro, Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "g", Label = "Nom", Legend = "Représentant de la personne morale", Public = "particuliers", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "h", Label = "Nom", Legend = "Représentant légal", Public = pro, Input = "text" }, ("identity.civil", true));

        // The statement's own opening asks the name one signs with, as on a person's procedure.
        AssertField(new() { Id = "o", Label = "Je soussigné(e)", Public = pro, Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void Who_is_in_charge_of_something_for_a_structure_is_its_staff()
    {
        // Rule 1: on a structure's procedure, the person in charge of security or of the project is a member of its staff:
        // professional data no register lists. A minor's « responsable légal » stays household; on a person's procedure, the
        // rule does not apply.
        const string pro = "professionnels";
        AssertField(new() { Id = "s", Label = "Nom, prénom(s) du responsable de la sécurité", Public = pro, Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Nom", Section = "Responsable de la bibliothèque", Public = pro, Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "l", Label = "Nom", Section = "Responsable légal", Public = pro, Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "p", Label = "Nom", Section = "Responsable légal", Public = "particuliers", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void Who_funds_the_filer_is_someone_else_and_so_are_the_fields_of_their_block()
    {
        // Rule 1: a donor, a sponsor, a contributor give money to the filer; their identity is theirs, not held for the filer.
        var funder = Classifier.Default.ClassifyInOrder([
            new() { Id = "f1", Label = "Le contributeur (celui qui finance) est-il un particulier ou une personne morale ?", Section = "Déclaration d'un financement", Input = "select" },
            new() { Id = "f2", Label = "Nom", Section = "Déclaration d'un financement", Input = "text" },
            new() { Id = "f3", Label = "Date de naissance", Section = "Déclaration d'un financement", Input = "date" },
        ]);
        Assert.That(funder.Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("other.not_held", false)), string.Join(" / ", funder.Select(d => d.Reason)));
        foreach (var label in new[] { "Nom du donateur", "Adresse du mécène", "Nom du financeur" })
        {
            AssertField(new() { Id = "d", Label = label, Input = "text" }, ("other.not_held", false), label);
        }
    }

    [Test]
    public void A_hint_about_sending_says_what_the_address_is_used_for()
    {
        AssertField(new() { Id = "a", Label = "Adresse postale", Hint = "Votre attestation vous sera envoyée à cette adresse", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "e", Label = "Adresse d'envoi de votre titre", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void Consent_asked_as_a_question_is_no_datum_and_past_steps_asked_in_the_passive_are_on_the_files()
    {
        AssertField(new() { Id = "q", Label = "Acceptez-vous que la commune consulte votre quotient familial auprès de la CAF ?", Input = "radio" },
            ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Avez-vous déjà été autorisé à exercer cette activité ?", Input = "radio" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Une demande de logement social a-t-elle déjà été déposée pour votre foyer ?", Input = "radio" }, ("other.held", true));
    }

    [Test]
    public void The_start_of_a_business_and_an_insured_persons_registration_number_are_the_registers_data()
    {
        AssertField(new() { Id = "d", Label = "Date de début d'activité de votre entreprise", Input = "date" }, ("business.identity", true));
        AssertField(new() { Id = "s", Label = "Date de début de votre activité salariée", Input = "date" }, ("other.not_held", false));
        AssertField(new() { Id = "n", Label = "Numéro d'immatriculation de l'assurée", Input = "text" }, ("social.nir", false));
    }

    [Test]
    public void A_figure_the_hint_says_is_written_on_a_public_paper_is_held_by_whoever_wrote_it()
    {
        // Rules 5 and 6; a private party's paper (a bill) keeps it the person's answer.
        AssertField(new() { Id = "s", Label = "Surface autorisée l'an passé (m²)", Hint = "Telle qu'elle figure sur l'arrêté du maire", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "d", Label = "Date de fin de votre concession", Hint = "Indiquée sur le courrier de la mairie", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Consommation annuelle (kWh)", Hint = "Elle figure sur votre facture d'électricité", Input = "number" }, ("other.not_held", false));
    }

    [Test]
    public void A_hint_that_lists_work_statuses_as_the_choices_makes_the_question_the_employment_status()
    {
        AssertField(new() { Id = "s", Label = "Situation professionnelle de la personne", Hint = "Salariée ; chômeuse ; retraitée ; sans activité", Input = "radio" },
            ("employment.status", true));
    }

    [Test]
    public void A_word_inside_a_documents_own_name_is_not_its_issuer()
    {
        AssertField(new() { Id = "c", Label = "Avis de cotisation foncière des entreprises", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void An_associations_name_seat_and_officers_are_its_RNA_registration()
    {
        AssertField(new() { Id = "s", Label = "Adresse du siège social", Page = "Modifier les informations de votre association", Input = "text" },
            ("association.registration", true));
        AssertField(new() { Id = "r", Label = "Numéro d'inscription au répertoire national des associations (RNA)", Input = "text" }, ("association.identifiers", false));
        AssertField(new() { Id = "e", Label = "Adresse du siège social", Page = "Votre entreprise", Input = "text" }, ("business.identity", true));

        // A procedure for associations is filed by one, whatever its headings call it.
        AssertField(new() { Id = "d", Label = "Dénomination de l'organisme", Public = "associations", Input = "text" }, ("association.registration", true));
        AssertField(new() { Id = "d", Label = "Dénomination de l'organisme", Public = "professionnels", Input = "text" }, ("business.identity", true));
        // A code only SIRENE gives stays SIRENE's, whichever cue found it.
        AssertField(new() { Id = "n", Label = "Activité principale exercée (code NAF-APE)", Public = "associations", Input = "text" }, ("business.identity", true));

        // A label that is only a kind of organisation asks the name of the one that files; on a person's procedure only an
        // association files beside people.
        AssertField(new() { Id = "a", Label = "Association", Public = "particuliers", Input = "text" }, ("association.registration", true));
        AssertField(new() { Id = "s", Label = "Société", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "e", Label = "Entreprise", Public = "particuliers", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "t", Label = "Type d'association", Public = "particuliers", Input = "text" }, ("other.not_held", false));

        // Its secretary is one of its officers; a company's secretary is staff, a contact.
        AssertField(new() { Id = "n", Label = "Nom", Section = "1 – PRÉSENTATION DE L’ASSOCIATION", Legend = "Secrétaire", Input = "text" }, ("association.registration", true));
        AssertField(new() { Id = "n", Label = "Nom", Section = "Présentation de l'entreprise", Legend = "Secrétaire", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_invalidity_pension_ticked_is_the_entitlement_and_being_effectively_dependent_is_no_headcount()
    {
        AssertField(new() { Id = "p", Label = "Pension d'invalidité", Legend = "Percevez-vous l'une des ressources suivantes ?", Input = "checkbox" }, ("social.benefits", true));
        Assert.That(Classify(new() { Id = "c", Label = "Étiez-vous à la charge effective du défunt ?", Input = "radio" }).ItemId, Is.Not.EqualTo("business.accounts"));
    }

    [Test]
    public void A_bare_upload_is_the_proof_of_the_status_its_page_names_not_of_the_category_its_section_names()
    {
        AssertField(new() { Id = "c", Label = "Déposer un fichier", Section = "Justificatif de situation professionnelle", Page = "Demandeur d'emploi", Input = "file" },
            ("employment.status", true));
    }

    [Test]
    public void Whom_a_paper_is_sent_to_is_neither_its_issuer_nor_what_it_is()
    {
        AssertField(new() { Id = "l", Label = "Lettre adressée à Madame la Maire", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Attestation de l'employeur destinée à la CAF", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Attestation délivrée par la mairie", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void The_days_new_rules_keep_to_their_families()
    {
        // Read back from a review of the stop's rules: each new rule stays out of the wording next to its own.
        AssertField(new() { Id = "a", Label = "Date de votre dernier rendez-vous auprès de votre conseillère", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Adresse de correspondance (si différente de votre adresse actuelle)", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "m", Label = "Nom", Page = "Espace réservé au médecin", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Adresse", Page = "Déclaration de perte de carte d'identité", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "e", Label = "Effectif en personnes physiques", Input = "number" }, ("business.accounts", true));
        AssertField(new() { Id = "b", Label = "Montant de votre épargne", Hint = "Tel qu'indiqué sur votre dernier relevé de compte", Input = "number" }, ("other.not_held", false));
        AssertField(new() { Id = "r", Label = "Raison sociale", Section = "Structure demandeuse (entreprise, association, collectivité)", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "v", Label = "Volume du bac de collecte", Input = "select" }, ("other.not_held", false));
        AssertField(new() { Id = "l", Label = "Département où votre permis de conduire a été délivré", Input = "select" }, ("driving.licence", true));
        AssertField(new() { Id = "k", Label = "Numéro du récépissé de déclaration de l'association en préfecture", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "y", Label = "Le budget de l'année courante a-t-il été présenté ?", Input = "radio" }, ("other.not_held", false));
        AssertField(new() { Id = "s", Label = "Date de début d'activité", Section = "Reprise d'une activité salariée", Input = "date" }, ("other.not_held", false));
    }

    [Test]
    public void An_exam_the_State_runs_and_the_date_of_a_public_act_are_on_file()
    {
        AssertField(new() { Id = "e", Label = "Attestation de réussite à l'examen théorique", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Attestation de réussite au PSC1 délivrée par la Croix-Rouge", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Date de l'arrêté municipal", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "a", Label = "Date de l'assemblée générale", Input = "date" }, ("other.not_held", false));
    }

    [Test]
    public void Numbers_of_titles_and_logins_are_keys_and_a_title_to_renew_exists()
    {
        // Rule 9 and D16: a title's number is a key, whatever its hint mentions; D19: a postal code asked with a login is part of it.
        AssertField(new() { Id = "p", Label = "Numéro de votre ancien passeport", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "q", Label = "Numéro du quitus fiscal", Hint = "Délivré par le service des impôts de votre domicile", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "c", Label = "Code postal de votre inscription", Hint = "À saisir avec votre identifiant", Administration = "France Travail", Input = "text" },
            ("employment.identifiers", false));
        // Rule 8: wishing to renew a title says it exists.
        AssertField(new() { Id = "r", Label = "La carte d'identité que vous souhaitez renouveler est-elle périmée ?", Input = "radio" }, ("identity.document", true));
    }

    [Test]
    public void A_public_scheme_taken_part_in_and_the_amounts_a_public_act_fixed_are_on_file()
    {
        // Rule 6: a scheme received or joined is on the files of whoever runs it; applying for it, or being eligible, is not.
        AssertField(new() { Id = "s", Label = "Avez-vous déjà effectué une mission de service civique ?", Input = "radio" }, ("other.held", true));
        AssertField(new() { Id = "p", Label = "Avez-vous obtenu un prêt à taux zéro pour cet achat ?", Input = "radio" }, ("other.held", true));
        AssertField(new() { Id = "e", Label = "Ce recrutement est-il éligible à l'emploi franc ?", Input = "radio" }, ("other.not_held", false));
        AssertField(new() { Id = "m", Label = "Montant de l'amende forfaitaire", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "j", Label = "Majoration appliquée pour retard", Input = "number" }, ("other.held", true));
    }

    [Test]
    public void Aids_already_received_and_approvals_already_granted_are_on_file()
    {
        AssertField(new() { Id = "a", Label = "Aide « emploi franc »", Legend = "Pour ce recrutement, percevez-vous déjà :", Input = "checkbox" }, ("other.held", true));
        AssertField(new() { Id = "n", Label = "Nombre de postes aidés accordés par l'État cette année", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Date de fin de la précédente convention", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "l", Label = "Date de la labellisation initiale", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "s", Label = "Date de signature de la convention de stage", Input = "date" }, ("other.not_held", false));
    }

    [Test]
    public void A_request_made_now_a_capacity_a_reason_and_a_foreign_number_are_the_persons_answers()
    {
        // D11: which title one requests now; the capacity one acts in; the reason asked, whatever it mentions; D2: a foreign record.
        AssertField(new() { Id = "t", Label = "Quel titre demandez-vous ?", Hint = "Passeport ; carte nationale d'identité", Input = "radio" }, ("other.not_held", false));
        AssertField(new() { Id = "q", Label = "Vous agissez en qualité de", Hint = "Père ; mère ; tuteur", Input = "radio" }, ("other.not_held", false));
        AssertField(new() { Id = "r", Label = "Pour quelle raison demandez-vous un duplicata de votre permis ?", Input = "radio" }, ("free.text", false));
        AssertField(new() { Id = "f", Label = "Numéro d'immatriculation étranger du véhicule", Input = "text" }, ("other.not_held", false));
        Assert.That(Classify(new() { Id = "c", Label = "Numéro client SNCF", Input = "text" }).ItemId, Is.Not.EqualTo("other.key"));
        // A wish in a relative clause qualifies the held datum the label's head names.
        AssertField(new() { Id = "w", Label = "Revenu fiscal de référence de l'année pour laquelle vous demandez la bourse", Input = "number" }, ("tax.income", true));
    }

    [Test]
    public void A_national_diploma_uploaded_is_held_and_the_trade_it_names_is_no_person()
    {
        AssertEach("file", ("other.held", true), "Copie du diplôme du baccalauréat", "Diplôme d'État d'éducateur spécialisé ou d'infirmier");

        // Asked as a datum, or a certificate a private body issues: not held (D10).
        Assert.That(Classify(new() { Id = "n", Label = "Dernier diplôme obtenu", Input = "select" }).Counted, Is.False);
        Assert.That(Classify(new() { Id = "p", Label = "Diplôme de secourisme PSC1", Input = "file" }).Counted, Is.False);
        Assert.That(Classify(new() { Id = "m", Label = "Nom de votre médecin", Input = "text" }).Counted, Is.False);
    }

    [Test]
    public void A_national_diplomas_details_are_held_and_a_foreign_one_is_not()
    {
        // D43: the year, mention, series or town of a French public diploma are its issuer's record, asked as data or uploaded.
        foreach (var (label, input) in new[] { ("Année d'obtention", "select"), ("Série", "text"), ("Commune", "text"), ("Mention obtenue", "select") })
        {
            AssertField(new() { Id = "b", Label = label, Legend = "Votre baccalauréat", Input = input }, ("other.held", true), $"{label}");
        }

        AssertEach("radio", ("other.held", true), "Êtes-vous titulaire du brevet des collèges ?");
        AssertEach("file", ("other.held", true), "Relevé de notes du baccalauréat");

        AssertField(new() { Id = "o", Label = "Série du bac ou équivalence", Section = "Baccalauréat", Input = "select" }, ("other.held", true));

        // The country it was taken in, a foreign equivalence: no French record (D4).
        foreach (var label in new[] { "Pays d'obtention", "Nom de l'équivalence" })
        {
            AssertField(new() { Id = "e", Label = label, Legend = "Votre baccalauréat", Input = "text" }, ("other.not_held", false), label);
        }
    }

    [Test]
    public void The_studies_under_way_are_the_enrolment_and_the_level_reached_is_not_held()
    {
        // D10: the course, diploma or level the person is following now is their enrolment, which the school or university knows.
        AssertEach("select", ("education.student", true), "Diplôme en préparation", "Quel diplôme préparez-vous cette année ?",
            "Dans quel cursus êtes-vous inscrite ?", "Niveau d'études en cours", "Votre situation scolaire actuelle");
        AssertEach("text", ("education.student", true), "Intitulé de la formation que vous suivez actuellement", "Établissement d'enseignement fréquenté");

        // An answer ticked under such a question names that course.
        AssertField(new() { Id = "o", Label = "BTS", Legend = "Quel diplôme prépares-tu ?", Input = "radio" }, ("education.student", true));

        // The level or diploma reached, asked as a datum, is the person's account, held by no one (D10).
        AssertEach("select", ("other.not_held", false), "Niveau d'études", "Quel est votre plus haut niveau d'études ?", "Diplôme le plus élevé obtenu");
        AssertField(new() { Id = "r", Label = "Bac +2", Legend = "Votre niveau d'études", Input = "radio" }, ("other.not_held", false));

        // Being registered at a school is not being registered at France Travail.
        var registered = Classify(new() { Id = "i", Label = "Êtes-vous inscrit dans un lycée professionnel ?", Input = "radio" });
        Assert.That(registered.ItemId, Is.EqualTo("education.student"), registered.Reason);
    }

    [Test]
    public void An_address_abroad_wished_for_or_of_a_things_location_is_not_the_home()
    {
        // Rule 3: an international address, a dwelling or a town the person wishes for, where a thing stands: not the current home.
        foreach (var (label, heading) in new[] { ("Ville", "Saisie d'une adresse internationale"), ("Adresse", "Le logement que vous souhaitez louer"),
            ("Code postal", "Commune où vous voulez vous installer"), ("Lieu-dit", "Emplacement du puits") })
        {
            AssertField(new() { Id = "a", Label = label, Section = heading, Input = "text" }, ("other.not_held", false), $"{label} / {heading}");
        }

        // « nom » coordinated with another word about the street is the street's name, part of the home address.
        AssertEach("text", ("address.postal", true), "Numéro et nom de la voie", "Type et nom de rue");
    }

    [Test]
    public void A_contractor_a_reported_company_and_a_designated_person_are_someone_else()
    {
        // Rule 1: an organisation named by what it does in the matter (does the works, is reported, was chosen) is not the filer.
        foreach (var (label, heading) in new[] { ("Adresse", "Entreprise qui va effectuer l'installation"), ("Numéro SIRET", "Société qui réalise le chantier"),
            ("Raison sociale", "Le prestataire retenu"), ("Nom", "Architecte"), ("Prénom", "Personne autorisée à venir chercher l'enfant") })
        {
            AssertField(new() { Id = "t", Label = label, Section = heading, Input = "text" }, ("other.not_held", false), $"{label} / {heading}");
        }

        var reported = Classify(new() { Id = "r", Label = "Raison sociale de la société signalée", Input = "text" });
        Assert.That((reported.ItemId, reported.Counted), Is.EqualTo(("other.not_held", false)), reported.Reason);

        // A heading that names the same kind of organisation does not make the reported one the filer.
        AssertField(new() { Id = "p", Label = "Nom commercial de l'entreprise signalée", Page = "L'entreprise", Input = "text" }, ("other.not_held", false));

        // The filer's own company keeps its register's item.
        AssertField(new() { Id = "o", Label = "Adresse", Section = "Votre entreprise", Input = "text" }, ("business.identity", true));
    }

    [Test]
    public void A_title_issued_before_and_a_filing_already_made_are_on_the_files()
    {
        // Rules 6 and 8: the card, permit or licence to renew was issued by the administration that renews it.
        AssertEach("file", ("other.held", true), "Votre ancienne carte de commerçant ambulant", "Copie de l'habilitation arrivant à expiration",
            "Autorisation à renouveler");
        // A private party's previous paper stays theirs.
        AssertEach("file", ("other.not_held", false), "Ancien contrat de location");

        // Rule 6: a declaration, an application or an appeal already made to it, asked back.
        AssertEach("date", ("other.held", true), "Date de votre précédente déclaration", "Date de la dernière candidature déposée");
        // A generic word in it says whose step it is, not what is asked.
        AssertEach("radio", ("other.held", true), "Le foyer a-t-il déjà formulé une demande d'hébergement d'urgence ?");
    }

    [Test]
    public void A_public_papers_issuer_is_known_from_what_it_is_about()
    {
        // Rule 5: a complaint's receipt is the police's, a planning certificate the commune's, a cadastral extract the cadastre's.
        AssertEach("file", ("other.held", true), "Copie du dépôt de plainte", "Certificat d'urbanisme opérationnel", "Relevé cadastral de la parcelle");

        // A registration in a company register is the company's, not a vehicle's; so is the SIRENE register's paper.
        AssertEach("file", ("business.registration", true), "Certificat d'immatriculation au registre du commerce et des sociétés",
            "Attestation d'inscription au répertoire SIRENE");
        AssertEach("file", ("vehicle.registration", true), "Certificat d'immatriculation de la remorque");
    }

    [Test]
    public void The_electoral_and_the_trades_registers_numbers_are_keys()
    {
        // Rule 9: a number in the electoral register is a key; the trades register's is the company's, not the person's NIR.
        AssertEach("text", ("other.key", false), "Votre numéro d'électrice");
        AssertEach("text", ("business.identifiers", false), "N° d'inscription au répertoire des métiers");
        AssertEach("text", ("social.nir", false), "N° d'inscription au répertoire (NIR)");
    }

    [Test]
    public void A_projected_figure_is_an_estimate_while_a_document_to_renew_stays_held()
    {
        // D11: a figure projected names no document, so the wish wins even over a held record's datum.
        AssertEach("number", ("other.not_held", false), "Montant prévisionnel du chiffre d'affaires", "Effectif salarié prévisionnel");
        AssertEach("radio", ("other.not_held", false), "Souhaitez-vous signaler un handicap ou un trouble de santé ?");

        // Rule 8: the document to renew exists; the wish is about what to do with it.
        AssertEach("file", ("identity.document", true), "Le passeport que vous souhaitez renouveler");
        // « Le titre » with nothing to name it is the person's identity paper or residence permit (the contract's own example),
        // on a page for an identity card or anywhere; a title its name gives to a trade is its issuer's record (rule 6).
        AssertField(new() { Id = "t", Label = "Le titre que vous souhaitez renouveler", Page = "Demande de carte nationale d’identité", Input = "file" },
            ("identity.document", true));
        AssertEach("file", ("identity.document", true), "Le titre que vous souhaitez renouveler", "L'ancien titre de voyage en cas de renouvellement");
        AssertEach("file", ("other.held", true), "La carte professionnelle que vous souhaitez renouveler", "Copie du titre de pension à renouveler");
        // A heading that names a trade's title says which « titre » the page renews.
        AssertField(new() { Id = "v", Label = "Copie du titre à renouveler", Page = "Renouvellement de l'autorisation de stationnement", Input = "file" }, ("other.held", true));
    }

    [Test]
    public void A_question_on_ones_activity_whose_choices_are_work_statuses_asks_the_employment_status()
    {
        // D13: the question in the select's own label, the statuses in its choices.
        var activity = Classify(new() { Id = "a", Label = "Statut professionnel du demandeur", Input = "select",
            Options = ["Salariée du secteur privé", "Intérimaire", "En recherche d'emploi", "Autre"] });
        Assert.That((activity.ItemId, activity.Counted), Is.EqualTo(("employment.status", true)), activity.Reason);

        // A trade is not a status, whatever its choices.
        AssertField(new() { Id = "p", Label = "Profession", Input = "select", Options = ["Salarié", "Cadre", "Artisan"] }, ("other.not_held", false));
    }

    [Test]
    public void A_copy_of_a_court_decision_is_the_courts_and_a_notice_takes_the_benefit_it_names()
    {
        // Rule 5, D15: a copy of a judgment is the judgment, whatever it settles.
        AssertEach("file", ("other.held", true), "Copie du jugement prononçant la liquidation judiciaire", "Photocopie du jugement fixant la pension alimentaire");

        // D14: a notice of a decision or of rights is about the benefit it names; alone, it is a public body's paper.
        AssertEach("file", ("social.benefits", true), "Notification de la décision d'attribution de l'AAH");
        AssertEach("file", ("other.held", true), "Notification de droits");
    }

    [Test]
    public void A_role_the_heading_gives_to_the_person_and_a_dependant_not_a_person_in_charge()
    {
        // Rule 1: « Vous, l'aidant familial » says the person asking is the helper; their own name is theirs.
        foreach (var heading in new[] { "Vous, l'aidant familial", "Le tuteur (vous)" })
        {
            AssertField(new() { Id = "n", Label = "Prénom", Legend = heading, Input = "text" }, ("identity.civil", true), $"{heading}");
        }

        // Someone who acts on the file, « en charge », is no dependant « à charge ».
        AssertEach("text", ("other.not_held", false), "Prénom de la personne en charge du dossier");
        AssertEach("number", ("family.composition", true), "Nombre de personnes à charge");
    }

    [Test]
    public void What_a_question_wishes_or_a_document_is_said_to_be_in_the_name_of_does_not_decide_the_item()
    {
        // Rule 8: an upload is the document itself, whatever the wish about it.
        AssertEach("file", ("driving.licence", true), "Le permis de conduire que vous voulez faire renouveler");
        AssertEach("file", ("vehicle.registration", true), "Carte grise du véhicule que vous souhaitez céder, établie à votre nom",
            "Photocopie du certificat d'immatriculation au nom du demandeur");

        // D11, D13: a status ticked under a wish or under a datum no one holds is that wish or datum; an estimate is no income.
        foreach (var (option, question) in new[] { ("Aide personnalisée au logement (APL)", "Quelle prestation voulez-vous simuler ?"), ("Demandeur d'emploi", "Profession") })
        {
            var d = Classify(new() { Id = "o", Label = option, Legend = question, Input = "radio" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), $"{option} / {question}: {d.Reason}");
        }

        AssertEach("number", ("other.not_held", false), "Ressources mensuelles estimées pour l'an prochain");

        // Rule 7: a pension's amount is income; « dernier avis » is the tax notice only when nothing says which notice.
        AssertEach("number", ("tax.income", true), "Montant annuel de la rente d'invalidité");
        AssertEach("file", ("other.held", true), "Votre dernier avis de taxe foncière");
    }

    [Test]
    public void What_the_administration_granted_paid_or_notified_before_is_on_its_files()
    {
        // Rule 6: granted, paid or notified to the person, or already paid; a follow-up « Si oui, … » is asked, not a condition.
        AssertEach("number", ("other.held", true), "Montant de la prime communale déjà versée", "Taux de majoration qui vous a été notifié");
        AssertEach("radio", ("other.held", true), "Une remise gracieuse vous a-t-elle été accordée l'an passé ?");
        AssertEach("date", ("other.held", true), "Si oui, date de la dernière dérogation obtenue", "Date de la réponse reçue de la mairie");

        // The filing organisation's own past subsidy too.
        AssertField(new() { Id = "s", Label = "Montant de la précédente subvention", Section = "Votre association", Input = "number" }, ("other.held", true));

        // A rate in force and an approval already granted were set by the administration (rule 6); a bank's rate was not.
        AssertEach("number", ("other.held", true), "Taux de la taxe de séjour appliqué à votre hébergement", "Barème en vigueur pour votre foyer");
        AssertEach("radio", ("other.held", true), "Votre structure a-t-elle déjà été labellisée ?");
        AssertEach("number", ("other.not_held", false), "Taux d'intérêt appliqué par votre banque");

        // Documents obtained with someone's consent are no act of an administration.
        AssertEach("checkbox", ("other.not_held", false), "J'atteste que les pièces transmises ont été obtenues avec son accord");
    }

    [Test]
    public void A_documents_holder_issuer_and_place_are_read_from_their_own_words()
    {
        // A vehicle's papers are its record, whoever held or crossed them.
        AssertEach("file", ("vehicle.registration", true), "Ancien certificat d'immatriculation barré par le vendeur");

        // Private issuers by their adjective; someone else's papers; a previous home; a card named after « copie de votre carte ».
        AssertEach("file", ("other.not_held", false), "Bulletins de salaire de votre ex-conjoint", "Justificatif de votre dernier domicile");
        AssertField(new() { Id = "n", Label = "Attestation notariée de propriété", Hint = "Uniquement si la mairie la demande", Input = "file" }, ("other.not_held", false));
        AssertEach("file", ("education.student", true), "Copie de votre carte d'étudiant de l'année en cours");

        // A public body named as a place is no issuer (« dans la commune »).
        AssertField(new() { Id = "p", Label = "Plan de masse", Hint = "Il situe la construction dans la commune", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_theft_scene_a_filer_for_another_a_login_postal_code_and_a_fact_derived_from_the_address()
    {
        // Rule 3: where a theft took place is no home.
        AssertEach("text", ("other.not_held", false), "Adresse précise du cambriolage");

        // Rule 1: the one who fills the form for someone else is not the person it is for.
        AssertField(new() { Id = "f", Label = "Votre prénom", Section = "Personne qui remplit la demande", Input = "text" }, ("other.not_held", false));

        // D19: a postal code the label ties to the allocataire's file is part of the key.
        AssertEach("text", ("family.caf_number", false), "Code postal déclaré sur votre dossier d'allocataire");

        // D25: a choice only its hint ties to the address is a fact derived from it.
        AssertField(new() { Id = "z", Label = "Zone de collecte des déchets", Hint = "Elle dépend de votre adresse", Input = "select" }, ("other.not_held", false));
    }

    [Test]
    public void An_organisations_register_data_its_other_addresses_and_the_parties_it_hires()
    {
        // Rule 3 for an organisation: a mailing address other than the registered one is not in its register.
        AssertField(new() { Id = "m", Label = "Adresse de correspondance si différente du siège", Section = "Votre association", Input = "text" }, ("other.not_held", false));

        // D7: a manager the label names makes « Représentant légal » the organisation's; its purpose is in its register.
        AssertField(new() { Id = "g", Label = "Nom et prénom de la gérante", Section = "Représentant légal", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "o", Label = "Objet statutaire", Section = "L'association", Input = "textarea" }, ("association.registration", true));

        // Rule 1: a subcontractor is someone else; « au titre de » names no civility; what is expected is a projection (D11),
        // while « Format attendu » in a hint says nothing.
        AssertEach("text", ("other.not_held", false), "Raison sociale du sous-traitant");
        AssertEach("number", ("other.not_held", false), "Somme demandée au titre de l'appel à projets", "Chiffre d'affaires attendu l'an prochain");
        AssertField(new() { Id = "e", Label = "Étage", Hint = "Format attendu : 3 caractères", Section = "Votre adresse", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void Who_made_a_proof_is_not_its_holder_and_future_spouses_have_no_future_address()
    {
        // Rule 1: who a document is said to be made by issued it; the proof stays the person's.
        var proof = Classify(new() { Id = "p", Label = "Justificatif de domicile récent", Hint = "Facture ou quittance établie par un professionnel", Input = "file" });
        Assert.That((proof.ItemId, proof.Counted), Is.EqualTo(("address.proof", true)), proof.Reason);

        // « futurs époux » are a couple to be married, not a future address; « si elle diffère » is another address (rule 3).
        AssertEach("file", ("address.proof", true), "Justificatif de domicile de chacun des futurs époux");
        AssertEach("text", ("other.not_held", false), "Adresse postale, si elle diffère de celle de votre résidence");
        AssertEach("text", ("other.not_held", false), "Adresse de votre futur logement");
    }

    [Test]
    public void Guards_from_a_review_of_the_stops_rules()
    {
        // « titre » names a project as often as a diploma: no studies under way here.
        Assert.That(Classify(new() { Id = "t", Label = "Titre du projet en cours", Input = "text" }).ItemId, Is.Not.EqualTo("education.student"));

        // A postal code of the allocataire alone is their home's; with the file or the number it is the login's (D19).
        AssertEach("text", ("address.postal", true), "Code postal de l'allocataire");

        // « autre que vous » says someone else, not the person in apposition.
        AssertField(new() { Id = "o", Label = "Nom", Legend = "Personne à prévenir (autre que vous)", Input = "text" }, ("other.not_held", false));

        // Exact phrases keep their small words, and « votre » between them is listed too.
        AssertEach("file", ("business.registration", true), "Statuts de votre société");
    }

    [Test]
    public void What_a_civil_or_vehicle_record_holds_retyped_is_that_record()
    {
        foreach (var (label, item) in new[] { ("Commune du mariage", "civil.record"), ("Date de conclusion du PACS", "civil.record"),
            ("Date de 1re mise en circulation", "vehicle.registration"), ("Date du divorce", "civil.record"), ("Êtes-vous divorcée ?", "family.composition") })
        {
            AssertField(new() { Id = "r", Label = label, Input = "text" }, (item, true), $"{label}");
        }
    }

    [Test]
    public void A_registration_typed_is_its_number_and_the_register_extract_uploaded_is_the_document()
    {
        // D16: the plate typed is a key; the certificate uploaded stays the vehicle's registration.
        AssertEach("text", ("other.key", false), "Immatriculation de votre véhicule", "Immatriculation");
        AssertEach("file", ("vehicle.registration", true), "Certificat d'immatriculation");

        // « immatriculation » inside the company register's name does not make a vehicle (rule 5: the register's extract).
        AssertEach("file", ("business.registration", true), "Justificatif d'immatriculation au registre du commerce et des sociétés", "Avis de situation SIRENE");
    }

    [Test]
    public void A_manager_named_by_the_heading_is_listed_by_the_register()
    {
        AssertField(new() { Id = "g", Label = "Date de naissance", Legend = "Gérante", Input = "date" }, ("business.identity", true));

        // A legal representative with no organisation named may be a minor's parent: household (D27).
        var parent = Classify(new() { Id = "p", Label = "Date de naissance", Legend = "Représentant légal", Input = "date" });
        Assert.That(parent.ItemId, Is.EqualTo("identity.civil"), parent.Reason);
    }

    [Test]
    public void A_work_status_chosen_under_a_question_about_ones_activity_is_the_employment_status()
    {
        // D13: the question asks the status, each choice names one.
        foreach (var (label, legend) in new[] { ("Salarié", "Votre situation professionnelle"), ("Travailleur indépendant", "Quelle est votre activité ?"),
            ("Fonctionnaire", "Statut professionnel") })
        {
            var d = Classify(new() { Id = "w", Label = label, Legend = legend, Input = "radio" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("employment.status", true)), $"{label} / {legend}: {d.Reason}");
        }

        // « Retraité » is the status, « retraite » the pension (rule 7): one word does not fire for the other.
        AssertEach("radio", ("employment.status", true), "Êtes-vous retraitée ?");
        AssertEach("number", ("tax.income", true), "Retraites perçues l'an dernier");

        // A trade is no one's record (« Profession »), and an employer's situation is someone else's.
        foreach (var legend in new[] { "Profession", "Situation professionnelle de votre employeur" })
        {
            var d = Classify(new() { Id = "t", Label = "Salarié", Legend = legend, Input = "radio" });
            Assert.That(d.Counted, Is.False, $"{legend}: {d.Reason}");
        }
    }

    [Test]
    public void The_households_shape_and_the_social_minima_ticked_are_held_statuses()
    {
        // D22 and rule 4: a lone-parent or large family is the household's composition; « minima sociaux » names the benefits.
        foreach (var (label, item) in new[] { ("Famille monoparentale", "family.composition"), ("Famille nombreuse", "family.composition"),
            ("Je vis seule avec mes enfants", "family.composition"),
            ("Bénéficiaire des minima sociaux", "social.benefits") })
        {
            AssertField(new() { Id = "s", Label = label, Legend = "Votre situation :", Input = "checkbox" }, (item, true), $"{label}");
        }

        // The household's shape as boxes of their own, with no question over them.
        AssertEach("radio", ("family.composition", true), "Homme Seul", "Femme Seule", "Couple", "Couple avec enfants", "Personne isolée");
        AssertEach("radio", ("other.not_held", false), "Seul le titulaire peut signer", "Une seule réponse");
        // A printed form's count named first (« Si enfants, nombre : ») is the count of that.
        AssertEach("number", ("family.composition", true), "Si enfants, nombre :", "Enfants à charge : nombre");
    }

    [Test]
    public void Of_two_generic_cues_the_one_after_de_says_whose_and_the_head_what()
    {
        // Rule 7: the income proofs are asked; the household only says whose.
        AssertEach("file", ("tax.income", true), "Justificatifs de ressources de toutes les personnes vivant au foyer", "Justificatif de revenus de chaque membre du foyer");
    }

    [Test]
    public void A_persons_resources_are_their_income_and_an_organisations_are_its_accounts()
    {
        AssertEach("number", ("tax.income", true), "Ressources mensuelles", "Montant des ressources du conjoint");
        // D7: an organisation's income is in its accounts; « ressources humaines », a « personne ressource » are no income.
        AssertEach("number", ("business.accounts", true), "Ressources de l'association", "Revenus de l'entreprise");
        AssertEach("text", ("other.not_held", false), "Ressources humaines mobilisées", "Personne ressource");
    }

    [Test]
    public void A_fact_about_a_proof_of_address_is_not_the_proof()
    {
        // Rule 3: the home is asked elsewhere; a rent's payment or a receipt's date typed is the person's answer.
        AssertEach("radio", ("other.not_held", false), "Êtes-vous à jour du paiement de vos loyers ?");
        AssertEach("date", ("other.not_held", false), "Date de la dernière quittance de loyer");
        AssertEach("file", ("address.proof", true), "Quittance de loyer");
    }

    [Test]
    public void A_held_document_names_its_holder_after_it_and_its_issuer_anywhere()
    {
        // Rule 1: the host's proof is the host's; an insurer or a supplier named in the list of bills only issued it.
        AssertEach("file", ("other.not_held", false), "Justificatif de domicile de la personne qui vous héberge", "Justificatif de domicile de votre hébergeant",
            "Avis d'imposition de l'hébergeant", "Attestation de quotient familial de la nourrice");
        AssertEach("file", ("tax.notice", true), "Avis d'imposition de vos parents");
        AssertEach("file", ("address.proof", true), "Justificatif de domicile récent (facture d'un fournisseur d'énergie, attestation d'assurance habitation)");
    }

    [Test]
    public void A_childs_address_is_the_households_home_unless_the_form_says_otherwise()
    {
        // D37: the child or pupil a form is about lives at the household's home; other children, a child said to live
        // elsewhere, or a spouse's own address block do not.
        (string Label, string? Section, string? Legend, string Item)[] cases =
        [
            ("Adresse de résidence de l’élève :", "Renseignements concernant l’élève :", null, "address.postal"),
            ("Code Postal :", "Renseignements concernant l’élève :", null, "address.postal"),
            ("Commune", "Enfant", null, "address.postal"),
            ("Adresse", "Identité des autres enfants du parent débiteur", null, "other.not_held"),
            ("Adresse du domicile", null, "Enfant 1 (si différente de la vôtre)", "other.not_held"),
            ("Code postal", null, "Votre conjoint (si adresse différente)", "other.not_held"),
        ];
        foreach (var (label, section, legend, item) in cases)
        {
            var d = Classify(new() { Id = "f", Label = label, Section = section, Legend = legend, Input = "text" });
            Assert.That(d.ItemId, Is.EqualTo(item), $"{label} / {section ?? legend}: {d.Reason}");
        }
    }

    [Test]
    public void The_person_one_files_for_is_the_beneficiary_and_one_the_filer_relates_to_is_someone_else()
    {
        // Rule 1 and D24: when someone files for another, the beneficiary's data take the usual items.
        AssertEach("file", ("identity.document", true), "Pièce d'identité de la personne pour qui vous effectuez la démarche",
            "Pièce d'identité de la personne que vous représentez", "Votre pièce d'identité");
        AssertEach("date", ("identity.civil", true), "Date de naissance de la personne pour laquelle vous faites la demande");
        var address = Classify(new() { Id = "f", Label = "ADRESSE :", Section = "ADRESSE de la PERSONNE pour laquelle l'Aide est demandée", Input = "text" });
        Assert.That((address.ItemId, address.Counted), Is.EqualTo(("address.postal", true)), address.Reason);
        // Someone the filer hosts, helps or employs is someone else.
        AssertEach("file", ("other.not_held", false), "Pièce d'identité de la personne que vous hébergez");
        AssertEach("date", ("other.not_held", false), "Date de naissance de la personne que vous aidez");
    }

    [Test]
    public void A_town_completed_by_a_thing_or_an_event_is_another_place()
    {
        // Rule 3: as « Adresse du chantier », a town or a département completed by what is there is no home.
        AssertEach("text", ("other.not_held", false), "Commune de prélèvement du gibier", "Commune où est situé le véhicule", "Département du chantier");

        // Completed by the home, by birth, by the person or by their studies: theirs.
        AssertEach("text", ("address.postal", true), "Commune de résidence", "Ville où vous habitez");
        AssertEach("text", ("identity.civil", true), "Commune de naissance");
        AssertEach("text", ("education.student", true), "Ville de formation");
    }

    [Test]
    public void A_period_the_health_insurance_compensates_is_held()
    {
        // Rule 5: the health insurance pays daily allowances for sick leave, maternity leave and work accidents: it holds them.
        AssertEach("radio", ("other.held", true), "Avez-vous été en arrêt maladie ?", "Avez-vous été en congé maternité ?");
        AssertEach("file", ("other.held", true), "Attestation de congé maternité");
        AssertEach("checkbox", ("other.held", true), "Soins en rapport avec un accident du travail ou une maladie professionnelle.");

        // In the plural, in a list of proofs of a harm, they are papers among others.
        AssertEach("file", ("other.not_held", false), "Documents de preuve : certificats médicaux, arrêts de travail, factures diverses");
    }

    [Test]
    public void A_radio_button_that_names_an_address_or_a_channel_asks_a_fact_not_the_datum()
    {
        // Rule 1: a choice is ticked, not typed; it cannot carry an address or a number.
        AssertEach("radio", ("other.not_held", false), "La rue est-elle équipée d'un éclairage public ?", "Domicile",
            "L'alerte de votre alarme remonte-t-elle vers votre téléphone portable ?", "Stationnez-vous votre véhicule dans votre garage ?");
        AssertEach("text", ("address.postal", true), "Adresse");

        // What the vehicle is, not what the person does with it: its record.
        AssertEach("radio", ("vehicle.registration", true), "Véhicule électrique ou hybride ?");
    }

    [Test]
    public void An_upload_named_by_nothing_is_the_public_act_its_heading_names()
    {
        // Rule 5: « Fichier » under « Nouvel arrêté » is the decree, which its issuer holds; under a heading that names no
        // document, nothing is known of it.
        AssertField(new() { Id = "a", Label = "Fichier", Section = "Nouvel arrêté", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "n", Label = "Fichier", Section = "Informations complémentaires", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void The_country_line_of_an_address_block_is_the_address()
    {
        AssertEach("select", ("address.postal", true), "Pays");
        AssertEach("select", ("identity.civil", true), "Pays de naissance");
        AssertEach("select", ("other.not_held", false), "Pays de nationalité", "Pays de destination");
    }

    [Test]
    public void An_organisation_a_persons_procedure_names_without_giving_it_to_them_is_another_party()
    {
        // Rule 1: on a person's procedure, a company or an association that a heading or the hint names, and that nothing gives
        // to the person, is a party they deal with (a hunting association, a host, the company reported): its register is not theirs.
        AssertField(new() { Id = "s", Label = "Raison sociale", Section = "Association de chasse", Input = "text", Public = "particuliers" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Numéro SIRET", Page = "L'entreprise", Input = "text", Public = "particuliers" }, ("other.not_held", false));
        AssertField(new() { Id = "h", Label = "Raison sociale", Hint = "Nom de l'organisme", Input = "text", Public = "particuliers" }, ("other.not_held", false));

        // Given to the person (« votre structure », a page of personal data), or named nowhere: the register's item.
        AssertField(new() { Id = "v", Label = "Nom de votre structure", Input = "text", Public = "particuliers" }, ("business.identity", true));
        AssertField(new() { Id = "d", Label = "Raison sociale", Section = "Informations de la société", Page = "Données personnelles", Input = "text", Public = "particuliers" },
            ("business.identity", true));
        AssertField(new() { Id = "b", Label = "Numéro SIRET", Input = "text", Public = "particuliers" }, ("business.identifiers", false));

        // On a structure's procedure, the heading's organisation is the one that files.
        AssertField(new() { Id = "o", Label = "Raison sociale", Section = "Association de chasse", Input = "text", Public = "professionnels" }, ("association.registration", true));
    }

    [Test]
    public void A_question_whether_the_person_holds_a_document_asks_that_document()
    {
        // Rules 4 and 5: « Disposez-vous d'un… ? » names the document as its upload would; its issuer decides.
        AssertEach("radio", ("other.held", true), "Disposez-vous d'un extrait de casier judiciaire (bulletin n°3) ?");
        AssertEach("radio", ("identity.document", true), "Êtes-vous titulaire d'une carte de séjour ?");
        AssertEach("radio", ("other.not_held", false), "Avez-vous une attestation d'assurance ?", "Avez-vous un jardin ?");
    }

    [Test]
    public void A_date_that_only_bounds_a_period_is_the_date_of_the_period_its_question_names()
    {
        // Rule 5: the health insurance holds the sick leave it paid, so its dates too; a traineeship's are the person's answer.
        AssertField(new() { Id = "s", Label = "Date de début", Legend = "Avez-vous été en arrêt maladie ?", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "t", Label = "Date de fin", Legend = "Avez-vous été en stage ?", Input = "date" }, ("other.not_held", false));
        AssertEach("date", ("other.not_held", false), "Date de début");
    }

    [Test]
    public void A_question_about_the_persons_situation_asks_the_status_one_of_its_choices_names()
    {
        // Rule 4: the situations listed as choices of « Je suis actuellement en : » include a status France Travail holds.
        AssertField(new() { Id = "s", Label = "Je suis actuellement en :", Options = ["situation d'emploi", "inactivité", "recherche d'emploi"], Input = "radio" },
            ("employment.status", true));

        // One such choice among topics (« Thème ») is no situation asked.
        AssertField(new() { Id = "t", Label = "Thème", Options = ["Recherche d'emploi", "Logement", "Santé"], Input = "select" }, ("other.not_held", false));
    }

    [Test]
    public void Choices_that_are_kinds_of_organisations_or_bodies_by_name_ask_no_status_of_the_person()
    {
        // Rule 4 asks a status the choice names; « France Travail » or « École de la 2e chance » under « Type de structure »
        // are kinds of structure, or a body chosen by its name.
        AssertField(new()
        {
            Id = "k", Label = "Type de structure", Input = "select", Public = "professionnels",
            Options = ["France Travail", "Mission locale", "École de la 2e chance", "Apprentissage (CFA, CMA, lycée, etc.)", "Entreprise"],
        }, ("other.not_held", false));

        // Asked of the person, the kind of school is their studies.
        AssertField(new() { Id = "s", Label = "Dans quel type d’établissement étudies-tu ?", Input = "radio", Options = ["Université", "IUT", "École d’ingénieurs"] },
            ("education.student", true));
    }

    [Test]
    public void A_heading_that_names_the_person_by_their_status_leaves_them_their_own_data()
    {
        // Rule 1: « Étudiant » over « Code postal » says whose the postal code is, the person's; it does not ask the studies.
        AssertField(new() { Id = "p", Label = "Code postal", Section = "Étudiant", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "b", Label = "Date de naissance", Section = "Identité de l'étudiant", Input = "date" }, ("identity.civil", true));
        AssertField(new() { Id = "s", Label = "Date de naissance", Section = "Scolarité", Input = "date" }, ("identity.civil", true));

        // A heading that names the school: its name is the person's enrolment (D12).
        AssertField(new() { Id = "e", Label = "Nom", Section = "Établissement d'inscription", Input = "text" }, ("education.student", true));
    }

    [Test]
    public void A_third_partys_bank_details_are_not_the_persons()
    {
        // Rule 1: only a third party's contact details keep their item; their bank details are data of theirs.
        AssertEach("text", ("other.not_held", false), "IBAN du bailleur", "RIB du prestataire");

        // The person's own, and the bank that keeps them, stay bank details.
        AssertEach("text", ("bank.rib", false), "IBAN", "Titulaire du compte", "Nom de la banque");
    }

    [Test]
    public void A_wish_asked_in_a_text_area_is_the_persons_own_words()
    {
        // Rule 8 leaves a wish unheld; asked in a text area, it is written in the person's words: free text.
        AssertEach("textarea", ("free.text", false), "Quels sont les aménagements que vous souhaiteriez mettre en place pendant les évaluations ?");
        AssertEach("text", ("other.not_held", false), "Date d'entrée souhaitée");
    }

    [Test]
    public void A_number_named_by_the_acronym_of_its_register_is_a_key()
    {
        // Rule 9: « FINESS », « RG », « GEREP » name the register the number is a record of; a code that only classifies
        // (« RNCP ») numbers no one's file, and a third party's number is theirs.
        AssertEach("text", ("other.key", false), "Code FINESS", "Numéro RG", "Votre numéro PSQS");
        AssertEach("text", ("other.not_held", false), "Code RNCP", "Numéro SIRET du bailleur (si bailleur professionnel)");
    }

    [Test]
    public void A_number_or_a_reference_is_never_free_text()
    {
        // Free text is the person's own words; « Référence de votre demande » asks the request's number (rule 9).
        AssertEach("text", ("other.key", false), "Référence de votre demande", "Numéro de votre demande");
        AssertEach("textarea", ("free.text", false), "Objet de votre demande");
    }

    [Test]
    public void The_dates_and_amounts_of_a_french_courts_proceeding_are_the_justices_record()
    {
        // Rule 5: a hearing's date or a fine fixed under « Tribunal judiciaire » is in the court's file; a European court
        // holds nothing here.
        AssertField(new() { Id = "d", Label = "Date d'audience", Section = "1ère Instance - Tribunal judiciaire", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "m", Label = "Montant de l'amende", Section = "2ème Instance - Cour d'appel", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "e", Label = "Date de la décision", Section = "Saisine - Cour Européenne des Droits de l'Homme", Input = "date" }, ("other.not_held", false));

        // « Prud'hommes » is a court; « les femmes et les hommes » is not.
        AssertField(new() { Id = "p", Label = "Date d'audience", Section = "Conseil de prud'hommes de Lyon", Input = "date" }, ("other.held", true));
        AssertField(new() { Id = "h", Label = "Montant", Section = "Index de l'égalité entre les femmes et les hommes", Input = "number" }, ("other.not_held", false));
    }

    [Test]
    public void A_box_that_answers_none_among_a_lists_options_asks_no_datum()
    {
        // Rule 4 counts the boxes that name a held status (« APL » under « Aides déjà perçues »); « Aucune » among them names
        // none (it took its question's topic and was counted again); a bare « Oui » still answers its question.
        AssertField(new() { Id = "a", Label = "APL", Legend = "Aides déjà perçues", Input = "checkbox" }, ("social.benefits", true));
        // The CAF's other housing benefits are as held as the APL (second review of a Démarche Numérique replica).
        AssertField(new() { Id = "s", Label = "ALS", Legend = "Aides déjà perçues", Input = "checkbox" }, ("social.benefits", true));
        AssertField(new() { Id = "f", Label = "Allocation de logement familiale (ALF)", Legend = "Aides déjà perçues", Input = "checkbox" }, ("social.benefits", true));
        // So are its other family benefits, the family they belong to.
        foreach (var benefit in new[] { "PAJE", "Complément familial", "Complément de libre choix du mode de garde (CMG)", "Allocation journalière de présence parentale" })
        {
            AssertField(new() { Id = "b", Label = benefit, Legend = "Aides déjà perçues", Input = "checkbox" }, ("social.benefits", true));
        }
        AssertField(new() { Id = "n", Label = "Aucune", Legend = "Aides déjà perçues", Input = "checkbox" }, ("other.not_held", false));
        AssertField(new() { Id = "o", Label = "Oui", Legend = "Percevez-vous l'allocation adulte handicapé ?", Input = "checkbox" }, ("social.benefits", true));
    }

    [Test]
    public void A_closed_question_about_the_paper_or_record_a_heading_names_is_its_issuers()
    {
        // Rules 5 and 6: the outcome of a French court's proceeding is in its file, the type of a receipt is the prefecture's;
        // a vehicle named by a page is a thing, not its registration, and a European court holds nothing here.
        AssertField(new() { Id = "r", Label = "Résultat", Section = "3ème Instance - Pourvoi en cassation", Input = "radio", Options = ["Rejet", "Cassation"] },
            ("other.held", true));
        AssertField(new() { Id = "t", Label = "Type de décision", Section = "1ère Instance - Tribunal judiciaire", Input = "select" }, ("other.held", true));
        AssertField(new() { Id = "k", Label = "Type", Legend = "Récépissé de demande de titre de séjour", Input = "select" }, ("identity.document", true));
        AssertField(new() { Id = "v", Label = "Département du taxi relais", Page = "Enregistrement d'un nouveau véhicule relais", Input = "select", Public = "professionnels" },
            ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Résultat", Section = "Saisine - Cour Européenne des Droits de l'Homme", Input = "radio" }, ("other.not_held", false));
    }

    [Test]
    public void What_an_administrative_authority_fixed_is_held_even_when_it_is_a_forecast()
    {
        // Rules 5 and 8: a budget the pricing authority retained is its act; the forecast word does not hide it.
        AssertField(new() { Id = "r", Label = "Budget prévisionnel retenu (ou exécutoire)", Hint = "par l'autorité de tarification", Input = "file" }, ("other.held", true));
        AssertField(new() { Id = "o", Label = "Budget prévisionnel", Input = "file" }, ("other.not_held", false));
    }

    [Test]
    public void A_heading_that_asks_where_a_thing_is_makes_its_address_that_things_place()
    {
        // Rule 3: « Où est située la friche ? » over « Adresse » locates the site, as « Localisation du site » would.
        AssertField(new() { Id = "f", Label = "Adresse", Page = "Où est située la friche ?", Input = "text", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "h", Label = "Adresse", Page = "Où habitez-vous ?", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void A_box_that_asks_to_be_sent_something_and_a_hint_that_says_what_not_to_type_ask_no_datum()
    {
        // Rule 1: what is asked, not what is mentioned.
        AssertEach("checkbox", ("other.not_held", false), "Recevoir l’actualité mensuelle de Réfugiés.info", "Recevoir mes avis d'imposition par courrier");
        AssertField(new() { Id = "p", Label = "Votre pseudonyme", Hint = "N'indiquez pas de coordonnées personnelles comme votre adresse email.", Input = "text" },
            ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Identifiant", Hint = "Indiquez votre adresse email.", Input = "text" }, ("contact.email", false));
    }

    [Test]
    public void Where_a_thing_is_sent_back_is_no_home()
    {
        // D4: where something is to be sent, or sent back, is asked for that purpose; « où tu habites » still names the home.
        AssertEach("textarea", ("other.not_held", false), "Adresse à laquelle la carte doit être retournée :");
        AssertEach("text", ("address.postal", true), "Adresse où tu habites");
    }

    [Test]
    public void A_place_abroad_is_no_home_whatever_the_gender_of_the_word()
    {
        // Rule 3 (D4): « étrangère » is « étranger »; the French town stays the home.
        AssertEach("text", ("other.not_held", false), "Commune étrangère", "Ville étrangère", "Code postal étranger");
        AssertEach("text", ("address.postal", true), "Commune");
    }

    [Test]
    public void The_public_bodies_of_the_annuaire_issue_held_documents()
    {
        // Rule 5: a body of the Annuaire de l'administration, or its head, issued it; a private party's paper is not held.
        AssertEach("file", ("other.held", true), "Avis DASEN", "Avis de l'architecte des bâtiments de France", "Attestation du SDIS",
            "Décision du conseil de prud'hommes");
        AssertEach("file", ("other.not_held", false), "Avis du syndic");
    }

    [Test]
    public void An_age_threshold_on_a_person_is_read_from_their_birth_date()
    {
        AssertEach("checkbox", ("identity.civil", true), "J'ai moins de 26 ans", "Personne âgée de plus de 60 ans");
        AssertEach("radio", ("identity.civil", true), "Votre enfant est-il mineur ?");

        // A dwelling's or a vehicle's age is no one's civil status; a protected adult is a measure, not an age.
        AssertEach("checkbox", ("other.not_held", false), "Le logement a plus de 15 ans", "Majeur protégé");
        AssertEach("select", ("other.not_held", false), "Âge du véhicule");
    }

    [Test]
    public void An_associations_officers_are_listed_by_its_register()
    {
        // D7: the RNA lists an association's officers, whatever the list is called.
        AssertEach("file", ("association.registration", true), "Liste des membres du conseil d'administration", "Liste des administrateurs de l'association");
    }

    [Test]
    public void What_a_register_or_the_tax_office_knows_of_an_organisation_in_other_words()
    {
        AssertField(new() { Id = "c", Label = "Date de clôture de l'exercice", Section = "Votre entreprise", Input = "date" }, ("business.accounts", true));
        AssertEach("radio", ("other.held", true), "Êtes-vous soumis à la TVA ?");
        AssertEach("date", ("association.registration", true), "Date de publication au JO");
    }

    [Test]
    public void Pay_still_to_come_is_a_projection_not_income()
    {
        // D11: the pay a contract being made sets, or income to come, is no income the tax office knows yet.
        AssertEach("number", ("other.not_held", false), "Salaire brut prévu à l'embauche", "Montant des revenus à venir");
        AssertEach("number", ("tax.income", true), "Salaire mensuel net");
    }

    [Test]
    public void A_choice_under_a_question_about_the_benefits_received_is_a_benefit()
    {
        // Rule 4: the question in the group's legend, the benefit in the label, whatever its name or acronym.
        foreach (var label in new[] { "PAJE", "Complément familial" })
        {
            var d = Classify(new() { Id = "b", Label = label, Legend = "Percevez-vous l'une des prestations suivantes ?", Input = "checkbox" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("social.benefits", true)), $"{label}: {d.Reason}");
        }

        // The label itself may ask it, over its list of choices.
        AssertField(new() { Id = "l", Label = "Percevez-vous l'une des prestations suivantes ?", Input = "select", Options = ["PAJE", "Complément familial", "Aucune"] }, ("social.benefits", true));

        // A public body chosen as the answer takes its question's topic (« MSA » under the health scheme's question).
        AssertField(new() { Id = "s", Label = "MSA", Legend = "Quel est votre régime de sécurité sociale ?", Input = "radio" }, ("social.health_rights", true));
        Assert.That(Classify(new() { Id = "m", Label = "La mairie", Legend = "Comment avez-vous connu ce service ?", Input = "radio" }).Counted, Is.False);

        // « Aucune », « Autre » name none; the same choices under another question are no benefits.
        foreach (var (label, legend) in new[] { ("Aucune de ces prestations", "Percevez-vous l'une des prestations suivantes ?"),
            ("Autre", "Percevez-vous l'une des prestations suivantes ?"), ("Complément familial", "Quelles rubriques souhaitez-vous consulter ?") })
        {
            var d = Classify(new() { Id = "n", Label = label, Legend = legend, Input = "checkbox" });
            Assert.That(d.Counted, Is.False, $"{label} / {legend}: {d.Reason}");
        }
    }

    [Test]
    public void A_benefit_named_by_its_head_noun_is_held_unless_this_form_requests_it()
    {
        // Rule 4; the benefit being asked for in this form is a request (D11).
        AssertEach("number", ("social.benefits", true), "Quel est le montant mensuel de votre allocation ?");
        AssertEach("number", ("other.not_held", false), "Montant de l'allocation demandée", "Montant de l'aide sollicitée");
    }

    [Test]
    public void A_public_body_that_follows_the_person_keeps_their_file()
    {
        // Rule 6: being followed, housed or taken charge of by a public body is on its files; by a doctor or an association, not.
        AssertEach("radio", ("other.held", true), "Êtes-vous accompagné par le CCAS ?", "Votre enfant est-il pris en charge par l'aide sociale à l'enfance ?");
        AssertEach("radio", ("other.not_held", false), "Êtes-vous suivi par un médecin ?", "Êtes-vous accompagné par une association ?");
        AssertEach("checkbox", ("other.held", true), "Personne placée sous main de justice");

        // What the health insurance or the CDAPH recognised is their item.
        AssertEach("radio", ("social.health_rights", true), "Êtes-vous en affection de longue durée ?", "Êtes-vous ayant droit d'un assuré ?");
        AssertEach("radio", ("disability.decision", true), "Avez-vous une orientation en ESAT ?");

        // D10: what one studies this year is the current enrolment.
        AssertEach("checkbox", ("education.student", true), "Spécialités suivies en terminale");
    }

    [Test]
    public void A_minors_legal_representative_is_household_and_their_address_is_the_households_home()
    {
        // D27 and D37 (which replaced this test's first reading, rule 3): a parent's or guardian's address, asked in their
        // section where the form does not say they live elsewhere, is the household's home.
        foreach (var (label, heading) in new[] { ("Adresse", "Représentant légal"), ("Code postal", "Responsable légal 1"), ("Voie", "Parent 2") })
        {
            AssertField(new() { Id = "a", Label = label, Section = heading, Input = "text" }, ("address.postal", true), $"{label} / {heading}");
        }

        AssertField(new() { Id = "n", Label = "Nom", Section = "Représentante légale", Input = "text" }, ("identity.civil", true));

        // Their bond with the person, chosen from a list, is the household's composition (D22); a contact's is not.
        AssertField(new() { Id = "l", Label = "Votre lien", Section = "Responsable légal 2", Input = "radio" }, ("family.composition", true));
        var contact = Classify(new() { Id = "c", Label = "Votre lien", Section = "Personne à prévenir", Input = "radio" });
        Assert.That(contact.Counted, Is.False, contact.Reason);

        // An organisation's legal representative is its manager, listed by its register (D7).
        var manager = Classify(new() { Id = "m", Label = "Prénom", Section = "Représentant légal de la société", Input = "text" });
        Assert.That(manager.ItemId, Is.EqualTo("business.identity"), manager.Reason);
    }

    [Test]
    public void The_person_comes_from_the_section()
    {
        Assert.That(Classify(new() { Id = "n", Label = "Nom", Legend = "Votre conjoint", Input = "text" }).Person, Is.EqualTo("conjoint"));
        Assert.That(Classify(new() { Id = "n", Label = "Prénom", Legend = "Enfant 2", Input = "text" }).Person, Is.EqualTo("enfant 2"));
        Assert.That(Classify(new() { Id = "n", Label = "Prénom", Input = "text" }).Person, Is.EqualTo("demandeur"));
    }

    [Test]
    public void A_typed_field_no_cue_names_is_not_held_by_default_and_a_field_with_nothing_to_read_is_left_for_review()
    {
        // The catalogue names every held item by its cues: a datum typed in a field none of them names is one no
        // administration holds, a default the reason states (its calibrated confidence decides whether it is « à revoir »).
        var d = Classify(new() { Id = "zz", Label = "Zorglub", Input = "text" });
        Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)));
        Assert.That(d.Reason, Does.Contain("classée par défaut"));

        // Nothing to read (no label, an upload nobody names): nothing is guessed, a reviewer decides.
        foreach (var bare in new FieldObservation[] { new() { Id = "e", Input = "text" }, new() { Id = "f", Input = "file" } })
        {
            var u = Classify(bare);
            Assert.That((u.ItemId, u.Counted, u.Ambiguous), Is.EqualTo(((string?)null, false, true)), bare.Input);
            Assert.That(u.Reason, Does.Contain("à revoir"));
        }
    }

    [Test]
    public void A_reason_names_the_default_only_when_the_default_is_the_decision()
    {
        // No cue names « Prime de Noël », but the question over the box asks the benefits received (rule 4): the
        // reason a reviewer reads must not also say the field was classed by default in « Autre donnée… ».
        var ticked = Classify(new() { Id = "b", Label = "Prime de Noël", Legend = "Percevez-vous l'une des prestations suivantes ?", Input = "checkbox" });
        Assert.That((ticked.ItemId, ticked.Counted), Is.EqualTo(("social.benefits", true)));
        Assert.That(ticked.Reason, Does.Contain("aucun indice du catalogue").And.Contain("règle 4").And.Not.Contain("par défaut"));

        var unnamed = Classify(new() { Id = "z", Label = "Zorglub", Input = "text" });
        Assert.That(unnamed.Reason, Does.Contain("classée par défaut en « Autre donnée qu'aucune administration ne détient »"));
    }

    [Test]
    public void A_choice_under_a_field_of_a_held_record_is_a_value_of_that_field()
    {
        // A box or a radio names what it asks in its own text (« Pension alimentaire » under « Quel type de revenu… »), except
        // when its question is a field whose values a form lists: each choice is then that field's value (D7, D22).
        AssertField(new() { Id = "c", Label = "Madame", Input = "radio", Legend = "Civilité" }, ("identity.civil", true));
        AssertField(new() { Id = "f", Label = "Entreprise individuelle", Input = "checkbox", Legend = "Quelle est la forme juridique de votre entreprise ?" },
            ("business.identity", true));
        AssertField(new() { Id = "s", Label = "Célibataire", Input = "radio", Legend = "Situation familiale" }, ("family.composition", true));
    }

    [Test]
    public void A_hint_that_says_on_which_paper_a_value_is_written_does_not_ask_that_paper()
    {
        // The hours are read on a payslip, an employer's paper (rule 5): neither the payslip (rule 7) nor a public body's figure.
        var hours = Classify(new() { Id = "h", Label = "Nombre d'heures", Hint = "Inscrivez les heures inscrites sur votre fiche de paie.", Input = "text" });
        Assert.That((hours.ItemId, hours.Counted), Is.EqualTo(("other.not_held", false)), hours.Reason);

        // A figure written on a public body's paper is on that body's files (rules 5 and 6); an upload asks the paper itself.
        AssertField(new() { Id = "m", Label = "Montant", Hint = "Il figure sur votre avis d'imposition.", Input = "number" }, ("other.held", true));
        AssertField(new() { Id = "u", Label = "Pièce justificative", Hint = "Le montant indiqué sur votre bulletin de salaire", Input = "file" }, ("tax.income", true));
    }

    [Test]
    public void A_radio_group_asking_money_received_asks_the_one_status_among_its_choices()
    {
        // What a walk reports for radios: one field, its question as label, its choices as options. « Vous percevez… » is the
        // question rule 4 names: one held status among the choices is what it asks; a question about something else is not.
        AssertField(new() { Id = "g", Label = "Vous percevez :", Input = "radio", Options = ["le RSA", "Aucune de ces aides"] }, ("social.benefits", true));
        AssertField(new() { Id = "h", Label = "Touchez-vous actuellement :", Input = "radio", Options = ["l'allocation aux adultes handicapés (AAH)", "Non"] },
            ("social.benefits", true));
        AssertField(new() { Id = "t", Label = "Thème de votre question", Input = "radio", Options = ["le RSA", "Autre"] }, ("other.not_held", false));
    }

    [Test]
    public void A_persons_main_activity_over_work_statuses_is_their_employment_status()
    {
        // On a person's procedure « activité principale » over « Chômage », « Études »… asks the employment status (D13); on a
        // company's, over trades, it is the company's activity code.
        AssertField(new() { Id = "p", Label = "Veuillez choisir votre activité principale", Input = "radio", Public = "particuliers", Options = ["Chômage", "Études", "Sans activité"] },
            ("employment.status", true));
        AssertField(new() { Id = "c", Label = "Activité principale", Input = "select", Public = "professionnels", Options = ["Commerce", "Artisanat", "Agriculture"] },
            ("business.identity", true));
    }

    [Test]
    public void A_label_written_in_capitals_reads_as_it_does_in_lower_case()
    {
        // CERFA-like forms print labels in capitals; an acronym that names a register (rule 9) is still found there.
        foreach (var label in new[] { "Numéro RG", "Code FINESS", "Numéro de dossier", "Nom", "Date de naissance", "Code postal", "Numéro fiscal", "N° SIRET" })
        {
            var lower = Classify(new() { Id = "l", Label = label });
            AssertField(new() { Id = "u", Label = label.ToUpperInvariant() }, (lower.ItemId!, lower.Counted), label);
        }

        AssertField(new() { Id = "rg", Label = "NUMÉRO RG" }, ("other.key", false));

        // Capitals often drop accents: « NE(E) LE » is still « né(e) le » (the inclusive ending makes it the participle).
        foreach (var label in new[] { "NE(E) LE", "Ne(e) le", "Je suis ne(e)..." })
        {
            AssertField(new() { Id = "n", Label = label, Input = "date" }, ("identity.civil", true), label);
        }
    }

    [Test]
    public void A_page_writing_moves_no_decision_found_by_a_review()
    {
        // A typed box under a real question still answers it (an affiliation the asking body can look up, rule 6); « Code
        // postal ? » is a datum's name.
        AssertField(new() { Id = "q", Label = "À quelle caisse êtes-vous affilié ?", Input = "text" }, ("other.held", true));
        Assert.That(Classify(new() { Id = "c", Label = "Code postal ?", Input = "text" }).ItemId, Is.EqualTo(Classify(new() { Id = "c", Label = "Code postal", Input = "text" }).ItemId));

        // A heading of blanks is none: no failure.
        AssertField(new() { Id = "b", Label = "Nom", Section = "   ", Legend = "    ", Input = "text" }, ("identity.civil", true));

        // A numbered legend that repeats its label is no group of its own: the employer's block goes on.
        var employer = Classifier.Default.ClassifyInOrder([
            new() { Id = "v1", Label = "Nom de l'employeur", Legend = "3. Nom de l'employeur", Section = "Votre activité", Input = "text" },
            new() { Id = "v2", Label = "Adresse", Legend = "4. Adresse", Section = "Votre activité", Input = "text" },
            new() { Id = "v3", Label = "Code postal", Legend = "5. Code postal", Section = "Votre activité", Input = "text" },
        ]);
        Assert.That(employer.Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("other.not_held", false)));

        // Whose datum a legend says holds when it repeats the label.
        Assert.That(Classify(new() { Id = "p", Label = "Nom de naissance (conjoint)", Legend = "Nom de naissance (conjoint)", Input = "text" }).Person, Is.EqualTo("conjoint"));

        // A space forgotten after a dot is no inclusive ending.
        Assert.That(TextFolding.DropInclusiveEndings("avis d'imposition.le numéro fiscal"), Is.EqualTo("avis d'imposition.le numéro fiscal"));
        Assert.That(TextFolding.DropInclusiveEndings("professionnel.le"), Is.EqualTo("professionnel"));
    }

    [Test]
    public void A_service_that_says_tu_is_read_as_one_that_says_vous()
    {
        foreach (var (tu, vous) in new[]
        {
            ("As-tu déjà un numéro fiscal ?", "Avez-vous déjà un numéro fiscal ?"),
            ("Es-tu allocataire de la CAF ?", "Êtes-vous allocataire de la CAF ?"),
            ("Disposes-tu d'un extrait de casier judiciaire ?", "Disposez-vous d'un extrait de casier judiciaire ?"),
            ("Tu vis seul(e) avec ton enfant", "Vous vivez seul(e) avec votre enfant"),
            ("Organisme qui te verse les prestations familiales", "Organisme qui vous verse les prestations familiales"),
        })
        {
            var said = Classify(new() { Id = "t", Label = tu, Input = "radio" });
            var written = Classify(new() { Id = "v", Label = vous, Input = "radio" });
            Assert.That((said.ItemId, said.Counted), Is.EqualTo((written.ItemId, written.Counted)), tu);
        }
    }

    [Test]
    public void A_value_the_site_showed_is_never_quoted_and_a_value_the_probe_typed_never_decides()
    {
        // A read-only « Identifiant » the site filled with a tax number: its format names the key, the reason does not
        // quote the number (the field table and the export are read widely).
        var shown = Classify(new() { Id = "s", Label = "Identifiant", Value = "1234567890123", ReadOnly = true });
        Assert.That(shown.ItemId, Is.EqualTo("tax.identifiers"));
        Assert.That(shown.Reason, Does.Contain("format de la valeur affichée").And.Not.Contain("1234567890123"));

        // The same number typed by the probe is the persona's: the form did not ask it by its shape.
        var typed = Classify(new() { Id = "t", Label = "Identifiant", Value = "1234567890123", FilledByProbe = true });
        Assert.That(typed.Reason, Does.Not.Contain("format").And.Not.Contain("1234567890123"));
    }

    [Test]
    public void Inclusive_writing_with_a_middle_dot_or_a_dot_reads_as_the_parenthesised_one()
    {
        // « inscrit·e », « salarié·e·s », « né.e » as services write them now: the ending is no word and no sentence's end.
        foreach (var (written, plain) in new[]
        {
            ("Depuis quand êtes-vous inscrit·e à France Travail ?", "Depuis quand êtes-vous inscrit à France Travail ?"),
            ("Né·e le", "Né le"), ("NE·E LE", "NÉ LE"), ("Né.e le", "Né le"), ("Les salarié·e·s de l'entreprise", "Les salarié de l'entreprise"),
            ("Les salarié.e.s", "Les salarié"), ("Copie du ou des livret·s de famille", "Copie du ou des livret de famille"), ("Directeur.rice", "Directeur"),
        })
        {
            Assert.That(TextFolding.DropInclusiveEndings(written), Is.EqualTo(plain), written);
        }

        // A dot between sentences, an abbreviation and a middle dot between words stay.
        foreach (var kept in new[] { "Revenus du foyer.Le montant", "M. Dupont", "Étape 2 · Vos informations", "www.service-public.fr", "Nom (CAF)" })
        {
            Assert.That(TextFolding.DropInclusiveEndings(kept), Is.EqualTo(kept), kept);
        }

        AssertField(new() { Id = "n", Label = "Né·e le", Input = "date" }, ("identity.civil", true));
    }

    [Test]
    public void An_example_a_page_writes_inside_its_label_is_read_as_a_hint()
    {
        // « Numéro SIRET Format attendu : 14 chiffres. Exemple : 500 001 234 56789 »: the example shows the answer's shape.
        AssertField(new() { Id = "s", Label = "Numéro SIRET Format attendu : 14 chiffres. Exemple : 500 001 234 56789", Public = "professionnels" }, ("business.identifiers", false));
        AssertField(new() { Id = "t", Label = "Numéro de téléphone Exemple : 0612345678" }, ("contact.phone", false));
        AssertField(new() { Id = "n", Label = "Nom d'usage Nom que vous utilisez au quotidien (ex : nom marital)" }, ("identity.civil", true));
        // A colon that introduces the answer is no example: « Nom : » stays the name.
        AssertField(new() { Id = "c", Label = "Nom :" }, ("identity.civil", true));
    }

    [Test]
    public void A_form_that_says_tu_reads_as_one_that_says_vous()
    {
        // Youth services write « ton », « ta », « tes » where others write « votre », « vos »: the catalogue's phrases are
        // written with « votre » and must find both.
        foreach (var (tu, vous) in new[]
        {
            ("Quel est le code postal de la commune de tes parents ?", "Quel est le code postal de la commune de vos parents ?"),
            ("Ta situation familiale", "Votre situation familiale"),
            ("Ton numéro d'allocataire", "Votre numéro d'allocataire"),
        })
        {
            var expected = Classify(new() { Id = "v", Label = vous });
            AssertField(new() { Id = "t", Label = tu }, (expected.ItemId!, expected.Counted), tu);
        }
    }

    [Test]
    public void The_filing_organisation_is_named_with_any_possessive()
    {
        // Youth and association services say « tu » and « mon »: « Type de ton organisation » is the filer's, as « votre » is.
        foreach (var label in new[] { "Type de votre organisation", "Type de ton organisation", "Type de mon organisation", "Année de création de ta structure" })
        {
            AssertField(new() { Id = "o", Label = label, Public = "professionnels" }, ("business.identity", true), label);
        }
    }

    [Test]
    public void Whether_a_field_must_be_filled_does_not_change_what_it_asks()
    {
        // Real labels carry « (obligatoire) », « (facultatif) », « (requis) »; the evaluation's lines were copied without them. A
        // generic label takes its item from its group whatever marker follows it.
        foreach (var marker in new[] { "", " (obligatoire)", " (facultatif)", " (requis)", " (champ obligatoire)" })
        {
            AssertField(new() { Id = "d", Label = "Date de début" + marker, Legend = "Avez-vous été en arrêt maladie ?", Input = "date", Administration = "France Travail" },
                ("other.held", true), marker);
        }
    }

    [Test]
    public void On_a_structures_procedure_a_bare_name_is_the_filers_professional_data_and_a_bare_address_the_structures()
    {
        // Rule 1: « the filer's professional data is not held »; a bare address is the structure's, which its register holds.
        AssertField(new() { Id = "n", Label = "Nom", Section = "Vos coordonnées", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Votre prénom", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "q", Label = "Quel est votre nom ?", Public = "associations" }, ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Adresse", Legend = "Adresse postale", Public = "professionnels" }, ("business.identity", true));
        AssertField(new() { Id = "c", Label = "Code postal", Public = "associations" }, ("association.registration", true));
        // Whether the field must be filled, « complet », a gender asked beside the name: still the filer's professional data;
        // a name the hint gives to the establishment is the structure's.
        foreach (var label in new[] { "Prénom (obligatoire)", "Nom complet", "Genre" })
        {
            AssertField(new() { Id = "x", Label = label, Input = "text", Public = "professionnels" }, ("other.not_held", false));
        }
        AssertField(new() { Id = "u", Label = "Nom usuel (optionnel)", Hint = "Nom usuel de l'établissement qui permet de différencier plusieurs établissements", Public = "professionnels" },
            ("business.identity", true));
        AssertField(new() { Id = "g", Label = "Genre" }, ("identity.civil", true));
        Assert.That(Classify(new() { Id = "k", Label = "Nom", Public = "professionnels" }).Reason, Does.Contain("donnée professionnelle de qui la dépose"));
        Assert.That(Classify(new() { Id = "l", Label = "Ville", Public = "professionnels" }).Reason, Does.Contain("celle de la structure, que son registre détient"));

        // Rule 1: an organisation's contact is never asked a birth; a bare name whose group asks one (an individual
        // entrepreneur's declaration, a licence in a person's name) is a natural person's civil status, whichever comes first.
        // Under another heading, or read alone, the name stays the filer's professional data.
        FieldObservation Pro(string id, string label, string section, string input = "text") => new() { Id = id, Label = label, Section = section, Public = "professionnels", Input = input };
        var entrepreneur = Classifier.Default.ClassifyInOrder([
            Pro("n", "NOM DE NAISSANCE", "Déclaration relative à la personne"), Pro("u", "Nom d'usage", "Déclaration relative à la personne"),
            Pro("p", "Prénom", "Déclaration relative à la personne"), Pro("a", "Adresse", "Déclaration relative à la personne"),
            Pro("c", "Nom", "Contact"), Pro("e", "Courriel", "Contact", "email"), Pro("s", "Adresse", "Établissement")]);
        Assert.That(entrepreneur.Select(d => d.ItemId),
            Is.EqualTo(new[] { "identity.civil", "identity.civil", "identity.civil", "address.postal", "other.not_held", "contact.email", "business.identity" }),
            "the address beside a birth is the person's home; under another heading, the structure's");
        var licence = Classifier.Default.ClassifyInOrder([Pro("n", "Nom :", "Exploitant"), Pro("p", "Prénom :", "Exploitant"), Pro("b", "Né(e) le", "Exploitant", "date")]);
        Assert.That(licence.Take(2).Select(d => d.ItemId), Is.EqualTo(new[] { "identity.civil", "identity.civil" }));
        Assert.That(licence[0].Reason, Does.Contain("le même groupe demande une naissance (« Né(e) le »)"));
        var contact = Classifier.Default.ClassifyInOrder([Pro("n", "Nom", "Votre identité"), Pro("p", "Prénom", "Votre identité"), Pro("t", "Téléphone", "Votre identité", "tel")]);
        Assert.That(contact.Take(2).Select(d => d.ItemId), Is.EqualTo(new[] { "other.not_held", "other.not_held" }), "no birth asked: a contact");
        Assert.That(Classify(Pro("n", "Nom", "Déclaration relative à la personne")).ItemId, Is.EqualTo("other.not_held"), "read alone, no group");
        // Only a birth asked of no one named, near the name, and typed: not « … de l'enfant », not a negation that reads like
        // « né le », not an act of birth uploaded, not ten fields away; an address that says whose it is stays the structure's.
        foreach (var birth in new[] { Pro("b", "Date de naissance de l'enfant", "Renseignements", "date"), Pro("b", "Je ne le connais pas", "Renseignements", "checkbox"),
            Pro("b", "Extrait d'acte de naissance", "Renseignements", "file") })
        {
            Assert.That(Classifier.Default.ClassifyInOrder([Pro("n", "Nom", "Renseignements"), birth])[0].ItemId, Is.EqualTo("other.not_held"), birth.Label);
        }

        Assert.That(Classifier.Default.ClassifyInOrder([Pro("n", "Nom", "Renseignements"), Pro("b", "Date de naiss.", "Renseignements", "date")])[0].ItemId, Is.EqualTo("identity.civil"));
        var far = Classifier.Default.ClassifyInOrder([Pro("n", "Nom", "Renseignements"), .. Enumerable.Range(0, 9).Select(i => Pro($"q{i}", "Quantité", "Renseignements", "number")),
            Pro("b", "Date de naissance", "Renseignements", "date")]);
        Assert.That(far[0].ItemId, Is.EqualTo("other.not_held"), "a birth ten fields on is another block's");
        var seat = Classifier.Default.ClassifyInOrder([Pro("n", "Nom", "Exploitant"), Pro("b", "Date de naissance", "Exploitant", "date"), Pro("s", "Adresse du siège social", "Exploitant")]);
        Assert.That(seat[2].ItemId, Is.EqualTo("business.identity"));

        // A manager keeps the register's item (rule 1), a person the label or a heading names keeps theirs, a birth date is no
        // name, another place or a fact about the address reads as it always does (rule 3).
        AssertField(new() { Id = "m1", Label = "Nom du gérant", Public = "professionnels" }, ("business.identity", true));
        AssertField(new() { Id = "m2", Label = "Prénom", Section = "Président de l'association", Public = "associations" }, ("association.registration", true));
        AssertField(new() { Id = "m3", Label = "Date de naissance", Section = "Dirigeant", Public = "professionnels" }, ("business.identity", true));
        AssertField(new() { Id = "b", Label = "Nom", Section = "Le ou la bénéficiaire", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "w", Label = "Nom du salarié", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "y", Label = "Date de naissance", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "o", Label = "Adresse", Section = "Adresse du chantier", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "f", Label = "Date d'arrivée à cette adresse", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "e", Label = "Adresse électronique", Public = "professionnels" }, ("contact.email", false));
        AssertField(new() { Id = "s", Label = "Numéro SIRET", Public = "professionnels" }, ("business.identifiers", false));

        // Whom a field is about, as the reading shows it: the person typing, or someone a heading names.
        Assert.That(Classify(new() { Id = "r1", Label = "Nom", Section = "Vos coordonnées" }).Reading!.ByTypist, Is.True);
        Assert.That(Classify(new() { Id = "r2", Label = "Nom", Section = "Le ou la bénéficiaire" }).Reading!.ByTypist, Is.False);
        Assert.That(Classify(new() { Id = "r3", Label = "Nom", Section = "Mes informations" }).Reading!.ByTypist, Is.True);
        Assert.That(Classify(new() { Id = "r4", Label = "Nom", Section = "L'hébergeant (vous)" }).Reading!.ByTypist, Is.True);
        Assert.That(Classify(new() { Id = "r5", Label = "Nom", Section = "Le demandeur" }).Reading!.ByTypist, Is.False, "the one the procedure is for, named by its role");

        // On a structure's procedure, the one a heading names as the applicant (« Identification du demandeur », « Déclarant »)
        // is whom the procedure is for: a farmer's or a sole trader's own civil status and home, or a manager's (D7), not a
        // contact person's professional data. Blind sets 7 to 14: 41 lines read right, 2 wrong (a producer filing for a child).
        AssertField(new() { Id = "r7", Label = "Prénom", Section = "Informations liées au demandeur", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "r9", Label = "Nom :", Section = "IDENTIFICATION DU DEMANDEUR", Public = "professionnels" }, ("identity.civil", true));
        AssertField(new() { Id = "r10", Label = "Commune :", Section = "1- DÉCLARANT", Public = "professionnels" }, ("address.postal", true));
        AssertField(new() { Id = "r8", Label = "Prénom", Section = "Informations liées au demandeur" }, ("identity.civil", true));
        AssertField(new() { Id = "r6", Label = "Nom", Section = "L'hébergeant (vous)", Public = "professionnels" }, ("other.not_held", false));

        // A person's procedure, said or by default.
        AssertField(new() { Id = "i", Label = "Nom", Section = "Vos coordonnées", Public = "particuliers" }, ("identity.civil", true));
        AssertField(new() { Id = "j", Label = "Nom", Section = "Vos coordonnées" }, ("identity.civil", true));
        Assert.That(Classify(new() { Id = "t", Label = "Nom", Public = "particuliers" }).Reason, Does.Not.Contain("public"), "a person's procedure is the default reading");
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
    public void A_typist_phrase_must_be_an_applicant_phrase()
    {
        var e = Assert.Throws<InvalidInputException>(() => DataCatalogue.Parse("""
            reading:
              applicant: [vous, bénéficiaire]
              typist: [vous, nous]
            items:
              - id: tax.notice
                label: Avis
                held: held
                phrases: [avis]
            """, "catalogue.yaml"));
        Assert.That(e!.Diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("catalogue.yaml:3:3: `typist` phrase « nous » is not in `applicant`"));
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

    /// <summary>A page's fields in order, on a person's procedure, with the section given.</summary>
    private static IReadOnlyList<FieldDecision> InOrder(params (string Label, string Input, string? Section)[] fields) =>
        InOrder([.. fields.Select(f => (f.Label, f.Input, f.Section, (string?)null))]);

    /// <summary>The same, with each field's group (legend) too.</summary>
    private static IReadOnlyList<FieldDecision> InOrder((string Label, string Input, string? Section, string? Legend)[] fields) =>
        Classifier.Default.ClassifyInOrder([.. fields.Select((f, i) => new FieldObservation { Id = $"f{i}", Label = f.Label, Input = f.Input, Section = f.Section, Legend = f.Legend })]);

    [Test]
    public void A_field_that_names_no_one_belongs_to_the_party_the_field_before_it_named()
    {
        // The host company's name, then its register facts and its address, under no heading: the company's, not the student's.
        var page = InOrder(("Raison sociale de l'entreprise d'accueil", "text", null), ("Code APE", "text", null), ("Voie", "text", null),
            ("Code postal", "text", null), ("Courriel", "email", null));
        var alone = Classify(new() { Id = "voie", Label = "Voie", Input = "text" });
        Assert.Multiple(() =>
        {
            Assert.That(page.Select(d => (d.ItemId, d.Counted)), Is.EqualTo(new (string?, bool)[]
            {
                ("other.not_held", false), ("other.not_held", false), ("other.not_held", false), ("other.not_held", false), ("contact.email", false),
            }), string.Join("\n", page.Select(d => d.Reason)));
            Assert.That(page[2].Reason, Does.Contain("champ précédent « Raison sociale de l'entreprise d'accueil »"));
            Assert.That(page[2].Reading!.Subject, Is.EqualTo(Subject.ThirdParty));
            Assert.That((alone.ItemId, alone.Counted), Is.EqualTo(("address.postal", true)), "read alone, a street is the person's home");
        });
    }

    [Test]
    public void The_place_parts_after_a_birth_date_are_the_birthplace()
    {
        // Rule 1: « Né(e) le : » then « à (commune) : », « Département : », « ou Collectivité d'Outre-mer : », « ou Pays : » is
        // one birthplace, the civil status, whatever each part alone would be read as; the next datum ends it.
        const string identity = "1. IDENTITÉ";
        var page = InOrder(("Né(e) le :", "date", identity), ("à (commune) :", "text", identity), ("Département :", "text", identity),
            ("ou Collectivité d’Outre-mer :", "text", identity), ("ou Pays :", "text", identity), ("Nationalité :", "text", identity),
            ("Commune", "text", identity));
        var alone = InOrder(("Nom", "text", identity), ("Commune", "text", identity));
        Assert.Multiple(() =>
        {
            Assert.That(page.Take(5).Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("identity.civil", true)), string.Join("\n", page.Select(d => d.Reason)));
            Assert.That(page[4].Reason, Does.Contain("lieu de naissance (champ précédent « Né(e) le : »)"));
            Assert.That((page[5].ItemId, page[5].Counted), Is.EqualTo(("other.not_held", false)), page[5].Reason);
            Assert.That((page[6].ItemId, page[6].Counted), Is.EqualTo(("address.postal", true)), "another datum ended the birthplace: " + page[6].Reason);
            Assert.That((alone[1].ItemId, alone[1].Counted), Is.EqualTo(("address.postal", true)), alone[1].Reason);
        });
    }

    [Test]
    public void The_victim_a_compensation_request_is_for_is_not_a_third_party_in_the_decision_either()
    {
        // D44: « Identité de la victime » on a compensation request is whom it is for; the reading said so and the decision must
        // not then read « de la victime » as a third party's papers (rule 1). On a complaint, the victim stays a third party (D30).
        var name = Classify(new() { Id = "n", Label = "Nom de la victime", Section = "Identité de la victime", Page = "Demande d'indemnisation", Input = "text" });
        var paper = Classify(new() { Id = "p", Label = "Pièce d'identité de la victime", Page = "Demande d'indemnisation", Input = "file" });
        var complaint = Classify(new() { Id = "c", Label = "Nom de la victime", Page = "Pré-plainte en ligne", Input = "text" });
        Assert.Multiple(() =>
        {
            Assert.That((name.ItemId, name.Counted), Is.EqualTo(("identity.civil", true)), name.Reason);
            Assert.That((paper.ItemId, paper.Counted), Is.EqualTo(("identity.document", true)), paper.Reason);
            Assert.That((complaint.ItemId, complaint.Counted), Is.EqualTo(("other.not_held", false)), complaint.Reason);
        });
    }

    [Test]
    public void A_structures_legal_representative_is_listed_by_its_register()
    {
        // Rule 1 and D7: on a structure's procedure, or under a heading that names the organisation, the legal representative is
        // the structure's, whom its register lists; on a person's procedure, or beside a child, a minor's parent (D27).
        AssertField(new() { Id = "a", Label = "Nom, prénom du représentant légal :", Public = "professionnels", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "b", Label = "Nom du représentant légal", Section = "L'organisme demandeur", Public = "associations", Input = "text" },
            ("association.registration", true));
        AssertField(new() { Id = "c", Label = "Nom :", Legend = "Représentant légal :", Section = "Identification de l'employeur", Input = "text" },
            ("business.identity", true));
        AssertField(new() { Id = "d", Label = "Nom du représentant légal", Public = "particuliers", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "e", Label = "Nom du représentant légal de l'enfant", Public = "professionnels", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "f", Label = "Nom de naissance et prénom", Section = "Représentant légal", Public = "professionnels", Input = "text" },
            ("identity.civil", true), "a heading alone, on a contract that may be a minor apprentice's");
        AssertField(new() { Id = "g", Label = "Nom du représentant légal", Section = "L'apprenti", Public = "professionnels", Input = "text" }, ("identity.civil", true),
            "an apprentice's representative is a parent");
        AssertField(new() { Id = "h", Label = "Nom du représentant de l'autorité parentale", Public = "associations", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void A_trade_registers_number_is_the_companys_key_and_its_extract_the_document()
    {
        // Rule 9 and D33: the RCS or RM number is the SIREN under the register's name, a key (business.identifiers), wherever the
        // label puts the word « numéro »; the extract uploaded stays the register's document, counted.
        AssertEach("text", ("business.identifiers", false), "Numéro du registre du commerce et des sociétés", "Numéro répertoire des métiers (RM) :",
            "RC (N° de Registre du Commerce) :", "Immatriculée au RCS, numéro");
        AssertEach("file", ("business.registration", true), "Extrait du registre du commerce", "Extrait K-bis de moins de 3 mois");
        AssertField(new() { Id = "j", Label = "la justification de son immatriculation au registre du commerce et des sociétés (RCS)", Input = "text" },
            ("business.registration", true), "a justification is the document, not the number");
    }

    [Test]
    public void A_persons_diploma_asked_as_a_paper_is_presumed_a_french_public_bodys()
    {
        // Rule 5 and D10: a diploma uploaded or listed among the papers is its issuer's record, a French public body's unless
        // the label says it is foreign; named after another paper (D5), it is that paper; asked as a level, it is a datum.
        AssertEach("file", ("other.held", true), "Copie de votre diplôme", "Copie de tout diplôme obtenu dispensant de l’épreuve d’admissibilité",
            "1° Les diplômes et certifications dont il est titulaire", "DIPLOME du demandeur");
        AssertEach("file", ("other.held", true), "Copie de votre dernier diplôme", "Copie certifiée conforme du diplôme");
        AssertEach("file", ("other.not_held", false), "Copie du diplôme original et sa traduction officielle en français.",
            "Une copie des diplômes permettant l’exercice de la profession dans le pays d’obtention", "CV et copie du diplôme le plus élevé",
            "Justificatif de la qualification et de l'expérience du salarié (copie des diplômes, par exemple)");
        AssertField(new() { Id = "d", Label = "Diplômé dans le secteur de la médiation numérique", Input = "radio" }, ("other.not_held", false));
    }

    [Test]
    public void A_paper_that_proves_a_kinship_is_a_civil_status_record()
    {
        // Rule 5: the proof of a kinship (a livret de famille, a birth act) is the civil registry's, even when a notary's deed
        // may stand in for it; the kinship typed stays the household's composition, and a sworn statement is the person's own.
        AssertEach("file", ("civil.record", true), "Justificatif du lien de parenté entre le requérant et la personne à protéger",
            "Fournir tout document attestant du lien de parenté que vous avez avec la personne décédée (livret de famille, document de notaire,....)");
        AssertField(new() { Id = "l", Label = "Lien de parenté", Input = "select" }, ("family.composition", true));
        AssertField(new() { Id = "h", Label = "Déclaration sur l'honneur du lien familial avec la personne aidée", Input = "file" }, ("other.not_held", false));
        // A foreign act proves nothing a French registry holds (D2); a filiation is a kinship.
        AssertField(new() { Id = "f", Label = "Justificatif du lien familial (acte de naissance étranger traduit et légalisé)", Input = "file" }, ("other.not_held", false));
        AssertField(new() { Id = "l", Label = "Justificatif du lien de filiation", Input = "file" }, ("civil.record", true));
    }

    [Test]
    public void An_identity_papers_number_typed_is_a_key_and_the_paper_uploaded_is_held()
    {
        // Rule 9 and D16: the number of an identity paper (« Numéro de la pièce d'identité », « référence de la pièce
        // d'identité »), or a box one types in under the paper's name alone (« CNI : »), is a key; the paper uploaded counts.
        AssertEach("text", ("other.key", false), "Numéro de la pièce d'identité", "référence de la pièce d’identité produite", "CNI :", "Passeport");
        AssertEach("file", ("identity.document", true), "CNI", "Copie de la pièce d'identité");
        AssertField(new() { Id = "n", Label = "Nature du titre de séjour :", Input = "text" }, ("identity.document", true), "a paper's kind is no number");
        AssertField(new() { Id = "c", Label = "Copie CNI", Input = "text" }, ("identity.document", true), "a copy named is the paper");
    }

    [Test]
    public void The_scheme_or_fund_a_person_belongs_to_is_an_affiliation_it_keeps()
    {
        // D40: a pension or social-security scheme named as a datum is the fund's record of the affiliation (other.held), not a
        // pension's amount (rule 7) nor an entitlement to care; an amount stays income and an attestation of rights its item.
        AssertEach("text", ("other.held", true), "Régime de retraite principal", "Nom et adresse de la caisse de sécurité sociale dont vous dépendez",
            "Coordonnées de l'organisme de sécurité sociale");
        AssertField(new() { Id = "m", Label = "Montant de la pension de retraite", Input = "number" }, ("tax.income", true));
        AssertField(new() { Id = "a", Label = "Attestation de droits à l'assurance maladie", Input = "file" }, ("social.health_rights", true));
        // An amount the fund pays stays income; a complementary health insurer is a private one.
        AssertField(new() { Id = "p", Label = "Montant de la pension versée par votre caisse de retraite", Input = "number" }, ("tax.income", true));
        AssertField(new() { Id = "o", Label = "Organisme complémentaire d'assurance maladie", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void The_person_a_professionals_report_is_about_is_someone_else()
    {
        // D30: on a professional's report of an adverse effect, the patient or the user it is about is a third party; on the
        // patient's own report the patient files, and a professional who files for a patient (no report) files for them (rule 1).
        AssertField(new() { Id = "r", Label = "Date de naissance", Section = "Patient traité", Public = "professionnels", Input = "date",
            Administration = "Centre régional de pharmacovigilance" }, ("other.not_held", false));
        AssertField(new() { Id = "u", Label = "Âge", Section = "Utilisateur final", Public = "professionnels", Input = "number",
            Page = "Déclaration d'un effet indésirable grave" }, ("other.not_held", false));
        AssertField(new() { Id = "o", Label = "Date de naissance", Section = "Patient", Public = "particuliers", Input = "date",
            Administration = "Centre régional de pharmacovigilance" }, ("identity.civil", true));
        AssertField(new() { Id = "f", Label = "Date de naissance", Section = "Patient", Public = "professionnels", Input = "date",
            Page = "Demande d'accord préalable" }, ("identity.civil", true));
        // A certificate « de vigilance » is no report; a user is often the one who files (« Établissement utilisateur »): only
        // the end user of a product is whom a report is about.
        AssertField(new() { Id = "v", Label = "Date de naissance", Section = "Patient", Public = "professionnels", Input = "date",
            Page = "Demande de prise en charge", Hint = "Joindre l'attestation de vigilance de l'établissement" }, ("identity.civil", true));
        AssertField(new() { Id = "e", Label = "Date de naissance", Section = "Utilisateur", Public = "professionnels", Input = "date",
            Page = "Signalement d'un effet indésirable" }, ("identity.civil", true));
    }

    [Test]
    public void A_study_a_project_commissions_is_no_schooling()
    {
        // Cue collision: « étude » as a report or a project's work (its kind, its doing, its cost) is not the person's studies.
        AssertEach("text", ("other.not_held", false), "Coût de l'étude de faisabilité", "Études techniques réalisées",
            "Montant des frais d'études (euros)", "Nom du bureau d'études");
        AssertEach("file", ("other.not_held", false), "Étude de sol", "Étude hydropédologique et de définition de filière",
            "Copie de l'étude géotechnique à la parcelle");
        // A cycle, a field or one's own studies are the schooling.
        AssertEach("text", ("education.student", true), "Cycle d'études", "Domaine d'études", "Poursuivez-vous vos études ?", "En étude ou en alternance");
    }

    [Test]
    public void A_deed_is_no_civil_status_record()
    {
        // Rule 5: an « acte » a notary or the parties draw up (a sale, a donation, a lease) is no civil-status record, which
        // only a civil event makes one.
        AssertEach("file", ("other.not_held", false), "Copie de l'acte de vente", "Extrait de l'acte authentique d'acquisition",
            "Copie de l'acte de donation", "Copie de l'acte constatant le partage");
        AssertEach("file", ("civil.record", true), "Copie de l'acte de naissance", "Extrait d'acte de mariage", "Copie intégrale de l'acte de décès");
        // Under a heading that asks a proof of address, a deed is that proof (the catalogue's home papers).
        AssertField(new() { Id = "h", Label = "Copie de l'acte de vente", Legend = "Justificatif de domicile (au choix)", Input = "file" }, ("address.proof", true));
    }

    [Test]
    public void A_make_is_a_vehicles_only_when_no_other_thing_is_named()
    {
        // Cue collision: « marque » is what a registration certificate holds of a vehicle, not the make of a product or a
        // device, nor a trade mark being filed.
        AssertField(new() { Id = "p", Label = "Société/marque :", Section = "Produit suspect", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "a", Label = "Marque de l'appareil", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "t", Label = "Représentation de la marque", Section = "Dépôt de marque", Input = "file" }, ("other.not_held", false));
        // A trade mark's number is the key of the body that registers it (rule 9), its receipt that body's paper (rule 5).
        AssertField(new() { Id = "k", Label = "Numéro de dépôt de la marque", Input = "text" }, ("other.key", false));
        AssertField(new() { Id = "r", Label = "Certificat d'enregistrement de la marque délivré par l'INPI", Input = "file" }, ("other.held", true));
        // A vehicle in sight, or nothing else named: the vehicle's.
        AssertField(new() { Id = "v", Label = "Marque", Section = "Votre véhicule", Input = "text" }, ("vehicle.registration", true));
        AssertField(new() { Id = "b", Label = "Marque", Legend = "Matériel roulant", Input = "text" }, ("vehicle.registration", true));
        AssertField(new() { Id = "m", Label = "Marque", Input = "text" }, ("vehicle.registration", true));
    }

    [Test]
    public void A_choice_of_civilities_or_sexes_asks_the_persons_civil_status()
    {
        // Rule 1: a closed question whose every choice is a civility or a sex (« Un homme », « Une femme »; « M. », « Mme »), or
        // whose own words are civilities only, asks what the person's civil record holds, whatever the question says.
        AssertField(new() { Id = "a", Label = "Vous êtes …", Input = "radio", Options = ["Une femme", "Un homme"] }, ("identity.civil", true));
        AssertField(new() { Id = "b", Label = "Je soussigné(e)", Input = "radio", Options = ["M.", "Mme"] }, ("identity.civil", true));
        AssertField(new() { Id = "c", Label = "Madame / Monsieur", Input = "radio" }, ("identity.civil", true));
        // Someone else's civility is theirs; a household's shape is no civility.
        AssertField(new() { Id = "d", Label = "Votre bailleur est", Input = "radio", Options = ["Madame", "Monsieur"] }, ("other.not_held", false));
        // A wish, or someone no role names, is not the person's civil status.
        AssertField(new() { Id = "w", Label = "Souhaitez-vous être reçu(e) par :", Input = "radio", Options = ["Un homme", "Une femme"] }, ("other.not_held", false));
        AssertField(new() { Id = "s", Label = "Votre supérieur hiérarchique direct est :", Input = "radio", Options = ["Un homme", "Une femme"] }, ("other.not_held", false));
        var shape = Classify(new() { Id = "e", Label = "Vous êtes …", Input = "radio", Options = ["Homme seul", "Femme seule avec enfants"] });
        Assert.That(shape.ItemId, Is.Not.EqualTo("identity.civil"), shape.Reason);
    }

    [Test]
    public void A_heading_that_says_who_draws_the_paper_up_names_no_agent()
    {
        // Rule 1: « établie par : » introduces the ones who file the paper, « complété par : » what completes it; only
        // « Représenté par : » introduces an agent, whose data are theirs.
        AssertField(new() { Id = "p", Label = "Prénom", Legend = "La présente convention parentale est établie par :", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "t", Label = "Dernier avis d'imposition", Legend = "Le dossier sera complété par :", Input = "file" }, ("tax.notice", true));
        AssertField(new() { Id = "f", Label = "Code postal", Section = "1 Demande formulée par", Input = "text" }, ("address.postal", true));
        AssertField(new() { Id = "a", Label = "Prénom", Legend = "Représenté par :", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void An_instruction_to_the_writer_says_nothing_of_whose_data()
    {
        // Rule 1: « Pour chacun d'eux, vous devez indiquer … » tells the writer what to give about the witnesses the section
        // names; « vous » there does not make the data theirs.
        AssertField(new() { Id = "t", Label = "Nom", Section = "Témoins du mariage", Legend = "Pour chacun d'eux, vous devez indiquer les informations suivantes :",
            Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "v", Label = "Nom", Section = "Témoins du mariage", Legend = "Vous, le marié", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void An_organisation_that_files_on_a_persons_form_and_its_representative_are_in_its_register()
    {
        // Rule 1, D7: a block for organisations that file (« Vous êtes une personne morale : ») on a person's procedure is the
        // filer's own organisation, and whoever represents it in the block of the one filing is its legal representative, whom
        // its register lists (alone on a person's procedure, that legal person may be another party: a landlord).
        AssertField(new() { Id = "d", Label = "Dénomination", Legend = "Vous êtes une personne morale :", Public = "particuliers", Input = "text" }, ("business.identity", true));
        AssertField(new() { Id = "r", Label = "Nom", Legend = "Représentant de la personne morale :", Section = "1. Identité et coordonnées du demandeur",
            Public = "particuliers", Input = "text" }, ("business.identity", true));
        // Another organisation a person's form names stays someone else's.
        AssertField(new() { Id = "e", Label = "Nom de l'entreprise", Section = "Vos expériences professionnelles", Public = "particuliers", Input = "text" }, ("other.not_held", false));
    }

    [Test]
    public void Everyone_of_a_class_of_people_the_applicant_lists_is_someone_else()
    {
        // Rule 1: the identity of all the members of a class (« de tous les convives », « de chaque coureur », « la liste des
        // bénévoles (nom, prénom) ») is a list of others, not the applicant's civil status.
        AssertEach("text", ("other.not_held", false), "Noms et prénoms de tous les convives", "Nom, prénom et domicile de chaque coureur",
            "Liste des bénévoles présents (nom, prénom, date de naissance)", "Date de naissance de chacun des stagiaires");
        // Kin and the people living in the home are the household; the applicant's own data named first stay theirs.
        AssertEach("text", ("identity.civil", true), "Nom et prénom de chacun des deux parents", "Nom et prénom de toutes les personnes vivant au foyer",
            "Dates de naissance de tous les occupants du logement", "Vos nom et prénom, puis ceux de tous les participants");
        // A class of things is no one: « toutes les pages » of a notice is the notice; « tous les prénoms » are the person's.
        AssertField(new() { Id = "t", Label = "Dernier avis d'impôt (toutes les pages)", Input = "file" }, ("tax.notice", true));
        AssertField(new() { Id = "p", Label = "Prénom(s) (tous les prénoms, dans l'ordre de l'état civil)", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "c", Label = "Adresse (tous les champs sont obligatoires)", Input = "text" }, ("address.postal", true));
        // The people who live with the person, a class under the household's heading, an organisation's board: not others.
        AssertField(new() { Id = "v", Label = "Nom et prénom de toutes les personnes qui vivent avec vous", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "f", Label = "Nom et prénom de toutes les personnes", Legend = "Composition de votre foyer", Input = "text" }, ("identity.civil", true));
        var board = Classify(new() { Id = "a", Label = "Nom et prénom de chacun des administrateurs", Public = "associations", Input = "text" });
        Assert.That(board.Counted, Is.True, board.Reason);
    }

    [Test]
    public void A_participle_after_an_object_pronoun_names_no_one()
    {
        // Rule 1: « Les enfants mineurs vous accompagnant » are the person's children, whom « vous accompagnant » describes; an
        // « Accompagnant », or « la personne qui vous accompagne », is someone else.
        AssertField(new() { Id = "e", Label = "Nom et prénom", Section = "Les enfants mineurs vous accompagnant", Input = "text" }, ("identity.civil", true));
        AssertField(new() { Id = "c", Label = "Date de naissance", Section = "Conjoint vous accompagnant", Input = "date" }, ("identity.civil", true));
        AssertField(new() { Id = "a", Label = "Nom et prénom", Section = "Accompagnant", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "p", Label = "Nom et prénom", Section = "Personne qui vous accompagne", Input = "text" }, ("other.not_held", false));
        // Only after a household member's noun: « la personne vous hébergeant » is a host; « m'accompagnant » elides the pronoun.
        AssertField(new() { Id = "h", Label = "Nom de la personne vous hébergeant", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "m", Label = "Nom", Section = "Enfants mineurs m'accompagnant", Input = "text" }, ("identity.civil", true));
    }

    [Test]
    public void A_country_named_by_an_event_is_not_the_home()
    {
        // Rule 3 (D43): « Pays d'obtention du diplôme » is where a diploma was obtained, as « Ville d'obtention » is; a country of
        // residence stays the home's.
        AssertField(new() { Id = "a", Label = "Pays d'obtention du diplôme", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Pays de destination", Input = "text" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Pays de résidence", Input = "text" }, ("address.postal", true));
    }

    [Test]
    public void An_address_part_after_another_place_is_that_places()
    {
        // Rule 3: « Adresse des travaux » then « Complément d'adresse », « Code postal », « Ville » is one address, the works'.
        const string works = "A/ BAR-TH-104 : Mise en place d'une pompe à chaleur";
        var page = InOrder(("Adresse des travaux :", "text", works), ("Complément d’adresse :", "text", works), ("Code postal :", "text", works),
            ("Ville :", "text", works), ("Bâtiment résidentiel existant depuis plus de 2 ans :", "radio", works), ("Code postal", "text", works));
        // Under another heading, or after a field of the home, the parts are the home's.
        var home = InOrder(("Adresse des travaux :", "text", works), ("Code postal :", "text", "Vos coordonnées"));
        var own = InOrder(("Adresse", "text", null), ("Code postal", "text", null));
        // A bare part (« PAYS ») names no place of its own, even when its hint speaks of one abroad: the next part stays the home's.
        var bare = Classifier.Default.ClassifyInOrder([
            new FieldObservation { Id = "p", Label = "PAYS", Hint = "À mentionner si le lieu de naissance, le domicile est à l’étranger.", Input = "text" },
            new FieldObservation { Id = "c", Label = "COMMUNE", Input = "text" },
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(page.Take(4).Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("other.not_held", false)), string.Join("\n", page.Select(d => d.Reason)));
            Assert.That(page[2].Reason, Does.Contain("champ précédent « Adresse des travaux : »"));
            Assert.That((page[5].ItemId, page[5].Counted), Is.EqualTo(("address.postal", true)), "another datum ended the address: " + page[5].Reason);
            Assert.That((home[1].ItemId, home[1].Counted), Is.EqualTo(("address.postal", true)), home[1].Reason);
            Assert.That(own.Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("address.postal", true)), string.Join("\n", own.Select(d => d.Reason)));
            Assert.That((bare[1].ItemId, bare[1].Counted), Is.EqualTo(("address.postal", true)), bare[1].Reason);
        });
    }

    [Test]
    public void A_block_ends_at_a_field_that_speaks_to_the_person_an_upload_another_heading_or_another_kind_of_datum()
    {
        var speaks = InOrder(("Nom de l'employeur", "text", null), ("Votre adresse", "text", null), ("Code postal", "text", null));
        var upload = InOrder(("Nom de l'employeur", "text", null), ("Justificatif", "file", null), ("Adresse", "text", null));
        var heading = InOrder(("Nom de l'employeur", "text", "Employeur"), ("Adresse", "text", "Domicile"));
        var other = InOrder(("Nom de l'employeur", "text", null), ("Numéro fiscal", "text", null), ("Adresse", "text", null));
        var whose = InOrder(("Nom de l'employeur", "text", null), ("Adresse du logement", "text", null), ("Code postal", "text", null));
        var group = InOrder([("Nom de l'employeur", "text", null, null), ("Ville", "text", null, "Votre adresse"), ("Adresse", "text", null, null)]);
        var choice = InOrder(("Nom de l'employeur", "text", null), ("Êtes-vous hébergé ?", "radio", null), ("Adresse", "text", null));
        Assert.Multiple(() =>
        {
            Assert.That((speaks[0].ItemId, speaks[0].Counted), Is.EqualTo(("other.not_held", false)), speaks[0].Reason);
            Assert.That(speaks.Skip(1).Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("address.postal", true)), string.Join("\n", speaks.Select(d => d.Reason)));
            Assert.That((upload[2].ItemId, upload[2].Counted), Is.EqualTo(("address.postal", true)), upload[2].Reason);
            Assert.That((heading[1].ItemId, heading[1].Counted), Is.EqualTo(("address.postal", true)), heading[1].Reason);
            Assert.That((other[2].ItemId, other[2].Counted), Is.EqualTo(("address.postal", true)), other[2].Reason);
            Assert.That(whose.Skip(1).Select(d => (d.ItemId, d.Counted)), Is.All.EqualTo(("address.postal", true)), "a label that says whose its datum is: " + string.Join("\n", whose.Select(d => d.Reason)));
            Assert.That((group[2].ItemId, group[2].Counted), Is.EqualTo(("address.postal", true)), "another group between: " + group[2].Reason);
            Assert.That((choice[2].ItemId, choice[2].Counted), Is.EqualTo(("address.postal", true)), "a question to the person between: " + choice[2].Reason);
        });
    }

    [Test]
    public void A_block_is_read_by_group_and_a_choice_opens_none()
    {
        // Under one group (a fieldset's legend) the block holds; a closed question about the employer opens no block.
        var legend = InOrder([("Nom de l'employeur", "text", null, "Votre emploi"), ("Adresse", "text", null, "Votre emploi")]);
        var closed = InOrder(("Employeur", "select", null), ("Adresse", "text", null));
        var single = Classifier.Default.Classify(new FieldObservation { Id = "f0", Label = "Nom de l'employeur", Input = "text" });
        Assert.Multiple(() =>
        {
            Assert.That((legend[1].ItemId, legend[1].Counted), Is.EqualTo(("other.not_held", false)), legend[1].Reason);
            Assert.That((closed[1].ItemId, closed[1].Counted), Is.EqualTo(("address.postal", true)), closed[1].Reason);
            Assert.That(Classifier.Default.ClassifyInOrder([new FieldObservation { Id = "f0", Label = "Nom de l'employeur", Input = "text" }])[0], Is.EqualTo(single),
                "one field read in order is read as alone");
        });
    }

    [Test]
    public void A_person_named_after_an_organisations_block_is_not_the_organisations()
    {
        // An organisation has no first name: « Prénom » after a company's name is someone else, read as usual.
        var page = InOrder(("Raison sociale de l'entreprise d'accueil", "text", null), ("Prénom", "text", null));
        Assert.That((page[1].ItemId, page[1].Counted), Is.EqualTo(("identity.civil", true)), page[1].Reason);
    }

    [Test]
    public void A_heading_nearer_the_field_that_says_the_address_is_the_persons_own_wins_over_the_pages_topic()
    {
        // « Aide aux vacances familiales », « Opération tranquillité vacances »: the holiday is what the procedure is about;
        // the address under « Votre adresse » is the home (rule 3 reads the nearest heading). Without that heading, an address
        // on the holiday page is the stay's.
        foreach (var label in new[] { "Adresse", "Code postal", "Commune" })
        {
            AssertField(new() { Id = "a", Label = label, Input = "text", Section = "Votre adresse", Page = "Aide aux vacances familiales" }, ("address.postal", true), label);
            AssertField(new() { Id = "b", Label = label, Input = "text", Legend = "Vos coordonnées", Page = "Opération tranquillité vacances" }, ("address.postal", true), label);
        }

        AssertField(new() { Id = "c", Label = "Adresse", Input = "text", Section = "Lieu de vos vacances", Page = "Opération tranquillité vacances" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Adresse", Input = "text", Section = "Votre adresse pendant les vacances" }, ("other.not_held", false));
    }

    [Test]
    public void A_password_is_a_secret_nobody_holds()
    {
        foreach (var label in new[] { "Mot de passe pour suivre votre demande (optionnel)", "Choisissez un mot de passe", "Mot de passe de votre compte impots.gouv.fr" })
        {
            var d = Classify(new() { Id = "p", Label = label, Input = "password" });
            Assert.That((d.ItemId, d.Counted), Is.EqualTo(("other.not_held", false)), d.Reason);
        }
    }

    [Test]
    public void The_choices_say_which_kind_of_regime_is_asked()
    {
        // MUI's « Régime » with « Externe / Demi-pensionnaire / Interne » on a school's form is the pupil's canteen, no
        // scheme a fund knows; with « Régime général / MSA » it is the person's affiliation (rule 6).
        AssertField(new() { Id = "a", Label = "Régime", Input = "radio", Options = ["Externe", "Demi-pensionnaire", "Interne"] }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "Régime", Input = "radio", Options = ["Régime général", "MSA", "Autre"] }, ("other.held", true));
        AssertField(new() { Id = "c", Label = "Régime", Input = "select" }, ("other.held", true));
    }

    [Test]
    public void A_page_title_that_names_the_procedure_asks_no_funder_for_an_amount()
    {
        // « Demande d'aide juridictionnelle » is the procedure's name: its « Commune » is where one lives (rule 1), not a row of
        // a financing plan whose public funder is asked an amount (rule 8); such a plan's heading still says so.
        AssertField(new() { Id = "a", Label = "Commune", Input = "text", Autocomplete = "address-level2", Page = "Demande d’aide juridictionnelle — Vos coordonnées" }, ("address.postal", true));
        AssertField(new() { Id = "b", Label = "Département", Input = "number", Legend = "Subventions demandées (en €)" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Région", Input = "number", Page = "Plan de financement prévisionnel" }, ("other.not_held", false));
        AssertField(new() { Id = "d", Label = "Commune", Input = "number", Section = "Montant de la demande de subvention" }, ("other.not_held", false));
    }

    [Test]
    public void The_draft_of_a_paper_is_held_by_no_one_yet()
    {
        // A GAEC's approval asks the drafts of its statutes and of its assembly's minutes: nothing issued yet (rule 8). A plan
        // whose name begins with « projet » is an issued paper, and the statutes themselves stay the register's.
        AssertField(new() { Id = "a", Label = "projet de statuts", Input = "file", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "b", Label = "projet de procès verbal d’assemblée extraordinaire actant la transformation juridique", Input = "file", Public = "professionnels" }, ("other.not_held", false));
        AssertField(new() { Id = "c", Label = "Statuts de l’association", Input = "file", Public = "associations" }, ("association.registration", true));
        var plan = Classify(new() { Id = "e", Label = "Projet d’accueil individualisé (PAI)", Input = "file" });
        Assert.That(plan.Reason, Does.Not.Contain("projet de pièce"), plan.Reason);
    }
}
