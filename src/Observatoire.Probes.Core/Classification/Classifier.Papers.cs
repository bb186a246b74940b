using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

// Readers of papers and records: consents, diplomas, keys, issuers, forms, cadastral references, registers, affiliations.
public sealed partial class Classifier
{
    /// <summary>A verb of consent in the label, conjugated (« consentez », « autorisez », « acceptons ») or first (« Autorise
    /// l'administrateur à… »; first, since « autorisé » folds alike and is a participle elsewhere); or null.</summary>
    private static string? ConsentIn(TokenText label)
    {
        if (label.Count > 0 && ConsentFirst.Contains(label.Folded[0]))
        {
            return label.Plain[0];
        }

        for (var i = 0; i < label.Count; i++)
        {
            if (ConsentForms.Contains(label.Folded[i]))
            {
                return label.Plain[i];
            }
        }

        return null;
    }

    /// <summary>First words of a box that agrees to something, or asks to be sent something (« Recevoir l'actualité
    /// mensuelle », « Recevoir mes avis par courrier »): a preference, no datum.</summary>
    private static readonly HashSet<string> ConsentFirst = Folded("autorise", "accepte", "consens", "recevoir");

    private static readonly HashSet<string> ConsentForms = Folded("consentez", "consentons", "consent", "autorisez", "autorisons", "acceptez", "acceptons");

    /// <summary>Status nouns that name a person (« l'étudiant », « le demandeur d'emploi », « l'allocataire »).</summary>
    internal static readonly HashSet<string> StatusPersons = Folded("étudiant", "étudiante", "élève", "lycéen", "lycéenne", "apprenti", "apprentie",
        "demandeur", "demandeuse", "allocataire", "bénéficiaire", "boursier", "boursière", "retraité", "retraitée");

    private static readonly string BirthWord = Folded("naissance").Single();

    /// <summary>True when a cue of a status is a person's name for it, after an article (« de l'étudiant »), not the status.</summary>
    private static bool NamesPersonByStatus(Hit h, TokenText label) =>
        h.Start > 0 && h.Start < label.Count && StatusPersons.Contains(label.Folded[h.Start]) && label.Folded[h.Start - 1] is "l" or "le" or "la" or "du" or "de"
        && (StatusItems.Contains(h.Item.Id) || h.Item.Id == "education.student");

    /// <summary>Words of a job held as an employee.</summary>
    private static readonly HashSet<string> EmployeeWords = Folded("salarié", "salariée", "salariés", "emploi", "contrat", "employeur");

    /// <summary>What happens to a title that is lost or stolen (« perdu », « volée », « égaré »).</summary>
    private static readonly HashSet<string> LossWords = Folded("perdu", "perdue", "volé", "volée", "égaré", "égarée", "détruit", "détruite");

    /// <summary>Nouns for a place.</summary>
    private static readonly HashSet<string> PlaceNouns = Folded("commune", "ville", "lieu", "pays", "département", "endroit", "localité", "adresse");

    /// <summary>The position of « où » right after a place at the label's head (« Commune où … »); else -1.</summary>
    private static int PlaceClauseAt(TokenText label)
    {
        var head = FieldReader.HeadIndex(label);
        return head >= 0 && head + 1 < label.Count && PlaceNouns.Contains(label.Folded[head]) && label.Plain[head + 1] == "où" ? head + 1 : -1;
    }

    /// <summary>After « Je certifie / atteste / déclare / reconnais être » at the label's head, the position of what one says
    /// one is; else -1.</summary>
    private static int StatedAt(TokenText label)
    {
        var head = label.Folded.FindIndex(w => w != "|");
        return head >= 0 && head + 2 < label.Count && label.Folded[head] == "je" && label.Folded[head + 1] is "certifie" or "atteste" or "declare" or "reconnai"
            && label.Folded[head + 2] == "etre" ? head + 3 : -1;
    }

    /// <summary>First words of a held diploma's phrase in the catalogue (« baccalauréat », « brevet des collèges », « diplôme d'État »,
    /// the national diplomas by their initials).</summary>
    private static readonly HashSet<string> DiplomaWords = Folded("baccalauréat", "bac", "brevet", "diplôme", "cap", "bep", "bts", "dut", "dnb", "bprea",
        "bpjeps", "dejeps", "desjeps", "bafa", "bafd", "bachelor", "licence", "deust", "daeu", "master", "doctorat", "docteur", "dcg", "dscg", "delf",
        "dalf", "dilf");

