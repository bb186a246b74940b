using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Classification;

// The hard-case rules applied to a field's topic with its structure (whose data, which address, which issuer, which record).
public sealed partial class Classifier
{
    /// <summary>No choices read, or one that names a scheme or a fund (« Régime général », « MSA », « CPAM »).</summary>
    private bool OptionsMayNameAScheme(IReadOnlyList<string> options)
    {
        if (options.Count == 0)
        {
            return true;
        }

        foreach (var option in options.Take(30))
        {
            var text = TokenText.Of(option);
            if (AffiliationAsked(text) is not null || _reader.PublicBodyIn(text) is not null || _cues.First(text) is { Entry.Value.Item.Id: "social.health_rights" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How the reason says that an organisation a person's procedure names is not theirs; a field so decided opens a
    /// block (see <see cref="FieldsInOrder"/>).</summary>
    private const string OrganisationOnPersonsProcedure = "organisation nommée sur une démarche de particulier";

    /// <summary>« Pour les personnes physiques » or « Personne physique » over the filer's block, on a structure's procedure: a
    /// sole trader files in their own name, whose civil status is theirs (rule 1), not a professional's contact data.</summary>
    /// <summary>The words of an address that says nothing of whose or which it is (« Adresse », « Code postal », « Complément
    /// d'adresse », « N° et libellé de la voie »), folded.</summary>
    private static readonly HashSet<string> BareAddressWords = TextFolding.Folded("adresse", "postale", "postal", "code", "commune", "ville", "voie", "libellé",
        "complément", "numéro", "n", "no", "rue", "cedex", "pays", "localité", "lieu", "dit", "lieu-dit", "bp", "boîte", "de", "d", "du", "la", "l", "et", "ou",
        "type", "nom", "bis", "ter", "indice", "votre", "obligatoire", "permanente", "actuelle", "personnelle", "principale", "habituelle", "domicile", "|");

    private static bool ForNaturalPersons(FieldReader.Texts texts) => FieldReader.NaturalPersonsBlock(texts.Legend) || FieldReader.NaturalPersonsBlock(texts.Section);

    /// <summary>What an organisation's address cue says when it is not the register's: different from it, for mail, or a place
    /// (« lieu », « emplacement », « localisation ») rather than an establishment (« cabinet », « agence » are the company's).</summary>
    private static readonly string[] OtherThanRegistered = ["différent", "correspondance", "lieu", "emplacement", "localisation"];

    /// <summary>
    /// The hard-case rules applied to the topic with the field's structure: whose data, which address, who issued the
    /// document, an identifier of a record. Returns the decided item and the rule that changed it (in French), if any.
    /// </summary>
    private (DataItem? Item, string? Rule) Structure(FieldReading r, Topic topic, FieldReader.Texts texts)
    {
        var label = texts.Label;
        var item = topic.Item;
        var id = item?.Id;

        // A password is a secret the person makes up (to follow the request, to open an account): whatever words its label
        // holds (« Mot de passe pour suivre votre demande »), no administration holds it.
        if (texts.Input == "password" && item is { Holding: Holding.Held })
        {
            return (_notHeld, $"mot de passe ({topic.Why}) : un secret que la personne choisit, qu'aucune administration ne détient");
        }

        // « Domicile : », « Travail : » on a telephone input (beside « Portable : »): where the number rings, not an address
        // (the markup says what is typed when the label only says where).
        if (texts.Input == "tel" && id == "address.postal" && label.Count > 0 && label.Folded.All(w => w == "|" || PhonePlaces.Contains(w))
            && Catalogue.Find("contact.phone") is { } phone)
        {
            return (phone, $"champ de téléphone (type « tel ») dont le libellé dit seulement où (« {texts.LabelAsWritten} ») : un numéro, pas une adresse");
        }

        // « Homme seul », « Femme seule », « Couple » ticked (« Famille » beside them): the household's shape, its composition,
        // which the CAF and the tax office know (D22).
        if (texts.Input is "radio" or "checkbox" && id is null or "other.not_held" && _familyComposition is not null && IsHouseholdShape(label))
        {
            return (_familyComposition, $"forme du foyer cochée (libellé « {texts.LabelAsWritten} ») : sa composition est connue (D22)");
        }

        // « Projet de statuts », « projet de procès-verbal d'assemblée », « Projets de cessions de parts »: the draft of a paper
        // is not issued yet, and no one holds what is still being written (rule 8), whatever paper it will become. A plan
        // whose name begins so (« Projet d'accueil individualisé ») names no paper right after « projet de »: it stays.
        if (r.Asks == ObjectKind.Document && DraftOf(label) is { } draft)
        {
            return (_notHeld, $"projet de pièce (libellé « {draft} ») : un brouillon, que personne n'a encore délivré ni enregistré (règle 8)");
        }

        // A checkbox or a radio button is ticked, not typed: one whose text names an address, a phone, an e-mail or bank details
        // (or, for a checkbox, a vehicle but not its papers) states a fact about them, offers a choice or gives a consent
        // (« Je ne trouve pas mon adresse », « N'a pas de téléphone », « Recevoir les SMS », « Domicile », « La rue est-elle
        // équipée d'un éclairage public ? », « Avez-vous voyagé en véhicule personnel ? ») and asks none of them (rule 1: what
        // is asked, not what is mentioned). A radio button's question about a vehicle asks its record (« Véhicule électrique ? »)
        // unless it asks what the person does with it (« Stationnez-vous votre véhicule dans votre garage ? » is a habit).
        if (texts.Input is "checkbox" or "radio" && label.Count > 0 && !IsBareAnswer(label)
            && (id is "address.postal" or "contact.email" or "contact.phone" or "bank.rib"
                || (id is "vehicle.registration" && r.Asks != ObjectKind.Document && (texts.Input == "checkbox" || AsksWhatThePersonDoes(label)))))
        {
            return (_notHeld, texts.Input == "checkbox"
                ? $"case à cocher qui affirme un fait ({topic.Why}) sans demander la donnée : rien de détenu n'est demandé (règle 1)"
                : $"choix ou question fermée qui porte sur la donnée ({topic.Why}) sans la demander : rien de détenu n'est demandé (règle 1)");
        }

        // « Autorise l'administrateur à récupérer le quotient familial », « En cochant cette case, vous consentez à diffuser
        // des données »: a box whose text gives a consent, in whatever person the verb is, agrees to a use of the data and
        // asks none of it (rule 1). « j'accepte », « j'autorise » are the catalogue's own decisive phrases.
        if (texts.Input is "checkbox" or "radio" && id is not null and not "other.not_held" && ConsentIn(label) is { } consent)
        {
            return (_notHeld, $"case à cocher ou choix qui donne un accord (libellé « {consent} ») : elle ne demande pas la donnée (règle 1)");
        }

        // « Contrat de location », « Si vous êtes propriétaire : acte de propriété ou taxe foncière » under « Justificatifs de
        // domicile »: a paper about the home listed as the proof of address its heading asks is that proof, whoever issued it
        // (rule 5: the catalogue names the proof). Someone else's papers (the host's) stay theirs, and so do the papers that
        // are not about the home (« Bulletin d'hospitalisation », an attestation d'hébergement).
        // A business lease is the premises', not a home; a hint names the paper only when the label names none of its own
        // (« Ajouter un document », « Si vous êtes locataire : » cut before its list), not beside an « Attestation d'hébergement ».
        // A deed read as a civil-status act (« Copie de l'acte de vente ») is a paper about the home too.
        if (texts.Input == "file" && (id is null or "other.not_held" or "other.held" || id == "civil.record" && DeedNamed(label) is not null)
            && r.Subject is Subject.Applicant or Subject.Household
            && !ProcedureInfo.IsStructures(texts.Public)
            && (_reader.HomePaperIn(label) ?? (_cues.First(label) is null ? _reader.HomePaperIn(texts.Hint) : null)) is { } homePaper
            && ProofOfAddressAsked(texts) is { } heading
            && !_reader.NamesThirdPartyBesideHomePapers(label) && !_reader.NamesThirdPartyBesideHomePapers(texts.Hint) && Catalogue.Find("address.proof") is { } addressProof)
        {
            return (addressProof, $"pièce sur le logement (« {homePaper} ») demandée comme justificatif de domicile ({heading}) : c'est « {addressProof.Label} » (règle 5)");
        }

        // An uploaded file is a document, never the person's own words: a heading's « votre demande » over it says nothing
        // of what the document is: not held, unless the document rules below find its issuer public (rule 5).
        if (id == "free.text" && texts.Input == "file" && topic.Where is not Source.Label)
        {
            item = _notHeld;
            id = item?.Id;
        }

        // Free text is what a person says in their own words (a motive, a description, a comment, even picked from a list, as
        // the contract's « Motif de la demande »): a number or a date is not, and neither is a field that only sits under a
        // heading about a description (« La description de la structure » over « Type de structure »).
        if (id == "free.text" && (texts.Input is "number" or "date"
            || (texts.Input != "textarea" && topic.Where is Source.Legend or Source.Page)))
        {
            return (_notHeld, $"un nombre, une date ou un champ sous un titre ({topic.Why}) n'est pas un texte libre : donnée que l'usager indique, non détenue (règle 1)");
        }

        // « Type d'allocation », « Montant mensuel de votre allocation » asked by France Travail: a benefit named only by a
        // generic word is the one the asking administration pays, when that administration's own name is a cue of the
        // unemployment benefit (« France Travail », « Pôle emploi »); it keeps the status of its payer (D26).
        if (id == "social.benefits" && !topic.Specific && topic.Where == Source.Label && r.Subject is Subject.Applicant or Subject.Household
            && _reader.PublicBodyIn(label) is null && texts.Administration is { Length: > 0 } administration
            && _cues.First(TokenText.Of(administration)) is { Entry.Value.Item: { Id: "employment.status" } payer } payerCue)
        {
            return (payer, $"prestation nommée d'un mot générique ({topic.Why}), demandée par l'administration qui la verse (administration « {payerCue.Entry.Phrase} ») : c'est « {payer.Label} » (D26)");
        }

        // « Code postal de naissance », « Ville » under « Votre naissance »: the place of one's birth is part of the civil
        // status, not an address; a third party's stays theirs (below).
        if (id == "address.postal" && r.Subject is Subject.Applicant or Subject.Household && _identity is not null
            && BirthNamedIn(texts) is { } birth)
        {
            return (_identity, $"lieu de naissance ({birth}) : c'est l'état civil, pas une adresse");
        }

        // « Parcelles cadastrales », « Cadastre : section et numéro »: a parcel's reference in the land register is the key
        // of a record the tax administration holds, not a place to type (rule 9).
        if (texts.Input != "file" && id is null or "other.not_held" or "address.postal" && _otherKey is not null && CadastralReference(label) is { } parcel)
        {
            return (_otherKey, $"référence cadastrale (libellé « {parcel} ») : clé d'un dossier du cadastre (règle 9)");
        }

        // A person's e-mail, phone, free text: their own item, whoever they belong to (rule 1). Bank details too, except a
        // third party's (« IBAN du bailleur »): rule 1 keeps only their contact details' items; the bank itself (« Nom de la
        // banque ») is part of the person's details.
        if (id is "contact.email" or "contact.phone" or "free.text"
            || (id is "bank.rib" && !(r.Subject == Subject.ThirdParty && r.SubjectCue?.Contains("banque", StringComparison.Ordinal) != true)))
        {
            return (item, null);
        }

        // « Ville de formation », « Commune du lycée »: where the person studies, their enrolment, not their home (rule 1, D12).
        if (id == "address.postal" && r.Subject is Subject.Applicant or Subject.Household && _education is not null && _reader.PlaceOfStudies(label) is { } studies)
        {
            return (_education, $"lieu des études de la personne (libellé « {studies} ») : sa scolarité est connue, ce n'est pas son domicile (règle 1)");
        }

        // « Votre lien » chosen under « Représentant légal 1 »: the bond with a member of the household is its composition
        // (D22); typed, a « lien » is a web address.
        if (id == "other.not_held" && texts.Closed && r.Subject == Subject.Household && label.Head == Bond && _familyComposition is not null)
        {
            return (_familyComposition, $"lien avec un membre du foyer ({r.SubjectCue}) : la composition du foyer est connue (D22)");
        }

        // « Raison sociale » under « ENTREPRISE ÉTRANGÈRE (EMPLOYEUR) », « Nom de l'entreprise étrangère »: an organisation
        // established abroad is in no French register, nor are its managers (rule 5: a foreign body holds nothing here).
        if (id is "business.identity" or "business.registration" or "business.accounts" or "association.registration" or "identity.civil" or "address.postal"
            && r.Subject != Subject.Applicant && _reader.ForeignOrganisationIn(texts) is { } foreignOrganisation)
        {
            return (_notHeld, $"organisation établie à l'étranger ({foreignOrganisation}) : aucun registre français ne la tient (règle 5)");
        }

        // On a structure's procedure, whoever signs or acts for it (« Nom du signataire de la convention »,
        // « Nom » under « Représentant de la personne morale », « agissant en qualité de représentant légal de ») is its legal
        // representative: their name, the capacity they act in and the organisation they act for are in its register (rule 1:
        // a company's managers are business.identity, an association's officers the RNA's).
        // A minor's « représentant légal » is household, unless the label says the capacity one signs in (« en qualité de »).
        if (ProcedureInfo.IsStructures(texts.Public) && texts.Input is null or "text" && !texts.Closed
            && (id == "identity.civil" || SignerAsked(label) || AsksCapacity(label) || (id == "other.not_held" && label.Folded.Any(PersonsNames.Contains)))
            && SignerForStructure(texts, label) is { } signer && (r.Subject != Subject.Household || signer.StartsWith("en qualité", StringComparison.Ordinal))
            && (texts.Public == ProcedureInfo.Associations || IsAssociation(r, label) ? _associationRegistration : _businessIdentity) is { } signersRegister)
        {
            // The statement's own opening (« Je soussigné, (nom, qualité) ») asks the signer's name, as on a person's procedure:
            // labellers read it as the civil status the person signs with, counted either way.
            return label.Count >= 2 && UndersignedAt(label, 1) && _identity is not null
                ? (_identity, "qui signe (« soussigné ») : son nom, que son état civil donne (règle 1)")
                : (signersRegister, $"qui signe ou agit pour la structure (« {signer} ») : son représentant légal, que son registre liste (règle 1)");
        }

        // On a structure's procedure (the scenario's `public: professionnels` or `associations`), a bare name (« Nom », « Votre
        // prénom ») or a bare address that no label or heading gives to anyone, or only to « vous », is no person's own record
        // (rule 1): the name is the person typing it in their professional role (« the filer's professional data is not held »);
        // the address is the structure's, which its register holds, as under « Votre structure ». A manager named keeps the
        // register's item (below); a person the label names (« Nom du salarié »), a birth date, a fact about the address or
        // another place read as they always do.
        if (ProcedureInfo.IsStructures(texts.Public) && r.ByTypist && _reader.ManagerIn(texts) is null && !ForNaturalPersons(texts))
        {
            if (id == "identity.civil" && IsBareName(label))
            {
                // « Nom usuel » whose hint says it is the establishment's: the structure's name, which its register holds.
                if (_reader.NamesOrganisationsName(texts.Hint) && (texts.Public == ProcedureInfo.Associations ? _associationRegistration : _businessIdentity) is { } named)
                {
                    return (named, $"structure (public « {texts.Public} ») : nom que l'aide donne à l'organisation, que son registre détient (règle 1)");
                }

                // « Nom », « Prénom » beside « Date de naissance » (an individual entrepreneur's declaration, a licence in a
                // person's name): an organisation's contact is never asked a birth, a natural person the State knows is.
                if (texts.Group?.BirthNear(texts.GroupIndex) is { } born)
                {
                    return (_identity, $"structure (public « {texts.Public} ») : le même groupe demande une naissance (« {born.Trim()} ») : une personne physique, son état civil (règle 1)");
                }

                return (_notHeld, $"structure (public « {texts.Public} ») : nom qu'aucun titre ne donne à une personne, donnée professionnelle de qui la dépose, non détenue (règle 1)");
            }

            if (id == "address.postal" && r.Qualifier == Qualifier.None && texts.Input != "date" && !texts.Closed
                && (texts.Public == ProcedureInfo.Associations ? _associationRegistration : _businessIdentity) is { } register)
            {
                // A bare address beside a birth is that natural person's home, as their name is their civil status (above);
                // « Adresse du siège social », « Adresse professionnelle » stay the structure's.
                return label.Folded.All(BareAddressWords.Contains) && texts.Group?.BirthNear(texts.GroupIndex) is { } born
                    ? (item, $"structure (public « {texts.Public} ») : le même groupe demande une naissance (« {born.Trim()} ») : le domicile d'une personne physique (règle 1)")
                    : (register, $"structure (public « {texts.Public} ») : adresse qu'aucun titre ne donne à une personne, celle de la structure, que son registre détient (règle 1)");
            }
        }

        switch (r.Subject)
        {
            // « Certificat d'immatriculation barré par le vendeur »: a vehicle's papers are the vehicle's record, whoever held them.
            case Subject.ThirdParty when id == "vehicle.registration" && texts.Input == "file" && topic.Where == Source.Label:
                break;

            case Subject.ThirdParty:
                return (_notHeld, id == "other.not_held" ? null : $"donnée d'un tiers ({r.SubjectCue}) : aucune administration ne la détient pour le demandeur (règle 1)");

            // The person's own school or university (« le nom de ton établissement » on a page about studies): an
            // establishment, the word schools and companies share, is their enrolment, not a company's register (rule 1, D12).
            case Subject.Organisation when id is "identity.civil" or "address.postal" or "business.identity" or "association.registration"
                && r.SubjectCue?.Contains("établissement", StringComparison.Ordinal) == true && _reader.SchoolingIn(texts) is { } schooling && _education is not null:
                return (_education, $"établissement d'études de la personne ({r.SubjectCue}, contexte {schooling}) : sa scolarité est connue (règle 1)");

            // The filing organisation's own type, legal form, creation date or département (« Type de votre organisation »,
            // « Année de création de votre structure »): what its register says about it (rule 1).
            case Subject.Organisation when id is null or "other.not_held" && IsFilingOrganisation(r.SubjectCue) && RegisterFactOf(label) is { } fact:
                var register = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
                return (register, $"{fact} de l'organisation qui dépose ({r.SubjectCue}) : son registre le dit (règle 1)");

            // « Association », « Société », « Structure : » alone, typed: the name of the organisation that files (it rents the
            // hall, holds the stall), which its register holds (rule 1). On a person's procedure only an association files
            // beside people; a company or an establishment there is someone else's (an employer, a school).
            case Subject.Organisation when id is null or "other.not_held" && topic.Fallback && !texts.Closed && texts.Input is not ("file" or "date" or "number")
                && BareOrganisationKind(label) is { } kind && (kind == "association" || texts.Public != ProcedureInfo.Individuals):
                return (kind == "association" ? _associationRegistration : _businessIdentity,
                    $"nom de l'organisation que le libellé désigne seul (« {kind} ») : son registre le détient (règle 1)");

            // « Ressources de l'association », « Revenus de l'entreprise »: an organisation's income is in its accounts, not a
            // person's tax record (D7).
            case Subject.Organisation when id == "tax.income" && texts.Input != "file" && _businessAccounts is not null:
                return (_businessAccounts, $"ressources de l'organisation ({r.SubjectCue}) : ses comptes les disent (D7)");

            // « Adresse de correspondance (si différente du siège) », « Adresse précise du lieu concerné par la demande »: another
            // address than the registered one, or a place that is no registered establishment, is not in the register (rule 3,
            // as for a person's home; D39), when the label or its hint says so (a heading's place is the topic of the page).
            case Subject.Organisation when id == "address.postal" && r.Qualifier == Qualifier.OtherAddress
                && r.QualifierCue is { } otherCue && (otherCue.StartsWith("libellé", StringComparison.Ordinal) || otherCue.StartsWith("aide", StringComparison.Ordinal))
                && OtherThanRegistered.Any(w => otherCue.Contains(w, StringComparison.Ordinal)):
                return (_notHeld, $"autre adresse que celle du registre de l'organisation ({r.QualifierCue}) : non détenue (règle 3)");

            // « Nom de l'entreprise » in « Mes expériences professionnelles », on a person's procedure: no organisation files it,
            // so one the label names with an article, under no heading that gives it to the person (« Vos coordonnées »,
            // « Mon entreprise »), is another party (an employer, a provider), whose register is not the person's (rule 1).
            // The same organisation named by the hint (« Nom de l'organisme ») or by a heading (page « L'entreprise », section
            // « Association, société et domaine de chasse ») and given to the person nowhere: a bare « Raison sociale » or
            // « SIRET » there is that party's. A label that gives the organisation to the person (« Nom de votre structure »)
            // keeps the register's item, and an upload under such a heading its document's reading. A block for organisations
            // that file (« Vous êtes une personne morale : ») is the filer's own (rule 1: the company files).
            case Subject.Organisation when texts.Public == ProcedureInfo.Individuals
                && (id is "identity.civil" or "address.postal" or "business.identity" or "association.registration"
                    || (id is "business.identifiers" or "business.accounts" && texts.Input != "file"))
                && r.SubjectCue is { } orgCue && !orgCue.Contains("« votre ", StringComparison.Ordinal) && !_reader.HeadingGivesOrganisationToPerson(texts)
                && !_reader.LegalPersonsBlock(texts)
                && (_reader.NamesOrganisationWithArticle(label) || _reader.NamesOrganisationWithArticle(texts.Hint) || _reader.IsOrganisationNoun(label)
                    || (texts.Input != "file" && !_reader.GivesOrganisationToPerson(label) && _reader.HeadingNamesOrganisation(texts))):
                return (_notHeld, $"{OrganisationOnPersonsProcedure} ({orgCue}) : pas celle de la personne, son registre ne la lui rattache pas (règle 1)");

            case Subject.Organisation when id is "identity.civil" or "address.postal":
                var own = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
                if (id == "address.postal" || _reader.NamesOrganisation(label))
                {
                    return (own, $"{(id == "address.postal" ? "adresse" : "nom")} de l'organisation ({r.SubjectCue}) : son registre la détient (règle 1)");
                }

                // An association's secretary is one of its officers, whom the RNA lists (rule 1); a company's is staff.
                // So is the one a heading names as its representative (« Représentant de la personne morale »: D7).
                if ((_reader.ManagerIn(texts) ?? (own == _associationRegistration ? SecretaryIn(texts) : null)
                    ?? (r.SubjectCue is { } cue && cue.Contains("« représentant", StringComparison.Ordinal) ? "représentant" : null)) is { } manager)
                {
                    return (own, $"identité d'un dirigeant de l'organisation (« {manager} ») : son registre la liste (règle 1)");
                }

                return (_notHeld, $"personne de contact de l'organisation ({r.SubjectCue}) : donnée professionnelle non détenue (règle 1)");
        }

        // « Diplôme en préparation », « Dans quel cursus êtes-vous inscrite ? », « BTS » ticked under « Quel diplôme prépares-tu ? »:
        // studies under way are the person's enrolment, which their school or university knows (D10); being registered at a
        // school is no registration at France Travail. The level or diploma reached, asked as a datum, is not held (D10).
        // A box ticked states a fact: only its question asks the studies.
        // A national diploma ticked (« BTS ») is a course like any other.
        // A held diploma named in a datum's own label (« Intitulé du master préparé ») is read the same way: a course under way.
        var diplomaNamed = id == "other.held" && texts.Input != "file" && DiplomaNamedIn(texts) is not null;
        var diplomaTicked = diplomaNamed && texts.Closed;
        if (texts.Input != "file" && r.Asks != ObjectKind.Key && _education is not null
            && (id is null or "other.not_held" or "education.student" || (id == "employment.status" && !topic.Specific) || diplomaNamed)
            && (r.Subject is Subject.Applicant or Subject.Household || r.SubjectCue?.Contains("établissement", StringComparison.Ordinal) == true)
            && ((texts.Input == "checkbox" ? null : _reader.StudiesIn(label)) ?? (texts.Closed && (topic.Fallback || diplomaTicked) ? _reader.StudiesIn(texts.Legend) : null)) is { } course)
        {
            return course.UnderWay
                ? (_education, id == "education.student" ? null : $"études en cours de la personne (« {course.Words} ») : sa scolarité est connue (D10)")
                : (_notHeld, $"niveau ou diplôme atteint (« {course.Words} ») demandé comme donnée : le récit de la personne, non détenu (D10)");
        }

        // « Certificat d'immatriculation au RCS », « Date d'immatriculation au répertoire des métiers »: a registration in a
        // company register is the company's, not a vehicle's (rule 5: the register issued it).
        if (id == "vehicle.registration" && _businessRegistration is not null && CompanyRegisterAfterRegistration(label) is { } companyRegister)
        {
            return (_businessRegistration, $"immatriculation à un registre des entreprises (« {companyRegister} »), pas d'un véhicule : le registre la détient (règle 5)");
        }

        // A status read from a generic cue (« Êtes-vous inscrit(e) … ») with a public body that is not the status's own
        // (« … à la Caf de votre département ») is an enrolment with that body, which holds it (rule 5); « inscrit à
        // France Travail » names the status's own body and keeps its item.
        if (item is { Holding: Holding.Held } && !topic.Specific && topic.Where == Source.Label && (StatusItems.Contains(id!) || id is "education.student" or "social.health_rights")
            && _reader.PublicBodyIn(label) is { } body && _cues.At(label, body.Start)?.Entry.Value.Item != item && _otherHeld is not null)
        {
            return (_otherHeld, $"statut auprès d'un organisme public que le libellé nomme (« {body.Entry.Phrase} »), pas celui de « {item.Label} » : cet organisme le détient (règle 5)");
        }

        // A closed question about the person's own class, level or course (« Dans quelle classe êtes-vous actuellement ? »):
        // their enrolment, which their school knows (rule 1). The word is what is asked only among the label's first words
        // (« Avez-vous besoin d'aide pour chercher un emploi, une formation… » asks a need).
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household
            && r.Asks == ObjectKind.Datum && r.Qualifier == Qualifier.None && _education is not null && _reader.SchoolingLevelIn(label) is { } level)
        {
            return (_education, $"classe, niveau ou formation de la personne (libellé « {level} ») : sa scolarité est connue (règle 1)");
        }

        // « Corps - Grade : », « Affectation : », « Date de nomination » under « Renseignements concernant l'agent »: a public
        // servant's career is the employing administration's own record, which it asks them to repeat (rule 6).
        if (id is null or "other.not_held" or "education.scholarship" && r.Subject == Subject.Applicant && texts.Input != "file" && _otherHeld is not null
            && CareerFactIn(label) is { } agentCareer && !label.Folded.Any(FieldReader.WishWords.Contains)
            && (new[] { label, texts.Legend, texts.Section }.Any(t => t.Folded.Any(AgentWords.Contains)) || AsksItsOwnStaff(texts)))
        {
            return (_otherHeld, $"carrière de l'agent public (libellé « {agentCareer} ») : l'administration qui l'emploie la tient (règle 6)");
        }

        // « Renouvellement », « Pour le renouvellement d'une demande » ticked: what is renewed was granted before by the body that
        // renews it, which knows whether the person had it (rule 6); « Première demande », the other box of the same question,
        // says the body never granted it, which it knows as well. Not a membership, a subscription or a club's licence, in the
        // label or over it (« Renouvellement de l'adhésion », « Renouvellement » under « Abonnement à la salle de sport »).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input is "checkbox" or "radio" && _otherHeld is not null
            && RenewalOrFirstRequestAt(label.Folded) is var renewal and >= 0
            && !PrivateAgreementAfter(label.Folded, renewal) && !new[] { texts.Legend, texts.Section, texts.Page }.Any(t => t.Folded.Any(PrivateRenewals.Contains)))
        {
            return (_otherHeld, label.Folded[renewal] == Renewal
                ? $"renouvellement coché (libellé « {texts.LabelAsWritten} ») : l'organisme qui l'a accordé une première fois le sait (règle 6)"
                : $"première demande cochée (libellé « {texts.LabelAsWritten} ») : l'organisme sait s'il l'a déjà accordée (règle 6)");
        }

        // « Madame », « Mme », « FÉMININ » as a box of its own, with no question over it: the value of the person's civility or
        // sex, which their civil record holds (rule 1). On a structure's procedure, only for a natural person who files.
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household && _identity is not null
            && label.Count == 1 && CivilValues.Contains(label.Folded[0]) && (!ProcedureInfo.IsStructures(texts.Public) || ForNaturalPersons(texts)))
        {
            return (_identity, $"civilité ou sexe coché (libellé « {texts.LabelAsWritten} ») : l'état civil de la personne le dit (règle 1)");
        }

        // « Vous êtes … » over « Un homme », « Une femme »; « Je soussigné(e) » over « M. », « Mme »; « Monsieur / Madame » as the
        // question's own words: every choice a civility or a sex asks the person's, which their civil record holds (rule 1).
        // Only a question about the person themselves: « Votre supérieur est : », « Souhaitez-vous être reçu par : » are not.
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household && _identity is not null
            && (CivilChoices(texts.Options) && AsksThePerson(label) || texts.Options.Count == 0 && CivilitiesOnly(label))
            && (!ProcedureInfo.IsStructures(texts.Public) || ForNaturalPersons(texts)))
        {
            return (_identity, $"civilité ou sexe à choisir (« {(texts.Options.Count > 0 ? string.Join(" / ", texts.Options) : texts.LabelAsWritten)} ») : l'état civil de la personne le dit (règle 1)");
        }

        // « Copie du permis de visite », « Permis de détention d'un chien de 1re catégorie »: a permit of another kind than the
        // driving one is still a public body's grant (a judge, a prison, a mayor, a prefect): that body holds it (rule 5).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input == "file" && _otherHeld is not null && PermitNamedIn(label) is { } permit)
        {
            return (_otherHeld, $"permis délivré par un organisme public (« {permit} ») : il le détient (règle 5)");
        }

        // « Demeurant à », « Domicilié(e) : »: a paper form's prompt for where the person lives asks their home address.
        if ((topic.Fallback || topic.Where != Source.Label) && texts.Input is null or "text" or "textarea" && r.Subject is Subject.Applicant
            && r.Qualifier == Qualifier.None && _postalAddress is not null && AddressPrompt(label) is { } living)
        {
            return (_postalAddress, $"où la personne demeure (« {living} ») : son domicile (règle 3)");
        }

        // « Je soussigné(e) », « Nous soussignés »: the opening of a signed statement asks who signs, by name.
        // Under a heading that names someone else (« Le mandataire », « Attestation du tiers aidant »), that one signs.
        if ((topic.Fallback || topic.Where != Source.Label) && texts.Input is null or "text" && texts.Public != ProcedureInfo.Professionals
            && r.Subject is Subject.Applicant or Subject.Household && _identity is not null && SignerAsked(label)
            && _reader.ThirdPartyNamedIn(texts.Legend) is null && _reader.ThirdPartyNamedIn(texts.Section) is null)
        {
            return (_identity, "qui signe (« soussigné ») : son nom, que son état civil donne (règle 1)");
        }

        // « M. ou Mme », « Monsieur, Madame »: a paper form's prompt for the name written after the civility.
        if ((topic.Fallback || topic.Where != Source.Label) && texts.Input is null or "text" && r.Subject is Subject.Applicant or Subject.Household
            && _identity is not null && CivilitiesOnly(label) && _reader.ThirdPartyNamedIn(texts.Legend) is null && _reader.ThirdPartyNamedIn(texts.Section) is null)
        {
            return (_identity, "nom annoncé par la civilité (« M. ou Mme ») : l'état civil de la personne (règle 1)");
        }

        // « Avez-vous moins de 26 ans ? », « Jeune de moins de 26 ans », « L'apprenti sera-t-il mineur ? »: an age threshold
        // about a person is read from their birth date, which their civil status holds; a dwelling's or a vehicle's age is not.
        if (topic.Fallback && id is null or "other.not_held" && texts.Input != "file" && r.Subject is Subject.Applicant or Subject.Household
            && _identity is not null && AgeOfPerson(label) is { } age)
        {
            return (_identity, $"âge de la personne (« {age} ») : sa date de naissance le dit (état civil)");
        }

        if (id == "identity.civil" && !topic.Specific && label.Folded.Contains(Age) && label.Folded.FirstOrDefault(ThingsWithAge.Contains) is { } aged)
        {
            return (_notHeld, $"âge d'une chose (« {aged} »), pas d'une personne : non détenu (règle 1)");
        }

        // « Dépenses d'étude environnementale », « étude d'impact », « Nature des études effectuées »: a study a project
        // commissions (a report), not one's schooling (cue collision).
        if (id == "education.student" && StudyCommissioned(label) is { } study)
        {
            return (_notHeld, $"étude d'un projet (« {study} »), pas une scolarité : non détenue");
        }

        // « Copie de l'acte de propriété (notarié) », « l'acte constatant la modification de la propriété », « l'acte de cession
        // du fonds »: a deed, which a notary or the parties draw up, not a civil-status record; no civil event is named (under a
        // heading that asks a proof of address, the home papers' rule above read it first).
        if (id == "civil.record" && DeedNamed(label) is { } deed)
        {
            return (_notHeld, $"acte qui n'est pas d'état civil (« {deed} ») : celui d'un notaire ou des parties, non détenu (règle 5)");
        }

        // « Société/marque » under « Produit suspect », « La représentation de la marque » on a trade-mark filing: the make of
        // another thing, or a mark itself, with no vehicle in sight; a registration certificate holds a vehicle's make only. A
        // paper that gives a thing's make among other facts (« déclaration … faisant connaître … la marque de l'arme ») is the
        // paper's matter.
        if (id == "vehicle.registration" && !topic.Specific && label.Folded.Contains(Make)
            && !new[] { label, texts.Hint, texts.Legend, texts.Section, texts.Page }.Any(t => t.Folded.Any(VehicleWords.Contains)))
        {
            // A trade mark: its number is the registering body's key (rule 9), its certificate that body's paper (rule 5).
            if (TradeMarkAt(label) is { } mark)
            {
                return r.Asks switch
                {
                    ObjectKind.Key => (_otherKey, $"numéro d'une marque déposée (« {mark} ») : la clé du registre qui l'enregistre (règle 9)"),
                    ObjectKind.Document when r.Issuer == Issuer.Public => (_otherHeld, $"pièce d'un organisme public sur une marque déposée (« {mark} ») (règle 5)"),
                    _ => (_notHeld, $"marque déposée (« {mark} »), pas celle d'un véhicule : non détenue"),
                };
            }

            if (r.Asks == ObjectKind.Datum && new[] { label, texts.Hint, texts.Legend, texts.Section }.Select(t => t.Folded.FirstOrDefault(MadeThings.Contains))
                .FirstOrDefault(w => w is not null) is { } made)
            {
                return (_notHeld, $"marque d'autre chose qu'un véhicule (« {made} ») : non détenue");
            }
        }

        // « PAJE », « Complément familial » ticked under « Percevez-vous l'une des prestations suivantes ? »: the question asks
        // which benefits the person receives, each choice names one (rule 4); « Aucune », « Autre » name none.
        if (topic.Fallback && id is null or "other.not_held" && texts.Input is "checkbox" or "radio" or "select" && r.Subject is Subject.Applicant or Subject.Household
            && _benefits is not null && !IsBareAnswer(label) && !label.Has(NegationWords) && BenefitsAskedIn(texts) is { } asked)
        {
            return (_benefits, $"prestation cochée sous une question sur les prestations perçues ({asked}) : l'organisme qui la verse la connaît (règle 4)");
        }

        // « Aide « emploi franc » » ticked under « Pour ce contrat, percevez-vous déjà : »: an aid the person already receives is
        // on the payer's files (rule 6).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input is "checkbox" or "radio" && !IsBareAnswer(label)
            && !label.Has(NegationWords) && texts.Legend.Has(ReceivingWords)
            && (label.Folded.FirstOrDefault(SchemeNouns.Contains) ?? SchemeNamedIn(label)) is { } aid)
        {
            return (_otherHeld, $"aide cochée sous une question sur ce que la personne perçoit (« {aid} ») : qui la verse la détient (règle 6)");
        }

