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
}