    /// <summary>What makes a diploma's detail no French record besides a foreign origin the reader finds: where it was taken,
    /// or an equivalence (D43).</summary>
    private static readonly HashSet<string> ForeignDiplomaWords = Folded("pays", "équivalence", "équivalent");

    /// <summary>« Demande d'agrément », « Demander un agrément »: the words at <paramref name="at"/> are what a request asks for.
    /// Not one said to have been made before (« Avez-vous déjà fait une demande de… », « précédente demande de… »), nor an act
    /// said obtained (« demande de renouvellement de l'agrément obtenu le »).</summary>
    internal static bool Requested(TokenText text, int at)
    {
        if (text.Folded.Skip(at + 1).Take(4).Any(ObtainedWords.Contains) || PastFiling(text) is not null)
        {
            return false;
        }

        var k = FieldReader.IndexBefore(text, at);
        if (k >= 0 && text.Folded[k] is "de" or "d")
        {
            k = FieldReader.IndexBefore(text, k);
        }

        return k >= 0 && text.Folded[k] is "demande" or "demander" or "obtenir" or "solliciter"
            && !text.Folded.Take(k).Any(w => w is "deja" or "precedente" or "derniere" or "ancienne");
    }

    /// <summary>Participles that say an act exists: obtained, granted, issued.</summary>
    private static readonly HashSet<string> ObtainedWords = Folded("obtenu", "obtenue", "accordé", "accordée", "délivré", "délivrée", "octroyé", "octroyée");

    /// <summary>The held diploma the label or a heading names, as its catalogue phrase; or null.</summary>
    private string? DiplomaNamedIn(FieldReader.Texts texts)
    {
        foreach (var text in new[] { texts.Label, texts.Legend, texts.Section })
        {
            if (CueOf("other.held", text, DiplomaWords) is { } found)
            {
                return found.Entry.Phrase;
            }
        }

        return null;
    }