        // « Salarié (non agricole) » or « Intermittent du spectacle » chosen under « Quelle est votre activité ? » or « Situation
        // professionnelle »: a work status among the choices of a question about one's activity is the employment status (D13).
        // Under « Profession » or « Métier » it stays a trade no one holds.
        if (texts.Closed && id is null or "other.not_held" && (topic.Fallback || topic.Where is not Source.Label) && r.Subject is Subject.Applicant or Subject.Household
            && _employment is not null && label.Folded.FirstOrDefault(WorkStatuses.Contains) is not null && ActivityAskedIn(texts) is { } activity)
        {
            return (_employment, $"situation au regard de l'emploi choisie sous une question sur l'activité ({activity}) : elle est connue (D13)");
        }

        // « Indemnisé », « Je ne suis pas indemnisé•e » chosen under « Vous êtes actuellement demandeur d'emploi » or « Quelle
        // allocation percevez-vous ? », « Date de fin de votre indemnisation » asked by France Travail: a job-seeker's
        // compensation is France Travail's record, part of the employment status (rule 4). A house compensated for a
        // disaster, with no word of employment around, is not.
        if (id is null or "other.not_held" && r.Subject is Subject.Applicant or Subject.Household && _employment is not null
            && label.Folded.FirstOrDefault(CompensatedWords.Contains) is { } compensated && EmploymentSpokenOf(texts) is { } employment)
        {
            return (_employment, $"indemnisation d'un demandeur d'emploi (libellé « {compensated} », {employment}) : France Travail la connaît (règle 4)");
        }

