using NUnit.Framework;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Tests.Classification;

/// <summary>
/// The examples that `shared/domain/dlnuf.md` (« Hard cases: the rules that decide them ») names, decided as it says. The
/// wording is the contract's, not an evaluation line: these guard the rules themselves, not a score.
/// </summary>
public sealed class ContractExamplesTests
{
    [TestCase("Nom de votre aidant", "text", null, "other.not_held", TestName = "rule 1: a helper's name")]
    [TestCase("Nom de l'employeur", "text", null, "other.not_held", TestName = "rule 1: an employer's name")]
    [TestCase("Nom du propriétaire du logement", "text", null, "other.not_held", TestName = "rule 1: a landlord's name")]
    [TestCase("Nom de votre assureur", "text", null, "other.not_held", TestName = "rule 1: an insurer's name")]
    [TestCase("Nom de votre garant", "text", null, "other.not_held", TestName = "rule 1: a guarantor's name")]
    [TestCase("Téléphone du garant", "tel", null, "contact.phone", TestName = "rule 1: a third party's phone keeps its item")]
    [TestCase("Nom de l'établissement scolaire", "text", null, "education.student", TestName = "rule 1: the applicant's own school")]
    [TestCase("Nom du gérant", "text", null, "business.identity", TestName = "rule 1: a company's manager")]
    [TestCase("Nom du président de l'association", "text", null, "association.registration", TestName = "rule 1: an association's officer")]
    [TestCase("Nationalité", "select", null, "other.not_held", TestName = "rule 2: nationality")]
    [TestCase("Adresse (si différente de votre domicile)", "text", null, "other.not_held", TestName = "rule 3: another address")]
    [TestCase("Adresse des travaux", "text", null, "other.not_held", TestName = "rule 3: the address of the works")]
    [TestCase("Dernière adresse en France", "text", null, "other.not_held", TestName = "rule 3: the last address in France")]
    [TestCase("Adresse à l'étranger", "text", null, "other.not_held", TestName = "rule 3: an address abroad")]
    [TestCase("Adresse précédente", "text", null, "other.not_held", TestName = "rule 3: the previous address")]
    [TestCase("Date d'arrivée dans le logement", "date", null, "other.not_held", TestName = "rule 3: a date about the address")]
    [TestCase("Nombre de personnes vivant au foyer", "number", null, "family.composition", TestName = "rule 3: the household's size")]
    [TestCase("RSA", "checkbox", "Vous percevez :", "social.benefits", TestName = "rule 4: RSA as an option")]
    [TestCase("AAH", "checkbox", "Vous percevez :", "social.benefits", TestName = "rule 4: AAH as an option")]
    [TestCase("ASS", "checkbox", "Vous percevez :", "employment.status", TestName = "rule 4: ASS as an option")]
    [TestCase("Pension d'invalidité", "checkbox", "Vous percevez :", "social.benefits", TestName = "rule 4: an invalidity pension as an option")]
    [TestCase("Demandeur d'emploi", "checkbox", "Êtes-vous concerné par :", "employment.status", TestName = "rule 4: job-seeker as an option")]
    [TestCase("RQTH", "checkbox", "Êtes-vous concerné par :", "disability.decision", TestName = "rule 4: RQTH as an option")]
    [TestCase("Travailleur handicapé", "checkbox", "Êtes-vous concerné par :", "disability.decision", TestName = "rule 4: travailleur handicapé as an option")]
    [TestCase("Travailleuse handicapée", "checkbox", "Êtes-vous concernée par :", "disability.decision", TestName = "rule 4: in the feminine")]
    [TestCase("Boursier", "checkbox", "Êtes-vous concerné par :", "education.scholarship", TestName = "rule 4: scholarship holder as an option")]
    [TestCase("Sans emploi", "checkbox", "Êtes-vous concerné par :", "employment.status", TestName = "rule 4: sans emploi as an option")]
    [TestCase("Sans ressources", "checkbox", "Êtes-vous concerné par :", "tax.income", TestName = "rule 4: sans ressources as an option")]
    [TestCase("Attestation de la police", "file", null, "other.held", TestName = "rule 5: a police attestation")]
    [TestCase("Certificat de radiation de la chambre des métiers", "file", null, "other.held", TestName = "rule 5: a chamber's radiation certificate")]
    [TestCase("Certificat de l'Agefiph", "file", null, "business.compliance", TestName = "rule 5: the Agefiph certificate")]
    [TestCase("Certificat médical", "file", null, "other.not_held", TestName = "rule 5: a doctor's certificate")]
    [TestCase("Attestation de l'employeur", "file", null, "other.not_held", TestName = "rule 5: an employer's attestation")]
    [TestCase("Quittance de loyer", "file", null, "address.proof", TestName = "rule 5: a rent receipt as proof of address")]
    [TestCase("Bilan comptable", "file", null, "business.accounts", TestName = "rule 5: a balance sheet")]
    [TestCase("Titre de séjour", "file", null, "identity.document", TestName = "rule 5: a residence permit")]
    [TestCase("Date du rendez-vous fixé par la mairie", "date", null, "other.held", TestName = "rule 6: an appointment the administration set")]
    [TestCase("Bulletins de salaire des 3 derniers mois", "file", null, "tax.income", TestName = "rule 7: payslips")]
    [TestCase("Justificatifs de ressources des 3 derniers mois", "file", null, "tax.income", TestName = "rule 7: recent income proofs")]
    [TestCase("Montant de la pension de retraite", "number", null, "tax.income", TestName = "rule 7: a pension's amount")]
    [TestCase("Situation matrimoniale", "select", null, "family.composition", TestName = "rule 7: marital status")]
    [TestCase("La carte d'identité que vous souhaitez renouveler", "file", null, "identity.document", TestName = "rule 8: a wish word does not hide a held document")]
    [TestCase("Statuts de l'association", "file", null, "association.registration", TestName = "rule 8: statuts, an association's articles")]
    [TestCase("Statut", "select", null, "other.not_held", TestName = "rule 8: statut is not statuts")]
    [TestCase("Numéro d'allocataire", "text", null, "family.caf_number", TestName = "rule 9: an allocataire number is the key")]
    [TestCase("Un document portant le numéro SIRET", "file", null, "business.registration", TestName = "rule 9: a document identified by a key")]
    [TestCase("Numéro de dossier du permis de conduire (NEPH)", "text", null, "other.key", TestName = "rule 9: NEPH")]
    [TestCase("Numéro de pré-demande ANTS", "text", null, "other.key", TestName = "rule 9: an ANTS pre-application number")]
    [TestCase("Numéro du titre de séjour", "text", null, "other.key", TestName = "rule 9: a residence-permit number")]
    [TestCase("Numéro du récépissé de la préfecture", "text", null, "other.key", TestName = "rule 9: a prefecture receipt number")]
    public void An_example_the_contract_names_is_decided_as_it_says(string label, string input, string? legend, string item)
    {
        var decision = Classifier.Default.Classify(new FieldObservation { Id = "contract", Label = label, Input = input, Legend = legend });
        Assert.That(decision.ItemId, Is.EqualTo(item), decision.Reason);
    }