    /// <summary>The first catalogue phrase of <paramref name="itemId"/> in <paramref name="text"/>, one whose first word is in
    /// <paramref name="firstWords"/> when given; or null.</summary>
    private PhraseIndex<Cue>.Found? CueOf(string itemId, TokenText text, HashSet<string>? firstWords = null)
    {
        foreach (var found in _cues.FindAll(text))
        {
            if (found.Entry.Value.Item.Id == itemId && (firstWords is null || firstWords.Contains(found.Entry.Tokens[0])))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Public bodies whose number the catalogue names as its own key item: those whose login asks a postal code,
    /// and the health insurance and the tax office.</summary>
    private static readonly (string[] Body, string KeyItem)[] BodyKeys =
    [
        .. PostalCodeKeys,
        (["securite", "sociale"], "social.nir"),
        (["assurance", "maladie"], "social.nir"),
        (["cpam"], "social.nir"),
        (["impot"], "tax.identifiers"),
        (["finance", "publique"], "tax.identifiers"),
    ];

    /// <summary>A label that is only an identifier's word (« Numéro », « Votre identifiant »).</summary>
    private static bool IsBareIdentifier(TokenText label) =>
        label.Head is { } head && FieldReader.IdentifierWords.Contains(head)
        && label.Folded.All(w => w == "|" || w == head || PhraseIndex<int>.Skippable.Contains(w) || FieldReader.Possessives.Contains(w));

    /// <summary>The key item of the body a heading names (« Votre CAF » → the allocataire number), or null.</summary>
    private DataItem? KeyOfBody(string heading)
    {
        var words = TextFolding.Tokens(heading);
        foreach (var (body, keyItem) in BodyKeys)
        {
            if (IndexOf(words, body) >= 0)
            {
                return Catalogue.Find(keyItem);
            }
        }

        return null;
    }

    /// <summary>The person's standing in a public body's files, that a number after it identifies.</summary>
    private static readonly HashSet<string> FileStandings = Folded("bénéficiaire", "adhérent", "affilié", "assuré", "cotisant", "ressortissant", "étranger", "usager");

    /// <summary>Papers the user fills in: a form, a CERFA, a request.</summary>
    private static readonly HashSet<string> FormWords = Folded("formulaire", "formulaires", "cerfa", "requete");

    /// <summary>
    /// Whether the label says a public body issued its form: the body's name right after the form's own (« formulaire S1 de
    /// la CPAM »: only a code and small words between), or an issuing participle and « par » shortly before the body
    /// (« formulaire A1 délivré par l'organisme de sécurité sociale ») with no other document named before it. A body named
    /// about something else (« requête contre l'arrêté délivré par la préfecture ») is not the form's issuer.
    /// </summary>
    private bool IssuedByPublicBody(TokenText label, int form)
    {
        if (_reader.PublicBodyAfter(label, form) is not { } body)
        {
            return false;
        }

        var between = Enumerable.Range(form + 1, body - form - 1).Where(i => !PhraseIndex<int>.Skippable.Contains(label.Folded[i])).ToList();
        if (between.All(i => label.Folded[i].Any(char.IsDigit) || label.Folded[i].Length <= 2))
        {
            return true;
        }

        for (var p = body - 1; p > form + 1 && p >= body - 5; p--)
        {
            if (label.Folded[p] == "par" && IssuingWords.Contains(label.Folded[p - 1]))
            {
                return !Enumerable.Range(form + 1, p - form - 2).Any(i => _reader.DocumentAt(label, i));
            }
        }

        return false;
    }

    private static readonly HashSet<string> IssuingWords = Folded("delivre", "delivree", "etabli", "etablie", "emis", "emise", "vise", "visee");

    /// <summary>
    /// Where the form a label asks for is named, when it is the first document the label names and the label says which in
    /// the same sentence (not a bare « le formulaire », nor « Formulaire (PDF) »): its position, or null.
    /// </summary>
    private int? UserForm(TokenText label)
    {
        var at = label.Folded.FindIndex(FormWords.Contains);
        if (at < 0 || _reader.FirstDocumentAt(label) is { } document && document < at)
        {
            return null;
        }

        for (var k = at + 1; k < label.Count && label.Folded[k] != "|"; k++)
        {
            if (!PhraseIndex<int>.Skippable.Contains(label.Folded[k]) && !FileFormats.Contains(label.Folded[k]))
            {
                return at;
            }
        }

        return null;
    }

    private static readonly HashSet<string> FileFormats = Folded("pdf", "jpg", "jpeg", "png", "doc", "docx", "odt", "mo", "ko", "format", "taille");

    private static readonly HashSet<string> ContentWords = Folded("comportant", "mentionnant", "indiquant", "précisant", "portant", "faisant", "figurant", "contenant");

    /// <summary>Participles that say what a paper states (« certifiant », « précisant »): what follows is its content. The words
    /// that describe a paper's content (<see cref="ContentWords"/>), and those that say what it proves or is about.</summary>
    /// <remarks>Set after <see cref="ContentWords"/>, which it takes in: static fields are set in order.</remarks>
    private static readonly HashSet<string> SayingWords = [.. ContentWords, .. Folded("certifiant", "attestant", "justifiant", "concernant", "relatif",
        "relative", "relatifs", "relatives", "prouvant", "déclarant")];

    private static readonly HashSet<string> Parcels = Folded("parcelle", "parcelles");

    private static readonly string Birth = TextFolding.Tokens("naissance")[0];

    /// <summary>Where a label starts to say what its document mentions (« comportant », « mentionnant », « indiquant »…).</summary>
    private static int? ContentDescribedFrom(TokenText label)
    {
        for (var i = 1; i < label.Count; i++)
        {
            if (ContentWords.Contains(label.Folded[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static string? BirthNamedIn(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Label, "libellé"), (texts.Legend, "groupe"), (texts.Section, "section") })
        {
            if (text.Folded.Contains(Birth))
            {
                return $"{where} « naissance »";
            }

            // « Commune où vous êtes né(e) », « Ville où est née votre fille »
            if (PlaceClauseAt(text) is var clause && clause >= 0 && text.Plain.Skip(clause).Any(w => w is "né" or "née" or "nés" or "nées"))
            {
                return $"{where} « où … né »";
            }
        }

        return null;
    }

    /// <summary>A word of the land register (« cadastre », « cadastrale »), or a parcel named with a number or a code.</summary>
    private static string? CadastralReference(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            var word = label.Folded[i];
            if (word.StartsWith("cadastr", StringComparison.Ordinal)
                || (Parcels.Contains(word) && label.Has(FieldReader.IdentifierWords)))
            {
                return label.Plain[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The organisation the cue names is the one that files: « votre structure », or a heading that is the organisation
    /// itself (a section « Employeur » over the company's fields); « l'entreprise signalée » in a label is someone else's.
    /// </summary>
    private static bool IsFilingOrganisation(string? cue) => cue is not null
        && (cue.Contains("« votre ", StringComparison.Ordinal) || cue.StartsWith("section", StringComparison.Ordinal) || cue.StartsWith("groupe", StringComparison.Ordinal)
            || cue.EndsWith(FieldReader.FilerMark, StringComparison.Ordinal));

    /// <summary>What a register says of an organisation, as the head of a label: its kind, legal form, creation, seat.</summary>
    private static string? RegisterFactOf(TokenText label)
    {
        var head = label.Head;
        return head switch
        {
            "type" or "categorie" or "forme" or "statut" or "nature" => "type ou forme juridique",
            "departement" or "region" or "siege" => "siège",
            _ when label.Folded.Contains("creation") && head is "date" or "annee" => "date de création",
            _ => null,
        };
    }

    /// <summary>What a person is affiliated to: a social-security scheme, a fund.</summary>
    private static readonly HashSet<string> SchemeWords = Folded("regime", "caisse");

    /// <summary>Words that may stand before the noun a question asks: « De quelle caisse ? », « Quel est votre régime ? ».</summary>
    private static readonly HashSet<string> QuestionWords = Folded("quel", "quelle", "quels", "quelles", "est", "sont", "de", "du", "votre", "vos", "a", "auprès");

    /// <summary>What qualifies a regime that is no social insurance scheme.</summary>
    private static readonly HashSet<string> OtherRegimes = Folded("scolaire", "alimentaire", "fiscal", "fiscale", "matrimonial", "juridique",
        "imposition", "tva", "horaire", "micro");

    /// <summary>The scheme or fund a label asks for, as its first noun (« Régime social », « De quelle caisse ? »), or null.</summary>
    private static string? AffiliationAsked(TokenText label)
    {
        for (var i = 0; i < label.Count && i < 5; i++)
        {
            if (SchemeWords.Contains(label.Folded[i]))
            {
                // « Régime scolaire », « régime fiscal », « régime matrimonial »: a regime of another field than social insurance.
                var next = label.Folded.Skip(i + 1).FirstOrDefault(w => w is not ("d" or "de" or "du"));
                return next is not null && OtherRegimes.Contains(next) ? null : label.Plain[i];
            }

            if (!QuestionWords.Contains(label.Folded[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Acts an administration performs for a person: it sets an appointment, takes a decision, receives a request,
    /// grants an aid, fixes a rate, enrols, writes.</summary>
    private static readonly HashSet<string> AdministrativeActs = Folded("rendez", "rdv", "convocation", "décision", "notification", "demande",
        "dossier", "aide", "subvention", "tarif", "inscription", "courrier", "accord", "attribution", "prestation", "allocation", "versement", "paiement",
        "déclaration", "candidature", "recours", "requête", "prime", "échéancier", "remise", "exonération", "dérogation", "réponse", "convention",
        "agrément", "habilitation", "labellisation", "proposition", "refus", "rejet", "renouvellement", "autorisation");

    /// <summary>Words that put an act in the past: it is then on the files, not being decided in this form (D28).</summary>
    private static readonly HashSet<string> PastMarkers = Folded("dernier", "dernière", "précédent", "précédente", "antérieur", "antérieure", "passé", "passée", "reçu", "reçue",
        "initial", "initiale");

    /// <summary>Words that name a proof as such, whatever paper serves as it: « justificatif », « preuve », « attestation ».</summary>
    private static readonly HashSet<string> ProofWords = Folded("justificatif", "preuve", "attestation");

    /// <summary>The group, section or hint that asks for a proof of address as such (« Justificatifs de domicile », « Exemple
    /// de justificatif de résidence recevable »), quoted for the reason. A paper the catalogue names as a proof (« Paiement des
    /// loyers », « quittance de loyer ») says what is asked beside it, not that any paper about the home is a proof.</summary>
    private string? ProofOfAddressAsked(FieldReader.Texts texts)
    {
        foreach (var (text, where) in new[] { (texts.Legend, "groupe"), (texts.Section, "section"), (texts.Hint, "aide") })
        {
            if (CueOf("address.proof", text, ProofWords) is { } found)
            {
                return $"{where} « {found.Entry.Phrase} »";
            }
        }

        return null;
    }
}