        // « Montant mensuel de votre pension d'invalidité »: the amount of a pension is income the tax office knows (rule 7);
        // being entitled to it is the benefit.
        if (id == "social.benefits" && _income is not null && texts.Input is "number" or "text" && FieldReader.HeadIndex(label) is var amountAt and >= 0
            && label.Folded[amountAt] == "montant" && label.Has(PensionWords))
        {
            return (_income, "montant d'une pension : un revenu que l'administration fiscale connaît (règle 7)");
        }

        // « Date de début d'activité » under « Reprise d'une activité salariée »: a job's start, not a business's.
        if (id == "business.identity" && topic.Why.Contains("début d'activité", StringComparison.Ordinal)
            && new[] { label, texts.Legend, texts.Section }.Any(t => t.Has(EmployeeWords)))
        {
            return (_notHeld, "début d'une activité salariée, pas d'une entreprise : donnée que l'usager indique (règle 1)");
        }

        // « Pension militaire d'invalidité » ticked under « Percevez-vous… »: the entitlement, not its amount (rule 7).
        if (id == "tax.income" && _benefits is not null && texts.Input is "radio" or "checkbox" && label.Has(PensionWords)
            && label.Folded.Contains("invalidite"))
        {
            return (_benefits, "pension d'invalidité cochée : le droit à la prestation, pas son montant (règle 7)");
        }