    [TestCase("Récépissé de la préfecture", TestName = "rule 5: a prefecture's receipt is held (its item where one fits)")]
    [TestCase("Attestation de la CPAM", TestName = "rule 5: a CPAM attestation is held")]
    public void A_public_bodys_document_is_held_and_counted(string label)
    {
        var decision = Classifier.Default.Classify(new FieldObservation { Id = "contract", Label = label, Input = "file" });
        Assert.That(decision.Counted, Is.True, decision.Reason);
    }

    /// <summary>The « typical French wording on forms » of each item in the contract's table of data items.</summary>
    [TestCase("Nom de naissance", "text", "identity.civil", TestName = "identity.civil: Nom de naissance (text)")]
    [TestCase("Prénom(s)", "text", "identity.civil", TestName = "identity.civil: Prénom(s) (text)")]
    [TestCase("Date de naissance", "date", "identity.civil", TestName = "identity.civil: Date de naissance (date)")]
    [TestCase("Commune de naissance", "text", "identity.civil", TestName = "identity.civil: Commune de naissance (text)")]
    [TestCase("Civilité", "radio", "identity.civil", TestName = "identity.civil: Civilité (radio)")]
    [TestCase("Pièce d'identité", "file", "identity.document", TestName = "identity.document: Pièce d'identité (file)")]
    [TestCase("Copie recto-verso de la carte d'identité", "file", "identity.document", TestName = "identity.document: Copie recto-verso de la carte d'identité (file)")]
    [TestCase("Acte de naissance", "file", "civil.record", TestName = "civil.record: Acte de naissance (file)")]
    [TestCase("Copie intégrale", "file", "civil.record", TestName = "civil.record: Copie intégrale (file)")]
    [TestCase("Avis d'imposition", "file", "tax.notice", TestName = "tax.notice: Avis d'imposition (file)")]
    [TestCase("Avis de non-imposition", "file", "tax.notice", TestName = "tax.notice: Avis de non-imposition (file)")]
    [TestCase("Avis de situation déclarative", "file", "tax.notice", TestName = "tax.notice: Avis de situation déclarative (file)")]
    [TestCase("Revenu fiscal de référence", "number", "tax.income", TestName = "tax.income: Revenu fiscal de référence (number)")]
    [TestCase("Revenu brut global", "number", "tax.income", TestName = "tax.income: Revenu brut global (number)")]
    [TestCase("Nombre de parts", "number", "tax.income", TestName = "tax.income: Nombre de parts (number)")]
    [TestCase("Numéro fiscal", "text", "tax.identifiers", TestName = "tax.identifiers: Numéro fiscal (text)")]
    [TestCase("Référence de l'avis", "text", "tax.identifiers", TestName = "tax.identifiers: Référence de l'avis (text)")]
    [TestCase("Quotient familial", "number", "family.quotient", TestName = "family.quotient: Quotient familial (number)")]
    [TestCase("Attestation CAF", "file", "family.quotient", TestName = "family.quotient: Attestation CAF (file)")]
    [TestCase("Nombre d'enfants à charge", "number", "family.composition", TestName = "family.composition: Nombre d'enfants à charge (number)")]
    [TestCase("Composition du foyer", "select", "family.composition", TestName = "family.composition: Composition du foyer (select)")]
    [TestCase("Numéro d'allocataire", "text", "family.caf_number", TestName = "family.caf_number: Numéro d'allocataire (text)")]
    [TestCase("Numéro de sécurité sociale", "text", "social.nir", TestName = "social.nir: Numéro de sécurité sociale (text)")]
    [TestCase("Attestation de droits", "file", "social.health_rights", TestName = "social.health_rights: Attestation de droits (file)")]
    [TestCase("Attestation de carte Vitale", "file", "social.health_rights", TestName = "social.health_rights: Attestation de carte Vitale (file)")]
    [TestCase("Attestation de paiement RSA", "file", "social.benefits", TestName = "social.benefits: Attestation de paiement RSA (file)")]
    [TestCase("Êtes-vous bénéficiaire de l'AAH ?", "radio", "social.benefits", TestName = "social.benefits: Êtes-vous bénéficiaire de l'AAH ? (radio)")]
    [TestCase("Attestation d'inscription France Travail", "file", "employment.status", TestName = "employment.status: Attestation d'inscription France Travail (file)")]
    [TestCase("Attestation d'inscription Pôle emploi", "file", "employment.status", TestName = "employment.status: Attestation d'inscription Pôle emploi (file)")]
    [TestCase("Identifiant France Travail", "text", "employment.identifiers", TestName = "employment.identifiers: Identifiant France Travail (text)")]
    [TestCase("Certificat de scolarité", "file", "education.student", TestName = "education.student: Certificat de scolarité (file)")]
    [TestCase("Statut étudiant", "radio", "education.student", TestName = "education.student: Statut étudiant (radio)")]
    [TestCase("Notification de bourse", "file", "education.scholarship", TestName = "education.scholarship: Notification de bourse (file)")]
    [TestCase("Échelon", "select", "education.scholarship", TestName = "education.scholarship: Échelon (select)")]
    [TestCase("Numéro INE", "text", "education.identifiers", TestName = "education.identifiers: Numéro INE (text)")]
    [TestCase("Adresse", "text", "address.postal", TestName = "address.postal: Adresse (text)")]
    [TestCase("Code postal", "text", "address.postal", TestName = "address.postal: Code postal (text)")]
    [TestCase("Commune", "text", "address.postal", TestName = "address.postal: Commune (text)")]
    [TestCase("Justificatif de domicile de moins de 3 mois", "file", "address.proof", TestName = "address.proof: Justificatif de domicile de moins de 3 mois (file)")]
    [TestCase("Certificat d'immatriculation", "file", "vehicle.registration", TestName = "vehicle.registration: Certificat d'immatriculation (file)")]
    [TestCase("Carte grise", "file", "vehicle.registration", TestName = "vehicle.registration: Carte grise (file)")]
    [TestCase("Permis de conduire", "file", "driving.licence", TestName = "driving.licence: Permis de conduire (file)")]
    [TestCase("Notification de décision de la CDAPH", "file", "disability.decision", TestName = "disability.decision: Notification de décision de la CDAPH (file)")]
    [TestCase("Numéro SIRET", "text", "business.identifiers", TestName = "business.identifiers: Numéro SIRET (text)")]
    [TestCase("Raison sociale", "text", "business.identity", TestName = "business.identity: Raison sociale (text)")]
    [TestCase("Code APE", "text", "business.identity", TestName = "business.identity: Code APE (text)")]
    [TestCase("Forme juridique", "select", "business.identity", TestName = "business.identity: Forme juridique (select)")]
    [TestCase("Extrait Kbis de moins de 3 mois", "file", "business.registration", TestName = "business.registration: Extrait Kbis de moins de 3 mois (file)")]
    [TestCase("Attestation de régularité fiscale", "file", "business.compliance", TestName = "business.compliance: Attestation de régularité fiscale (file)")]
    [TestCase("Attestation de vigilance", "file", "business.compliance", TestName = "business.compliance: Attestation de vigilance (file)")]
    [TestCase("Chiffre d'affaires", "number", "business.accounts", TestName = "business.accounts: Chiffre d'affaires (number)")]
    [TestCase("Derniers bilans", "file", "business.accounts", TestName = "business.accounts: Derniers bilans (file)")]
    [TestCase("Liasse fiscale", "file", "business.accounts", TestName = "business.accounts: Liasse fiscale (file)")]
    [TestCase("Effectif", "number", "business.accounts", TestName = "business.accounts: Effectif (number)")]
    [TestCase("Statuts", "file", "association.registration", TestName = "association.registration: Statuts (file)")]
    [TestCase("Récépissé de déclaration en préfecture", "file", "association.registration", TestName = "association.registration: Récépissé de déclaration en préfecture (file)")]
    [TestCase("Numéro RNA", "text", "association.identifiers", TestName = "association.identifiers: Numéro RNA (text)")]
    [TestCase("Numéro NEPH", "text", "other.key", TestName = "other.key: Numéro NEPH (text)")]
    [TestCase("Numéro de pré-demande ANTS", "text", "other.key", TestName = "other.key: Numéro de pré-demande ANTS (text)")]
    [TestCase("Numéro du titre de séjour", "text", "other.key", TestName = "other.key: Numéro du titre de séjour (text)")]
    [TestCase("Avez-vous déjà bénéficié de l'aide ?", "radio", "other.held", TestName = "other.held: Avez-vous déjà bénéficié de l'aide ? (radio)")]
    [TestCase("Organisme payeur", "select", "other.held", TestName = "other.held: Organisme payeur (select)")]
    [TestCase("Adresse électronique", "email", "contact.email", TestName = "contact.email: Adresse électronique (email)")]
    [TestCase("Courriel", "text", "contact.email", TestName = "contact.email: Courriel (text)")]
    [TestCase("Téléphone", "text", "contact.phone", TestName = "contact.phone: Téléphone (text)")]
    [TestCase("RIB", "file", "bank.rib", TestName = "bank.rib: RIB (file)")]
    [TestCase("IBAN", "text", "bank.rib", TestName = "bank.rib: IBAN (text)")]
    [TestCase("Motif de la demande", "textarea", "free.text", TestName = "free.text: Motif de la demande (textarea)")]
    [TestCase("Motif de la demande", "select", "free.text", TestName = "free.text: Motif de la demande (select)")]
    [TestCase("Devis", "file", "other.not_held", TestName = "other.not_held: Devis (file)")]
    [TestCase("Attestation sur l'honneur", "file", "other.not_held", TestName = "other.not_held: Attestation sur l'honneur (file)")]
    [TestCase("Photo", "file", "other.not_held", TestName = "other.not_held: Photo (file)")]
    public void The_typical_wording_of_each_item_is_that_item(string label, string input, string item)
    {
        var decision = Classifier.Default.Classify(new FieldObservation { Id = "contract", Label = label, Input = input });
        Assert.That(decision.ItemId, Is.EqualTo(item), decision.Reason);
    }
}