        // « RSA » ticked under « Quelle aide souhaitez-vous demander ? », « Étudiant » under « Profession »: a status an option
        // names, under a question that asks a wish or a datum no one holds, is that wish or that datum (D11, D13).
        if (texts.Input is "radio" or "checkbox" && topic.Where == Source.Label && item is { Holding: Holding.Held } && QuestionAskedOver(texts.Legend) is { } question)
        {
            return (_notHeld, $"choix sous une question qui demande {question} : ce n'est pas le statut détenu qu'il nomme (D11, D13)");
        }

        // « Situation professionnelle » as a select's own question, over « Salarié », « Apprenti », « Chômage »…: a question about
        // one's activity whose choices are work statuses asks the employment status (D13); « Profession » asks a trade. On a
        // person's procedure « Votre activité principale » over such choices is the same question, not a company's activity code.
        if (texts.Closed && (id is null or "other.not_held" || (id == "business.identity" && texts.Public is null or "particuliers"))
            && r.Subject is Subject.Applicant or Subject.Household && _employment is not null
            && ActivityAsked(label) && (texts.Options.Count > 0 ? texts.Options.Take(30).FirstOrDefault(NamesWorkStatus) : HintedWorkStatus(texts.Hint)) is { } status)
        {
            return (_employment, $"question sur l'activité dont les choix sont des situations au regard de l'emploi (« {status} ») : elle est connue (D13)");
        }

        // « Nom du gérant », « Date de naissance » under « Dirigeant »: a company's manager is listed by its register (rule 1); a
        // legal representative without an organisation named may be a minor's parent, who is household.
        if (id == "identity.civil" && r.Subject == Subject.Applicant && _reader.ManagerIn(texts) is { } managerNamed
            && !managerNamed.StartsWith("représentant", StringComparison.Ordinal) && _businessIdentity is not null)
        {
            var register = IsAssociation(r, label) ? _associationRegistration : _businessIdentity;
            return (register, $"identité d'un dirigeant (« {managerNamed} ») : le registre de son organisation la liste (règle 1)");
        }

        // « Nom du représentant légal » on a structure's procedure, or under « L'organisme demandeur »: the structure's legal
        // representative, whom its register lists (rule 1, D7), when no child or pupil is named whose parent it could be (D27).
        // A heading « Représentant légal » alone, on a contract whose earlier page is the apprentice's, may be a minor's parent.
        if (id == "identity.civil" && r.Subject == Subject.Household && r.SubjectCue is { } representative
            && representative.Contains("« représentant", StringComparison.Ordinal) && !representative.Contains("autorité parentale", StringComparison.Ordinal)
            && _businessIdentity is not null && texts.Public != ProcedureInfo.Individuals
            && (texts.Public is ProcedureInfo.Professionals or ProcedureInfo.Associations || _reader.HeadingNamesOrganisation(texts))
            && (representative.StartsWith("libellé", StringComparison.Ordinal) || _reader.HeadingNamesOrganisation(texts))
            && !new[] { label, texts.Hint, texts.Legend, texts.Section, texts.Page }.Any(t => t.Folded.Any(w => FoldedChildWords.Contains(w) || Trainees.Contains(w))))
        {
            var register = IsAssociation(r, label) || texts.Public == ProcedureInfo.Associations
                || new[] { texts.Legend, texts.Section, texts.Page }.Any(t => t.Folded.Contains("association")) ? _associationRegistration : _businessIdentity;
            return (register, $"représentant légal d'une structure ({representative}) : son registre le liste (règle 1, D7)");
        }

        // A financing plan's row (« CAF », « Caisses de retraite », « Région » under « Subventions demandées (en €) »): an amount a
        // public body is asked to grant, which it has not granted yet (rule 8: a wish), not what it pays.
        if (texts.Input is "number" or "text" && NamesOnlyAPublicBody(label) && AmountAskedIn(texts) is { } funding)
        {
            return (_notHeld, $"montant demandé à un organisme public ({funding}) : un souhait, qu'aucune administration ne détient encore (règle 8)");
        }

        // « Avez-vous fait une demande de logement social ? », « Date de votre dernière demande », « Votre enfant est-il déjà
        // inscrit à la cantine ? »: a step already taken with an administration, or an act it did for the person, is on its
        // files (rule 6, « a declaration already made to it »); a decision being made in this very form is not (« Montant
        // attribué »), and a number that identifies the step is its key (rule 9).
        // A generic word (« le foyer ») says whose step it is, not what is asked.
        if ((id is null or "other.not_held" || !topic.Specific) && texts.Input is not ("file" or "password") && r.Asks != ObjectKind.Key
            && r.Subject != Subject.ThirdParty && (PastFiling(label) ?? PastActAsked(label)) is { } filing)
        {
            return (_otherHeld, $"démarche déjà faite auprès d'une administration (« {filing} ») : elle la détient (règle 6)");
        }

        // « Votre précédente carte professionnelle », « Copie du titre à renouveler »: a card, permit or licence already issued,
        // uploaded to renew or replace it, was issued by the administration that renews it (rules 6 and 8).
        // Its dates are the issuer's too (« Date d'échéance de votre carte professionnelle actuelle »).
        if (id is null or "other.not_held" && (texts.Input == "file" || label.Head == "date") && r.Subject is Subject.Applicant or Subject.Household or Subject.Organisation
            && TitleIssuedBefore(label) is { } title)
        {
            // « Le titre que vous souhaitez renouveler » on a page for an identity card or a passport is that paper (rule 8).
            foreach (var over in (ReadOnlySpan<TokenText>)[texts.Legend, texts.Section, texts.Page])
            {
                if (_cues.First(over) is { Entry.Value.Item: { Id: "identity.document" } identityPaper })
                {
                    return (identityPaper, $"titre déjà délivré (« {title} ») que l'en-tête nomme ({identityPaper.Label}) : c'est ce titre (règle 8)");
                }
            }

            // « Le titre que vous souhaitez renouveler », « l'ancien titre de voyage »: a person's title that nothing names but
            // « titre » (or a travel title) is the identity paper or residence permit the contract's rule 8 speaks of.
            if (r.Subject is Subject.Applicant or Subject.Household && _identityDocument is not null && BareTitle(label)
                && !new[] { texts.Legend, texts.Section, texts.Page }.Any(h => h.Folded.Any(TradeTitles.Contains) || h.Folded.Contains("professionnelle")))
            {
                return (_identityDocument, $"titre déjà délivré (« {title} ») qu'aucun nom ne précise : la pièce d'identité ou le titre de séjour de la personne (règles 5 et 8)");
            }

            return (_otherHeld, $"titre déjà délivré (« {title} ») : l'administration qui le renouvelle le détient (règles 6 et 8)");
        }

        // « Avez-vous déjà une affiliation à la sécurité sociale luxembourgeoise ? », « … à l'étranger »: a dealing with a foreign
        // body is on no French administration's files (rule 5: foreign public bodies hold nothing here).
        if (id == "other.held" && r.Qualifier == Qualifier.Foreign && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true && _notHeld is not null)
        {
            return (_notHeld, $"démarche auprès d'un organisme étranger ({r.QualifierCue}) : aucune administration française ne la détient (règle 5)");
        }

        // « Copie de la demande adressée à la préfecture », « copie du formulaire de déclaration de l'entreprise au CFE »: the copy
        // of a filing already made to a public body is on that body's files (rule 6, « a declaration already made to it »).
        if (id is null or "other.not_held" && texts.Input == "file" && r.Subject != Subject.ThirdParty && _otherHeld is not null && CopyOfPastFiling(label) is { } copy)
        {
            return (_otherHeld, $"copie d'une démarche déjà faite auprès d'un organisme public (« {copy} ») : il la détient (règle 6)");
        }

        // « Êtes-vous suivi par la mission locale ? », « Êtes-vous domicilié au CCAS ? »: a public body that follows, houses or
        // takes charge of the person keeps their file (rule 6).
        if (id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household && FollowedByPublicBody(label) is { } followed)
        {
            return (_otherHeld, $"personne suivie par un organisme public (« {followed} ») : il tient son dossier (règle 6)");
        }

        // « Régime social », « De quelle caisse ? », « Êtes-vous adhérent à la Cipav ? »: the scheme or fund the person belongs
        // to is an affiliation it can look up (rule 6).
        // The choices say which kind of « régime » is asked: « Externe, Demi-pensionnaire, Interne » is a pupil's canteen, no
        // scheme; « Régime général, MSA » are schemes.
        if (id is null or "other.not_held" && texts.Closed && r.Subject is Subject.Applicant or Subject.Household
            && ((topic.Fallback && OptionsMayNameAScheme(texts.Options) ? AffiliationAsked(label) : null) ?? _reader.MembershipOf(label)) is { } scheme)
        {
            return (_otherHeld, $"affiliation de la personne (« {scheme} ») : le régime ou la caisse la connaît (règle 6)");
        }

        // « Adresse », « Ville » under « Caisse de retraite » or « Mission locale »: a heading that names a public body and
        // no datum of the person's is about that body; its address or its name is not the person's (rule 1).
        if (r.SubjectCue is null
            && (id is "address.postal" or "identity.civil" && topic.Where == Source.Label && !topic.Specific
                || topic.Where is Source.Legend && _cues.First(label) is { Entry.Value: { Kind: CueKind.Generic, Item.Id: "address.postal" or "identity.civil" } })
            && BodyOfHeading(texts) is { } headingBody)
        {
            return (_notHeld, $"coordonnées de l'organisme que l'en-tête nomme ({headingBody}), pas celles de la personne (règle 1)");
        }

        // « Nom » under « Demande de création d'un lieu-dit », « Renommage de la voie »: the name of the place the request
        // acts on, not a person's (rule 3).
        if (id == "identity.civil" && topic.Where == Source.Label && !topic.Specific && r.SubjectCue is null && FieldReader.PlaceActedOnIn(texts) is { } place)
        {
            return (_notHeld, $"nom du lieu sur lequel porte la demande ({place}), pas celui d'une personne (règle 3)");
        }

        // « Nom usuel » under « Pré-enregistrer une nouvelle chambre froide », « Nom » under « Nouvelle expérience »: the name of
        // the thing the request brings in, not a person's (rule 1).
        if (id == "identity.civil" && topic.Where == Source.Label && r.SubjectCue is null && BareName(label) && _reader.ThingCreatedIn(texts) is { } created)
        {
            return (_notHeld, $"nom de ce que la demande ajoute ({created}), pas celui d'une personne (règle 1)");
        }

        // « Année d'obtention », « Série », « Ville » under « Mon baccalauréat »: the details of a French public diploma are part of
        // the record its issuer keeps, asked as data or uploaded (D43); the country it was taken in, or a foreign equivalence, is
        // no French record.
        if ((id == "other.held" || id == "address.postal" && !topic.Specific) && texts.Input != "file" && r.Asks == ObjectKind.Datum && DiplomaNamedIn(texts) is { } diploma)
        {
            // « Série du bac ou équivalence » offers the equivalence beside the French diploma; « Nom de l'équivalence » asks it.
            var foreign = label.Folded.Where((w, i) => ForeignDiplomaWords.Contains(w) && (i == 0 || label.Folded[i - 1] != "ou")).FirstOrDefault() is { } word
                ? $"« {word} »"
                : r.Qualifier == Qualifier.Foreign && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true ? r.QualifierCue : null;
            if (foreign is not null)
            {
                return (_notHeld, $"pays ou équivalence étrangère d'un diplôme ({foreign}) : aucun dossier français, non détenu (D43)");
            }

            return (_otherHeld, id == "address.postal"
                ? $"lieu où le diplôme a été obtenu (« {diploma} ») : une donnée du diplôme que son émetteur tient, pas le domicile (D43)"
                : $"donnée d'un diplôme public (« {diploma} ») : son émetteur la tient (D43)");
        }

        // « Copie de votre diplôme », « Les diplômes universitaires du candidat »: the person's diploma asked as a paper, named first
        // (D5) and marked foreign by nothing, is presumed a French public body's, which keeps it (rule 5, D10); a diploma's level
        // asked as a datum is read above (D10), a foreign one (« pays d'obtention », « traduction ») is no French record (D2).
        if (id == "other.not_held" && r.Asks == ObjectKind.Document && topic.Where == Source.Label && topic.Why == GenericDiplomaCue
            && r.Subject is Subject.Applicant or Subject.Household && r.Qualifier != Qualifier.Foreign && r.Issuer != Issuer.Private && DiplomaFirst(label)
            && !label.Folded.Where((w, i) => ForeignDiplomaWords.Contains(w) && (i == 0 || label.Folded[i - 1] != "ou")).Any() && _otherHeld is not null)
        {
            return (_otherHeld, "diplôme de la personne demandé comme pièce : présumé délivré par un organisme public français, qui le détient (règle 5, D10)");
        }

        // « Secteur de stationnement » with the hint « Déterminé par votre adresse »: a choice that only its hint ties to the
        // address is a fact derived from it (D25), not the address.
        if (id == "address.postal" && topic.Where == Source.Hint && texts.Closed && texts.Input != "file")
        {
            return (_notHeld, $"choix que seule l'aide rattache à l'adresse ({topic.Why}) : un fait qui en découle, pas l'adresse (D25)");
        }

        // A date asked under « Votre adresse » is a date about the home (since when, until when), never the address (rule 3).
        if (id == "address.postal" && texts.Input == "date")
        {
            return (_notHeld, $"date sur le logement ({topic.Why}), pas l'adresse : non détenue (règle 3)");
        }

        // « Est-ce que le paiement des loyers est à jour ? », « Date du dernier paiement de votre loyer »: a fact about a proof of
        // address, typed or chosen, is not the proof; the home it proves is asked elsewhere (rule 3).
        if (id == "address.proof" && texts.Input is not (null or "" or "file"))
        {
            return (_notHeld, $"fait sur une pièce qui prouve le domicile ({topic.Why}), pas la pièce : non détenu (règle 3)");
        }

        // « Montant » under « Facture d'électricité »: an amount or a date written on a bill or a bank statement is the
        // user's to read off, not the proof of address or the account the heading names (rule 5: a private issuer).
        if (id is "address.proof" or "bank.rib" && topic.Where is not Source.Label && texts.Input != "file"
            && (texts.Input is "date" or "number" || label.Head is { } quantity && QuantityWords.Contains(quantity)))
        {
            return (_notHeld, $"montant ou date inscrit sur une pièce d'une partie privée ({topic.Why}) : aucune administration ne le détient (règle 5)");
        }

        // « Date d'expiration » on a page « Carte nationale d'identité », « Limite de validité » under « Récépissé »: a date of
        // the document the heading names is part of that document, kept by whoever issued it (rules 5 and 6). So is the answer
        // to a closed question about it (« Type de décision », « Résultat » under « 1ère Instance - Tribunal de Grande
        // Instance »): one of the choices its issuer recorded.
        var closedQuestion = texts.Input is "radio" or "select";
        if (topic.Fallback && id is null or "other.not_held" && texts.Input != "file" && r.Subject is Subject.Applicant or Subject.Household
            && (texts.Input == "date" || closedQuestion || label.Head is { } head && (QuantityWords.Contains(head) || ValidityWords.Contains(head)))
            && DocumentOfHeading(texts, closedQuestion) is { } headed)
        {
            return (headed.Item, closedQuestion
                ? $"réponse à une question fermée sur le document que l'en-tête nomme ({headed.Why}) : son émetteur la connaît (règles 5 et 6)"
                : $"date ou durée du document que l'en-tête nomme ({headed.Why}) : son émetteur la connaît (règles 5 et 6)");
        }

        // « Fichier » under « Nouvel arrêté », « Ajouter un document » on the page « Récépissé de déclaration »: an upload whose
        // label names nothing is the document its heading names; a kind a public body issues is held by it (rule 5).
        if (topic.Fallback && id is null or "other.not_held" && texts.Input == "file" && r.Subject is Subject.Applicant or Subject.Household
            && DocumentOfHeading(texts) is { } headedUpload)
        {
            return (headedUpload.Item, $"pièce que l'en-tête nomme ({headedUpload.Why}) : son émetteur la détient (règle 5)");
        }

        // « Au cours de votre carrière, avez-vous été chef d'exploitation ? », asked by a pension fund: the career is on the
        // pension funds' files, which share it (rule 6). Only where no cue decided.
        if (topic.Fallback && id is null or "other.not_held" && r.Subject is Subject.Applicant or Subject.Household
            && _reader.CareerAskedByItsKeeper(texts) is { } career)
        {
            return (_otherHeld, $"carrière de la personne, demandée par une caisse de retraite ({career}) : les caisses la tiennent (règle 6)");
        }

        // « Bénéficiez-vous de l'exonération … ? », « Votre établissement bénéficie-t-il du dispositif ZFU ? »: a scheme, an aid
        // or an exemption someone benefits from was granted by the body that runs it, which holds it (rules 4 and 6). Only where
        // no cue decided: a wish (« Souhaitez-vous que votre enfant bénéficie du dispositif… ») or a catalogue phrase
        // (« régime alimentaire ») keeps its decision; a negation (« ne bénéficie d'aucune aide ») and a private party's
        // advantage (« un crédit bancaire ») are no grant.
        if (topic.Fallback && id is null or "other.not_held" && texts.Closed && texts.Input != "file" && SchemeBenefited(label) is { } benefited
            && _reader.PrivatePartyIn(label) is null)
        {
            return (_otherHeld, $"dispositif ou aide dont la personne bénéficie déjà (« {benefited} ») : l'organisme qui l'a accordé le détient (règles 4 et 6)");
        }

        // « Avez-vous déjà bénéficié d'un prêt bancaire ? »: a past aid read from a generic cue is held by the body that gave
        // it; one a private party gave is on no administration's files (rules 5 and 6).
        if (id == "other.held" && !topic.Specific && topic.Where == Source.Label && _reader.PrivatePartyIn(label) is { } party)
        {
            return (_notHeld, $"aide ou démarche auprès d'une partie privée (libellé « {party} ») : aucune administration ne la détient (règles 5 et 6)");
        }

        // « Surface accordée » with « telle qu'indiquée sur l'arrêté municipal », « Valeur locative » with « elle figure sur votre
        // avis de taxe foncière »: a figure the hint says is written on a public body's paper is on that body's files (rules 5, 6).
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && r.Subject is Subject.Applicant or Subject.Household
            && WrittenOnPublicPaper(texts.Hint) is { } paper)
        {
            return (_otherHeld, $"donnée que l'aide dit inscrite sur une pièce publique (« {paper} ») : l'organisme qui l'a établie la détient (règles 5 et 6)");
        }

        // « Avez-vous participé à un séjour du SNU ? », « Avez-vous obtenu un prêt à taux zéro ? »: a public scheme the person took
        // part in or received is on the files of whoever runs it (rule 6); applying for it, or being eligible, is not.
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && SchemeTakenPart(label) is { } takenPart)
        {
            return (_otherHeld, $"dispositif public déjà suivi ou reçu (« {takenPart} ») : qui le gère le détient (règle 6)");
        }

        // « Date de la délibération », « Montant de l'amende forfaitaire »: the date or amount of a public body's act is on its
        // files (rule 6); a European or international court's decision is no French body's (rule 5).
        if (id is null or "other.not_held" && texts.Input != "file" && r.Asks != ObjectKind.Key && label.Head is "date" or "montant"
            && _reader.PublicDocumentKindIn(label)?.Entry.Phrase is { } publicAct && !new[] { label, texts.Legend, texts.Section, texts.Page }.Any(t => t.Has(ForeignCourtWords)))
        {
            return (_otherHeld, $"date d'un acte d'un organisme public (« {publicAct} ») : il le détient (règle 6)");
        }

        // « Date de début », « Date de fin de validité » under « Arrêté d'autorisation en cours », « Agrément »: a bare date or
        // amount whose nearest heading names a public body's act is that act's, on its files (rule 6); not one the heading says
        // is being asked for now (« Autorisation demandée »: D28).
        if (id is null or "other.not_held" && texts.Input is "date" or "number" or "text" && r.Asks != ObjectKind.Key
            && label.Head is "date" or "montant" or "duree" && (texts.Legend.Count > 0 ? texts.Legend : texts.Section) is var actHeading
            && _reader.PublicDocumentKindIn(actHeading)?.Entry.Phrase is { } headingAct && !actHeading.Has(AskedNowWords) && !actHeading.Has(ForeignCourtWords))
        {
            return (_otherHeld, $"date ou montant d'un acte d'un organisme public que l'en-tête nomme (« {headingAct} ») : il le détient (règle 6)");
        }

        // « Copie du courrier reçu de nos services », « Date de notre décision », « Convocation envoyée par nos services »: a paper
        // or an act the administration that asks, speaking as « nous », made itself (rule 6).
        // Not on a structure's procedure, where « nous » is the association or the company that files.
        if (id is null or "other.not_held" && r.Asks != ObjectKind.Key && !ProcedureInfo.IsStructures(texts.Public) && OwnAct(label) is { } ownAct)
        {
            return (_otherHeld, $"acte de l'administration qui demande (« {ownAct} ») : elle le détient (règle 6)");
        }

        // What a public body fixed, granted or paid (« Date du rendez-vous fixé par la mairie », « Montant de l'aide versée
        // par la CAF »): that body holds it (rule 6).
        // A rate's hint may say who fixed it (« Tarif par nuitée » : « Fixé par délibération du conseil communautaire »).
        if (id is null or "other.not_held" && texts.Input != "file"
            && (ActOfPublicBody(label) ?? (label.Has(RateWords) ? ActOfPublicBody(texts.Hint) : null)) is { } act)
        {
            return (_otherHeld, $"{act} : cet organisme le détient (règle 6)");
        }

        // « Date du rendez-vous avec le médecin conseil de l'Assurance Maladie », « Date de la décision de la CAF »: an act that a
        // public body the label names set or took about the person's case; that body holds it (rule 6). Only where no cue
        // named anything (a wish, « rendez-vous souhaité », is the person's).
        if (id is null or "other.not_held" && !topic.Specific && texts.Input != "file" && r.Asks != ObjectKind.Key && ActWithPublicBody(label) is { } withBody)
        {
            return (_otherHeld, $"acte d'un organisme public nommé (« {withBody} ») : il le détient (règle 6)");
        }

        // « Nom de l'offre de stage », « Nom du projet »: the name of a thing, not a person's, when no one is named (rule 1).
        // A thing the catalogue knows (« Nom de la rue ») is that item.
        // « Nom d'usage du lieu »: a name's kind (« d'usage », « usuel ») does not make the thing a person.
        // A person named only by the headings (« Commencez par vous identifier ») does not make « Nom du service » theirs.
        if (id == "identity.civil" && (r.SubjectCue is null || !r.SubjectCue.StartsWith("libellé", StringComparison.Ordinal))
            && (!topic.Specific || topic.Where == Source.Label) && ThingNamed(label) is { } thing)
        {
            return _cues.At(label, thing) is { Entry.Value.Item: var named } && named != item
                ? (named, $"nom d'une chose que le catalogue connaît (« {label.Plain[thing]} ») : c'est « {named.Label} » (règle 1)")
                : (_notHeld, $"nom d'une chose (« {label.Plain[thing]} »), pas l'identité d'une personne : non détenu (règle 1)");
        }

        // A household member's own address, asked in their section, is not the applicant's home (rule 3); a minor's parent's
        // or legal representative's, or the child's or pupil's own, is the household's home where the form does not say they
        // live elsewhere (D27, D37): another address is read below.
        if (r.Subject == Subject.Household && id == "address.postal" && !OfTheMinorsGuardian(r.SubjectCue) && !OfAChildAtHome(r.SubjectCue, texts))
        {
            return (_notHeld, $"adresse d'un membre du foyer ({r.SubjectCue}), pas le domicile du demandeur : non détenue (règle 3)");
        }

        // Another place, a place abroad (« étranger » in any gender and number: « Commune étrangère ») or a fact about the
        // home, for an address typed; for a proof of address, only another place the label names.
        if ((r.Qualifier is Qualifier.OtherAddress or Qualifier.AddressFact && id == "address.postal")
            || (r.Qualifier == Qualifier.Foreign && id == "address.postal" && r.QualifierCue is { } abroad && abroad.StartsWith("libellé", StringComparison.Ordinal)
                && (abroad.Contains("étrang", StringComparison.Ordinal) || abroad.Contains("hors", StringComparison.Ordinal) || abroad.Contains("origine", StringComparison.Ordinal)))
            || (r.Qualifier == Qualifier.AddressFact && (id == "family.composition" || topic.Why.StartsWith("attribut name", StringComparison.Ordinal)))
            || (r.Qualifier == Qualifier.OtherAddress && id == "address.proof" && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true))
        {
            return (_notHeld, r.Qualifier is Qualifier.OtherAddress or Qualifier.Foreign
                ? $"autre adresse que le domicile actuel du demandeur ({r.QualifierCue}) : non détenue (règle 3)"
                : $"fait ou date sur le logement, pas l'adresse ({r.QualifierCue}) : non détenu (règle 3)");
        }

        // Papers only the State issues name their holder, not their issuer: « la pièce d'identité de l'hébergeant » is the
        // host's, someone else's papers (rule 1). Another held document names its holder right after it (« avis d'imposition
        // de l'hébergeant », « justificatif de domicile du garant »), its issuer anywhere (« facture d'assurance-logement »);
        // payslips and accounts, which private parties issue, are left to the issuer rules.
        var holder = r.Subject != Subject.Applicant ? null
            : id is "identity.document" or "civil.record" ? _reader.ThirdPartyNamedIn(label)
            : item is { Holding: Holding.Held } && !PrivatelyIssued.Contains(id!) && HolderAfter(label, item) is { } after ? $"libellé « {after} »"
            : null;

        // « Nom de la victime » on a compensation request names the one the reading took as whom it is for (D44), not a third party.
        if (holder is not null && !(r.SubjectCue is { } filedFor && filedFor.EndsWith(FieldReader.FiledFor, StringComparison.Ordinal)
            && (filedFor.StartsWith(holder, StringComparison.Ordinal) || filedFor.Contains($"« {holder} »", StringComparison.Ordinal))))
        {
            return (_notHeld, $"pièce ou acte d'un tiers ({holder}) : aucune administration ne la détient pour le demandeur (règle 1)");
        }

        // « Régime de retraite principal », « Nom et adresse de la caisse de sécurité sociale dont vous dépendez »: the scheme or
        // fund the person belongs to, named as a datum, is an affiliation that fund keeps (D40, rule 5), not a pension's amount
        // nor an entitlement to care; its papers (« attestation de la caisse… ») are read as documents.
        // Not an amount the fund pays (« Montant de la pension versée par votre caisse de retraite »: rule 7), nor a foreign fund
        // (rule 5), nor a complementary health insurer, a private one (rule 1).
        if (r.Asks == ObjectKind.Datum && texts.Input != "file" && r.Subject is Subject.Applicant or Subject.Household or Subject.Organisation
            && r.Qualifier != Qualifier.Foreign && id is "tax.income" or "social.health_rights" or "business.accounts" && _otherHeld is not null
            && SchemeNamed(label) is { } fund)
        {
            return (_otherHeld, $"régime ou caisse de la personne (« {fund} ») : l'organisme tient son affiliation (D40)");
        }

        // « CNI : », « Passeport » over a box one types in: a typed line cannot hold the paper, so a label that only names an
        // identity paper or a licence asks its number, a key to the record (rule 9, D16); uploaded, it is the paper.
        if (id == "identity.document" && texts.Input == "text" && topic.Where == Source.Label && _otherKey is not null
            && OnlyTheCue(label, topic.Why))
        {
            return (_otherKey, $"case à remplir qui ne nomme que la pièce ({topic.Why}) : son numéro, clé de son dossier (règle 9, D16)");
        }

        if (r.Asks == ObjectKind.Document)
        {
            // A document about a held datum (« Pièce justificative d'identité », « Pièce justificative de domicile »): the
            // label's own document word makes it the document that proves the datum, not the datum typed (rule 5).
            if (!topic.Specific && texts.Input == "file" && DocumentOf(id, label) is { } proof)
            {
                if (ProvesTheDatum(label))
                {
                    return (proof, $"pièce jointe qui prouve la donnée ({topic.Why}) : c'est le document « {proof.Label} » (règle 5)");
                }

                // « Quittance de loyer à votre adresse actuelle »: a paper about the home that shows the address is the proof of
                // address the catalogue names (rule 5).
                if (id == "address.postal" && _reader.HomePaperIn(label) is { } homePaperShown && !_reader.NamesThirdPartyBesideHomePapers(label))
                {
                    return (proof, $"papier du logement (« {homePaperShown} ») qui montre l'adresse : c'est le document « {proof.Label} » (règle 5)");
                }

                // « Copie de la facture où figureront le nom », « Relevé d'identité bancaire »: a paper of its own kind that shows
                // the datum is that paper, not the datum; a public body's is read below (rule 5), anyone else's nobody holds.
                if (r.Issuer != Issuer.Public)
                {
                    return (_notHeld, $"pièce d'un autre genre qui montre la donnée ({topic.Why}) : ni la donnée ni sa preuve, aucune administration ne la détient (règle 5)");
                }
            }

            // « Justificatif du lien de parenté (copie du livret de famille…) », « tout document attestant du lien de parenté »: a
            // paper that proves a kinship is a civil-status record (rule 5), not the household's composition typed, whatever
            // else may stand in for it (« acte notarié »); a sworn statement of it is the person's own (« Déclaration sur
            // l'honneur du lien familial »).
            if (id == "family.composition" && Kinship.Any(k => topic.Why.EndsWith($"« {k} »", StringComparison.Ordinal)) && texts.Input is "file" or null or ""
                && !label.Folded.Contains("honneur") && !texts.Hint.Folded.Contains("honneur") && r.Qualifier != Qualifier.Foreign
                && Catalogue.Find("civil.record") is { } civilRecord)
            {
                return (civilRecord, $"pièce qui prouve un lien de parenté ({topic.Why}) : un acte de l'état civil la prouve (règle 5)");
            }

            // « Copie du titre de séjour (pour les étrangers non européens) », « Nature du titre de séjour » under « Si
            // nationalité hors U.E »: the person's origin, not the paper's; a residence permit is the prefecture's (rule 5).
            // A country named (« titre de séjour délivré par le pays de résidence ») says where the paper comes from.
            if (r.Qualifier == Qualifier.Foreign && item is { Holding: Holding.Held }
                && !(id == "identity.document" && label.Has(StayWords) && r.QualifierCue?.Contains("pays", StringComparison.Ordinal) == false))
            {
                return (_notHeld, $"pièce délivrée à l'étranger ({r.QualifierCue}) : un organisme étranger ne détient rien ici (règle 5)");
            }

            // « Formulaire de requête en exonération en cas d'amende », « Le cerfa n° 15481*01 complété »: a form is what the
            // user fills in and signs, whatever it is about (« requête contre la décision de la préfecture »), so nobody holds
            // it before they do (rule 5: its issuer is the user), unless a public body issued it (« formulaire S1 délivré par
            // la CPAM »). « Téléversez le formulaire » alone leaves its hint to say which document.
            if (texts.Input == "file" && (id != "other.not_held" || r.Issuer == Issuer.Public) && UserForm(label) is { } form && !IssuedByPublicBody(label, form))
            {
                return (_notHeld, $"formulaire que l'usager remplit (« {label.Plain[form]} ») : il en est l'auteur, aucune administration ne le détient (règle 5)");
            }

            // « Le jugement de divorce », « décision judiciaire d'adoption simple », « Copie du jugement fixant la pension
            // alimentaire »: a court's decision is held by the justice, whatever it decides about; the family situation, the
            // company or the income it settles is not what is asked (rule 5). A copy of it is still it.
            if (r.Issuer == Issuer.Public && id is not (null or "other.held" or "other.not_held") && item is { Holding: Holding.Held }
                && CourtDecision(label) is { } court && (_reader.FirstDocumentAt(label) is not { } first || first >= court.At || CopyWords.Contains(label.Folded[first])))
            {
                return (_otherHeld, $"décision de justice (« {court.Words} ») : la justice la détient, quel que soit son objet (règle 5)");
            }

            // The item is named by a specific cue, or by the body that issues it (« Attestation d'inscription Pôle emploi »).
            var named = item is { Holding: Holding.Held or Holding.Key } && id != "other.held"
                && (topic.Specific || (_reader.PublicBodyIn(label) is { } issuer && _cues.At(label, issuer.Start)?.Entry.Value.Item == item));
            // « Jugement de divorce rendu à l'étranger »: a foreign court or office is no French public body (rule 5).
            if (!named && r.Issuer == Issuer.Public && r.Qualifier == Qualifier.Foreign && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true)
            {
                return (_notHeld, $"pièce délivrée à l'étranger ({r.QualifierCue}) : un organisme étranger ne détient rien ici (règle 5)");
            }

            if (!named && r.Issuer == Issuer.Public)
            {
                return (_otherHeld, $"pièce délivrée par un organisme public ({r.IssuerCue}) : il la détient (règle 5)");
            }

            // « Déclaration Sociale des Indépendants », « Déclaration trimestrielle de CA »: a declaration the person already
            // made to a public body, uploaded, is on the files of the body it was made to (rule 6: « a declaration already made
            // to it »); one written for this very form (« sur l'honneur », a form to fill, above or in the hint) is the person's own.
            if (texts.Input == "file" && id is null or "other.not_held" && r.Subject is Subject.Applicant or Subject.Household
                && r.Issuer != Issuer.Private && UserForm(texts.Hint) is null && DeclarationMade(label, texts.Hint) is { } declaration)
            {
                return (_otherHeld, $"déclaration déjà faite (« {declaration} ») : l'organisme qui l'a reçue la détient (règle 6)");
            }

            // « Avis de cotisation foncière des entreprises »: a word inside the document's own name is not who issued it.
            if (!named && r.Issuer == Issuer.Private && id != "other.not_held" && !(topic.Specific && InsideCue(topic.Why, r.IssuerCue)))
            {
                return (_notHeld, $"pièce délivrée par une partie privée ({r.IssuerCue}) : non détenue (règle 5)");
            }
        }

        // « Un document portant le numéro SIRET », « Fiche de situation INSEE (indiquant le numéro SIRET) »: a document
        // identified by a key is the held document of that key's record, not the key (rule 9).
        if (texts.Input == "file" && item is { Holding: Holding.Key } && _documentOfKey.TryGetValue(item.Id, out var keyed)
            && _reader.NamesDocument(label) && label.Head is { } headWord && !FieldReader.IdentifierWords.Contains(headWord))
        {
            return (keyed, $"pièce identifiée par une clé ({topic.Why}) : c'est le document « {keyed.Label} », pas la clé (règle 9)");
        }

        // « Référence de l'avis de taxe foncière », « Numéro de l'avis de contravention »: the key of another notice than the
        // income-tax one is the key of that notice's record (rule 9).
        if (id == "tax.identifiers" && OtherNotice(label) is { } notice && _otherKey is not null)
        {
            return (_otherKey, $"clé d'un autre avis que l'avis d'impôt sur le revenu (« {notice} ») : clé du dossier qui l'a émis (règle 9)");
        }

        // « Numéro d'immatriculation étranger »: a foreign body's record is no key here (D2).
        if (r.Asks == ObjectKind.Key && r.Qualifier == Qualifier.Foreign && r.QualifierCue?.StartsWith("libellé", StringComparison.Ordinal) == true
            && item is not { Holding: Holding.Key } or { Id: "other.key" })
        {
            return (_notHeld, $"numéro d'un dossier étranger ({r.QualifierCue}) : aucune administration d'ici ne le tient (D2)");
        }

        // A private party's record (an insurance contract, a supplier's account) is no administration's. A datum the hint only
        // mentions (« délivré par le service des impôts de votre domicile ») is not what a number asks.
        if (r.Asks == ObjectKind.Key && item is not { Holding: Holding.Key }
            && (id is not ("address.postal" or "address.proof") || topic.Where == Source.Hint) && _reader.NamesRecord(label)
            && (r.Issuer != Issuer.Private || _reader.PublicBodyIn(label) is not null))
        {
            return (_otherKey, $"le libellé demande l'identifiant d'un dossier qu'une administration tient ({r.ObjectCue}) : clé (règle 9)");
        }

        // « Numéro d'immatriculation » of an insured person (« de l'assuré », « inscrit sur votre carte Vitale »): the health
        // insurance registers people by their NIR (rule 9), unlike the vehicle registration the word also names.
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" or "other.key" && label.Folded.Contains("immatriculation")
            && !new[] { label, texts.Hint, texts.Legend, texts.Section }.Any(t => t.Folded.Any(w => w is "vehicule" or "plaque")) && InsuredNamed(texts) is { } insured
            && Catalogue.Find("social.nir") is { } nir)
        {
            return (nir, $"numéro d'immatriculation d'un assuré social ({insured}) : c'est le NIR (règle 9)");
        }

        // A bare « Numéro » under « Votre CAF » or « Sécurité sociale »: the person's number in the files of the body the heading
        // names, its key (rule 9); the catalogue's own key where it has one (allocataire, NIR, France Travail, tax number).
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" && _otherKey is not null && IsBareIdentifier(label) && BodyOfHeading(texts) is { } headingKeeper)
        {
            return (KeyOfBody(headingKeeper) ?? _otherKey, $"numéro tenu dans les fichiers de l'organisme que l'en-tête nomme ({headingKeeper}) : clé (règle 9)");
        }

        // « Numéro de bénéficiaire MSA », « Numéro étranger », « Identifiant attribué par la préfecture »: a number the person
        // holds in a public body's files, by the body or by their standing in them, is a key to that file (rule 9).
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" && _otherKey is not null
            && (_reader.PublicBodyIn(label) is { } keeper ? keeper.Entry.Phrase : label.Folded.FirstOrDefault(FileStandings.Contains)) is { } standing)
        {
            return (_otherKey, $"numéro tenu dans les fichiers d'un organisme public (« {standing} ») : clé (règle 9)");
        }

        // « Code FINESS », « Numéro RG », « Identifiant GEREP »: a number named by the acronym of what it numbers is a record's
        // key in the register that acronym names (rule 9). Not someone else's number, not a private party's, not a code that
        // only classifies (« Code RNCP », « Code ROME »).
        if (r.Asks == ObjectKind.Key && id is null or "other.not_held" && _otherKey is not null && r.Subject != Subject.ThirdParty
            && r.Issuer != Issuer.Private && r.Qualifier != Qualifier.Foreign && RegisterAcronym(texts.LabelAsWritten) is { } acronym)
        {
            return (_otherKey, $"numéro que le sigle de son registre nomme (« {acronym} ») : clé (règle 9)");
        }

        return (item, null);
    }

    /// <summary>The first acronym of a label (a word of two to seven capital letters: « FINESS », « RG »), unless it names a
    /// classification rather than a register; or null. Words are runs of letters and digits. In a label written all in
    /// capitals (« NUMÉRO RG », as CERFA-like forms print them) every word is capitals: there an acronym is a word of two to
    /// six letters that no phrase of the catalogue uses.</summary>
    private static string? RegisterAcronym(string? label)
    {
        if (label is null || !label.Any(char.IsLetter))
        {
            return null;
        }

        var allCapitals = !label.Any(char.IsLower);

        for (var start = 0; start < label.Length; start++)
        {
            var end = start;
            while (end < label.Length && char.IsLetterOrDigit(label[end]))
            {
                end++;
            }

            if (end - start is >= 2 and <= 7 && IsCapitals(label.AsSpan(start, end - start))
                && label[start..end] is var word && TextFolding.Tokens(word) is [var folded] && !Classifications.Contains(folded)
                && (!allCapitals || (word.Length <= 6 && WordIds.FoldedIdOf(folded) < 0 && !WordIds.FunctionWords.Contains(folded))))
            {
                return word;
            }

            start = end;
        }

        return null;

        static bool IsCapitals(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) || !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Acronyms of nomenclatures: their codes classify a job, a trade, a training, a place; they number no one's file.</summary>
    private static readonly HashSet<string> Classifications = TextFolding.Folded("rncp", "rome", "naf", "ape", "nace", "cpv", "nsf", "insee", "cim", "formacode");

    /// <summary>What a civility or a sex box says: « Madame », « Monsieur », « Mme », « Féminin », « Masculin », « Femme ».</summary>
    private static readonly HashSet<string> CivilValues = TextFolding.Folded("madame", "monsieur", "mme", "mlle", "mademoiselle", "féminin", "masculin", "homme", "femme");

    /// <summary>« étude d'impact », « étude environnementale », « bureau d'études », « études effectuées »: a study as a report
    /// or a project's work, when nothing of a schooling (a level, a field, a cycle, a person's) is named beside it; or null.</summary>
    private static string? StudyCommissioned(TokenText label)
    {
        var w = label.Folded;
        for (var i = 0; i < w.Count; i++)
        {
            // A level, a field, a cycle or whose studies they are, said beside the word, makes them a schooling.
            if (w[i] is not "etude" || Enumerable.Range(Math.Max(0, i - 3), Math.Min(w.Count, i + 4) - Math.Max(0, i - 3)).Any(k => Schooling.Contains(w[k])))
            {
                continue;
            }

            var after = i + 1 < w.Count ? (w[i + 1] is "d" or "de" && i + 2 < w.Count ? w[i + 2] : w[i + 1]) : null;
            var before = i >= 2 && w[i - 1] is "d" or "de" ? w[i - 2] : null;

            // « Étude hydropédologique », « l'étude géotechnique du sol »: one study, in the singular, qualified by what it
            // examines, is a report; the schooling is « études » or « en étude ».
            var singular = !label.Plain[i].EndsWith('s') && !label.Plain[i].EndsWith('S') && (i == 0 || w[i - 1] != "en")
                && i + 1 < w.Count && w[i + 1] is not ("|" or "ou" or "et") && !PhraseIndex<int>.Skippable.Contains(w[i + 1]);
            if (after is not null && StudyKinds.Contains(after) || before is not null && StudyBuyers.Contains(before) || singular)
            {
                return string.Join(' ', label.Plain.Skip(before is null ? i : i - 2).Take(3));
            }
        }

        return null;
    }

    /// <summary>What names a schooling beside « études »: its level, field, cycle, years, or whose it is.</summary>
    private static readonly HashSet<string> Schooling = TextFolding.Folded("niveau", "domaine", "cycle", "année", "poursuite", "poursuivre",
        "supérieures", "supérieur", "vos", "ses", "tes", "mes", "votre", "scolarité", "diplôme", "étudiant", "élève", "filière", "cursus");

    /// <summary>What follows a study a project commissions: its kind (« d'impact », « environnementale ») or its doing (« effectuées »).</summary>
    private static readonly HashSet<string> StudyKinds = TextFolding.Folded("impact", "incidence", "sol", "faisabilité", "marché", "danger",
        "dangers", "environnementale", "environnementales", "technique", "techniques", "préalable", "préalables", "géotechnique", "acoustique",
        "effectuée", "effectuées", "effectué", "effectués", "réalisée", "réalisées", "menée", "menées");

    /// <summary>What comes before « d'étude(s) » when it is work bought: « bureau d'études », « dépenses d'étude », « frais d'études ».</summary>
    private static readonly HashSet<string> StudyBuyers = TextFolding.Folded("bureau", "dépenses", "dépense", "frais", "coût", "coûts");

    /// <summary>The words that make an « acte » a deed (« acte notarié », « acte de cession »), when no civil event is named in
    /// the label; or null.</summary>
    private static string? DeedNamed(TokenText label)
    {
        var w = label.Folded;
        if (w.Any(CivilEvents.Contains))
        {
            return null;
        }

        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (w[i] is not "acte")
            {
                continue;
            }

            var next = w[i + 1] is "de" or "d" && i + 2 < w.Count ? w[i + 2] : w[i + 1];
            if (DeedWords.Contains(next) || w.Skip(i + 1).Take(4).Any(x => x is "notarie" or "authentique"))
            {
                return $"{label.Plain[i]} {string.Join(' ', label.Plain.Skip(i + 1).Take(next == w[i + 1] ? 1 : 2))}";
            }
        }

        return null;
    }

    private static readonly HashSet<string> CivilEvents = TextFolding.Folded("naissance", "mariage", "décès", "état", "civil", "reconnaissance",
        "pacs", "livret", "filiation", "divorce");

    private static readonly HashSet<string> DeedWords = TextFolding.Folded("propriété", "vente", "cession", "acquisition", "donation", "achat",
        "constatant", "notarié", "authentique", "sous", "partage", "prêt", "bail", "société", "constitution", "engagement");

    private static readonly string Make = TextFolding.Folded("marque").Single();

    private static readonly HashSet<string> VehicleWords = TextFolding.Folded("véhicule", "voiture", "automobile", "moto", "motocyclette",
        "cyclomoteur", "scooter", "camion", "remorque", "autocar", "bus", "taxi", "ambulance", "tracteur", "quad", "caravane", "fourgon",
        "utilitaire", "roulant", "roues", "immatriculation", "immatriculé", "immatriculée", "grise");

    /// <summary>What has a make that no vehicle register holds: a product, a device, a weapon.</summary>
    private static readonly HashSet<string> MadeThings = TextFolding.Folded("produit", "appareil", "arme", "matériel", "équipement",
        "isolant", "médicament", "dispositif", "jouet");

    /// <summary>« La représentation de la marque », « le dépôt de la marque », « à titre de marque », « marque déposée »,
    /// « marque collective »: « marque » as a trade mark, read beside the word; or null.</summary>
    private static string? TradeMarkAt(TokenText label)
    {
        var w = label.Folded;
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i] != Make)
            {
                continue;
            }

            var k = i - 1;
            while (k >= 0 && w[k] is "de" or "d" or "du" or "la" or "l" or "a")
            {
                k--;
            }

            if (k >= 0 && k < i - 1 && TradeMarkHeads.Contains(w[k]))
            {
                return label.Plain[k];
            }

            if (i + 1 < w.Count && TradeMarkKinds.Contains(w[i + 1]))
            {
                return label.Plain[i + 1];
            }
        }

        return null;
    }

    private static readonly HashSet<string> TradeMarkHeads = TextFolding.Folded("représentation", "dépôt", "enregistrement", "titre");

    private static readonly HashSet<string> TradeMarkKinds = TextFolding.Folded("déposée", "collective", "verbale", "figurative");

    /// <summary>False when the question asks a wish (« Souhaitez-vous être reçu(e) par : ») or about someone no role names
    /// (« Votre supérieur hiérarchique est : », « La personne décédée était : », « L'animal est : »).</summary>
    private static bool AsksThePerson(TokenText label) => !label.Folded.Any(w => NotThePerson.Contains(w) || w.StartsWith("souhait", StringComparison.Ordinal)
        || w.StartsWith("prefer", StringComparison.Ordinal));

    private static readonly HashSet<string> NotThePerson = TextFolding.Folded("reçu", "reçue", "recevoir", "supérieur", "supérieure", "responsable",
        "personne", "décédé", "décédée", "défunt", "défunte", "animal", "chien", "chat");

    /// <summary>Two choices or more, each a civility or a sex (« Un homme », « Mme », « F »), nothing else.</summary>
    private static bool CivilChoices(IReadOnlyList<string> options) => options.Count >= 2 && options.All(option =>
        TextFolding.Tokens(option) is var words && words.Count is 1 or 2
        && (words.Count == 1 || words[0] is "un" or "une") && (CivilValues.Contains(words[^1]) || words[^1] is "m" or "f" or "mr" or "h"));

    private static readonly string Renewal = TextFolding.Folded("renouvellement").Single();

    /// <summary>What may open a renewal's or a first request's box: « Pour le renouvellement… », « Du renouvellement… », « Demande de
    /// renouvellement », « Dossier pour une première demande ».</summary>
    private static readonly HashSet<string> BeforeRenewal = TextFolding.Folded("pour", "le", "du", "de", "d", "un", "une", "demande", "il", "s", "agit", "dossier");

    private static readonly HashSet<string> FirstWords = TextFolding.Folded("première", "1ère", "1re");

    /// <summary>Where the box names what it asks, after its opening words: « renouvellement », or the « demande » of
    /// « première demande »; -1 when it is neither.</summary>
    private static int RenewalOrFirstRequestAt(List<string> folded)
    {
        var k = 0;
        while (k < folded.Count && BeforeRenewal.Contains(folded[k]))
        {
            k++;
        }

        return k < folded.Count && folded[k] == Renewal ? k
            : k + 1 < folded.Count && FirstWords.Contains(folded[k]) && folded[k + 1] == "demande" ? k + 1
            : -1;
    }

    /// <summary>A public servant's career fact among the label's first three words (« Corps - Grade », « Date de nomination »), or null.</summary>
    private static string? CareerFactIn(TokenText label)
    {
        for (var i = 0; i < Math.Min(3, label.Count); i++)
        {
            if (CareerWords.Contains(label.Folded[i]))
            {
                return label.Plain[i];
            }
        }

        // « Date d'entrée dans la fonction publique »: a date of the career, not a statement about it.
        var civilService = label.Folded.IndexOf(CivilServiceWords[0]);
        return label.Head == "date" && civilService >= 0 && civilService + 1 < label.Count && label.Folded[civilService + 1] == CivilServiceWords[1] ? "fonction publique" : null;
    }

    private static readonly HashSet<string> CareerWords = TextFolding.Folded("corps", "grade", "échelon", "affectation", "nomination", "titularisation",
        "indice", "position");

    /// <summary>« fonction publique », as folded words.</summary>
    private static readonly string[] CivilServiceWords = [.. TextFolding.Tokens("fonction publique")];

    /// <summary>
    /// The asking administration is the person's employer: it names its staff (« Direction des personnels », « Action sociale
    /// des personnels », « DRH ») or the page a procedure only its own agents file (« Demande d'autorisation de cumul
    /// d'activités »).
    /// </summary>
    private static bool AsksItsOwnStaff(FieldReader.Texts texts)
    {
        if (texts.Administration is { } administration && TextFolding.Tokens(administration) is var body
            && (body.Contains("personnel") || body.Contains("drh")))
        {
            return true;
        }

        var page = texts.Page.Folded;
        var cumul = page.IndexOf("cumul");
        return cumul >= 0 && page.Skip(cumul + 1).Take(4).Any(w => w is "activite" or "activites");
    }

    /// <summary>Who a public employer's agent is called: « agent », « fonctionnaire ».</summary>
    private static readonly HashSet<string> AgentWords = TextFolding.Folded("agent", "fonctionnaire");
    /// <summary>« projet de statuts »: a label that opens on « projet(s) de » right before a cue of the catalogue; the words
    /// up to the end of that cue, or null.</summary>
    private string? DraftOf(TokenText label)
    {
        if (label.Count < 3 || label.Folded[0] is not ("projet" or "projets"))
        {
            return null;
        }

        var next = 1;
        while (next < label.Count && WordIds.FunctionWords.Contains(label.Folded[next]))
        {
            next++;
        }

        return next > 1 && _cues.At(label, next) is { } paper
            ? string.Join(' ', label.Plain.Take(paper.End))
            : null;
    }

    /// <summary>The subject's cue names a minor's parent or legal representative (« section « représentant légal » », « libellé
    /// « parent 2 » »), not a relative the person lives apart from (« vos parents » of a young adult, a spouse).</summary>
    /// <summary>The household's child or pupil (« Renseignements concernant l'élève », « Enfant »), not other children
    /// (« Identité des autres enfants du parent débiteur »).</summary>
    private static bool OfAChildAtHome(string? subjectCue, FieldReader.Texts texts)
    {
        if (subjectCue is null || !ChildWords.Any(c => subjectCue.EndsWith($"« {c} »", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var text in (ReadOnlySpan<TokenText>)[texts.Label, texts.Legend, texts.Section])
        {
            for (var k = 1; k < text.Count; k++)
            {
                if (text.Folded[k - 1] is "autre" or "autres" && FoldedChildWords.Contains(text.Folded[k]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly string[] ChildWords = ["enfant", "enfants", "élève", "élèves", "mineur", "mineure", "fils", "fille", "nourrisson", "nouveau-né", "bébé"];

    /// <summary>People in training whom a legal representative may be a parent of (an apprentice, a trainee, a young person).</summary>
    private static readonly HashSet<string> Trainees = TextFolding.Folded("apprenti", "apprentie", "stagiaire", "jeune");

    private static readonly HashSet<string> FoldedChildWords = TextFolding.Folded("enfant", "enfants", "élève", "élèves", "mineur", "mineure", "mineurs", "fils", "fille", "filles");

    private static readonly HashSet<string> HouseholdShapes = TextFolding.Folded("seul", "seule", "seuls", "seules", "couple", "couples", "isolé", "isolée", "isolés", "isolées");

    private static readonly HashSet<string> HouseholdShapeWords = TextFolding.Folded("homme", "femme", "personne", "avec", "sans", "enfant", "enfants", "en", "un", "une");

    /// <summary>A box made of a household's shape and nothing else: « Homme seul », « Couple avec enfants », « Personne isolée ».</summary>
    private static bool IsHouseholdShape(TokenText label)
    {
        var shape = false;
        foreach (var word in label.Folded)
        {
            if (HouseholdShapes.Contains(word))
            {
                shape = true;
            }
            else if (word != "|" && !HouseholdShapeWords.Contains(word))
            {
                return false;
            }
        }

        return shape;
    }

    /// <summary>What names a residence permit: « titre de séjour », « carte de résident ».</summary>
    private static readonly HashSet<string> StayWords = TextFolding.Folded("séjour", "résident", "résidente");

    private static readonly HashSet<string> PhonePlaces = TextFolding.Folded("domicile", "travail", "bureau", "maison", "personnel", "professionnel", "fixe");

    private static readonly HashSet<string> OrganisationKinds = TextFolding.Folded("association", "société", "entreprise", "structure", "établissement", "organisme");

    /// <summary>The kind of organisation a label is made of alone (« Association », « La société : »), folded; or null.</summary>
    private static string? BareOrganisationKind(TokenText label)
    {
        string? kind = null;
        foreach (var word in label.Folded)
        {
            if (word is "|" or "l" or "la" or "le" or "votre")
            {
                continue;
            }

            if (kind is not null || !OrganisationKinds.Contains(word))
            {
                return null;
            }

            kind = word;
        }

        return kind;
    }

    private static readonly HashSet<string> Secretaries = TextFolding.Folded("secrétaire", "secrétaires");

    /// <summary>« Secrétaire » in the label or its group (« Nom » under « Secrétaire »), or null.</summary>
    private static string? SecretaryIn(FieldReader.Texts texts) =>
        texts.Label.Has(Secretaries) || texts.Legend.Has(Secretaries) ? "secrétaire" : null;

    private static bool OfTheMinorsGuardian(string? subjectCue) =>
        subjectCue is not null && MinorsGuardians.Any(g => subjectCue.Contains($"« {g}", StringComparison.OrdinalIgnoreCase));

    private const string GenericDiplomaCue = "libellé « diplôme »";

    private static readonly HashSet<string> SchemeHeads = TextFolding.Folded("régime", "régimes", "caisse", "caisses", "organisme", "organismes");

    private static readonly HashSet<string> SchemeFields = TextFolding.Folded("retraite", "retraites", "sécurité", "maladie", "protection", "vieillesse");

    /// <summary>Heads under which a label asks the scheme itself: its name, where it is, which one.</summary>
    private static readonly HashSet<string> SchemeAskedBy = TextFolding.Folded("nom", "coordonnées", "adresse", "dénomination", "quel", "quelle", "lequel", "laquelle");

    /// <summary>« régime de retraite », « caisse de sécurité sociale », « organisme d'assurance maladie »: a scheme or fund named by
    /// what it insures (past « principal », « complémentaire », articles), as the words of the label; or null.</summary>
    private static string? SchemeNamed(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (!SchemeHeads.Contains(label.Folded[i]))
            {
                continue;
            }

            var k = i + 1;
            while (k < label.Count && label.Folded[k] is "de" or "d" or "du" or "la" or "l" or "principal" or "principale" or "complementaire" or "assurance" or "base")
            {
                k++;
            }

            if (k >= label.Count || k == i + 1 || !SchemeFields.Contains(label.Folded[k]))
            {
                continue;
            }

            // The scheme is what the label asks (its head, or its name or address asked), and no complementary health insurer.
            var head = label.HeadAt;
            var asked = head == i || (head >= 0 && head < i && SchemeAskedBy.Contains(label.Folded[head]));
            var mutual = label.Folded[k] == "maladie" && label.Folded.Skip(i).Take(k - i).Contains("complementaire");
            if (asked && !mutual)
            {
                return FieldReader.Words(label, i, k + 1);
            }
        }

        return null;
    }

    /// <summary>True when the label holds nothing but the cue a reason quotes (« libellé « cni » »), besides articles and
    /// possessives.</summary>
    private static bool OnlyTheCue(TokenText label, string why)
    {
        var open = why.IndexOf('«');
        var close = why.LastIndexOf('»');
        if (open < 0 || close <= open)
        {
            return false;
        }

        var cue = TextFolding.Tokens(why[(open + 1)..close].Trim());
        var words = label.Folded.Where(w => w != "|" && !Determiners.Contains(w)).ToList();
        return words.SequenceEqual(cue.Where(w => !Determiners.Contains(w)));
    }

    private static readonly string[] Kinship = ["lien de parenté", "lien familial", "liens de parenté", "liens familiaux", "degré de parenté", "lien de filiation"];

    /// <summary>Titles a trade or an activity holds (a heading that names one says which « titre » a page renews).</summary>
    private static readonly HashSet<string> TradeTitles = TextFolding.Folded("permis", "autorisation", "licence", "agrément", "habilitation", "accréditation");

    private static readonly HashSet<string> Determiners = TextFolding.Folded("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "votre", "vos", "mon", "ma", "mes",
        "ton", "ta", "tes", "son", "sa", "ses");

    /// <summary>Words that may come before the paper a label asks first: numbering, articles, quantifiers, possessives, a copy.</summary>
    private static readonly HashSet<string> BeforeThePaper = TextFolding.Folded("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "tout", "toute", "tous",
        "chacun", "chacune", "votre", "vos", "mon", "mes", "ton", "ta", "tes", "son", "sa", "ses", "leur", "leurs", "copie", "copies", "photocopie", "photocopies", "scan",
        "original", "originaux", "justificatif", "justificatifs", "dernier", "derniere", "certifiée", "certifiee", "conforme", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "1o", "2o", "3o", "4o", "5o");

    /// <summary>« Copie de tout diplôme », « 1° Les diplômes… », « DIPLOME du demandeur »: the diploma is the first thing the label
    /// names (D5), as a noun (not « Diplômé dans le secteur… », a question about the person), and by no name of its own: the
    /// catalogue lists the national diplomas by name, and one named otherwise (« Diplôme de secourisme PSC1 ») is not presumed
    /// public.</summary>
    private bool DiplomaFirst(TokenText label)
    {
        var k = 0;
        while (k < label.Count && BeforeThePaper.Contains(label.Folded[k]))
        {
            k++;
        }

        if (k >= label.Count || label.Folded[k] is not ("diplome" or "diplomes") || label.Plain[k].EndsWith('é') || label.Plain[k].EndsWith("ée", StringComparison.Ordinal)
            || label.Plain[k].EndsWith("és", StringComparison.Ordinal) || (k + 1 < label.Count && label.Folded[k + 1] is "dans" or "dan" or "en"))
        {
            return false;
        }

        if (k + 2 < label.Count && label.Folded[k + 1] is "de" or "du" or "d")
        {
            var named = k + 2;
            while (named < label.Count && label.Folded[named] is "l" or "la" or "le" or "votre" or "son" or "sa")
            {
                named++;
            }

            return named < label.Count && _reader.RoleAt(label, named);
        }

        return true;
    }

    private static readonly string[] MinorsGuardians = ["représentant légal", "représentante légale", "représentants légaux", "responsable légal",
        "responsable légale", "responsables légaux", "tuteur", "tutrice", "détenteur de l'autorité parentale", "détenteurs de l'autorité parentale",
        "titulaire de l'autorité parentale", "titulaires de l'autorité parentale", "représentant de l'autorité parentale", "parent 1", "parent 2",
        "parent de l'enfant", "parents de l'enfant", "autre parent", "second parent", "deuxième parent"];
}
