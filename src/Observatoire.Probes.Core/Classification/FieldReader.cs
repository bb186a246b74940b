using Observatoire.Probes.Catalogue;

namespace Observatoire.Probes.Classification;

/// <summary>Reads subject, object, qualifier and issuer from a field's texts with the catalogue's reading lexicon.</summary>
internal sealed partial class FieldReader
{
    private enum Role
    {
        Applicant,
        Household,
        ThirdParty,
        Organisation,
    }

    private readonly PhraseIndex<Role> _roles = new();
    private readonly PhraseIndex<Qualifier> _qualifiers = new();
    private readonly PhraseIndex<Issuer> _issuers = new();
    private readonly PhraseIndex<bool> _documents = new();
    private readonly PhraseIndex<bool> _records = new();
    private readonly PhraseIndex<bool> _organisations = new();
    private readonly PhraseIndex<bool> _managers = new();
    private readonly HashSet<string> _issuerWords = new(StringComparer.Ordinal);

    /// <summary>The public issuer cues that name a kind of document, not a body (the catalogue's `public_documents`).</summary>
    private readonly HashSet<string> _issuedKinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _qualifying = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly PhraseIndex<bool> _schooling = new();
    private readonly PhraseIndex<bool> _schoolingLevels = new();
    private readonly PhraseIndex<bool> _careers = new();
    private readonly PhraseIndex<bool> _homePapers = new();
    private readonly PhraseIndex<bool> _careerKeepers = new();

    /// <summary>Articles before a word make it a noun: « les étrangers », « l'étranger accueilli » are people, not a place.</summary>
    private static readonly HashSet<string> Articles = ["l", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "cet", "ces", "chaque"];

    /// <summary>Nouns for people: after them « étranger » says who someone is (« ressortissants étrangers »), not where a paper is from.</summary>
    private static readonly HashSet<string> People =
        ["ressortissant", "personne", "citoyen", "etudiant", "eleve", "candidat", "demandeur", "travailleur", "resident", "conjoint", "epou", "enfant", "salarie", "mineur", "majeur"];

    /// <summary>First words of a label that ask for an identifier: « Numéro … », « Identifiant … », « Référence … ».</summary>
    internal static readonly HashSet<string> IdentifierWords = ["identifiant", "matricule", "numero", "reference", "code", "id", "immatriculation"];

    private static void AddAll<T>(PhraseIndex<T> index, IEnumerable<string> phrases, T value)
    {
        foreach (var p in phrases)
        {
            index.Add(p, value);
        }
    }

    public FieldReader(ReadingLexicon lexicon)
    {
        // Order matters where a word is in two lists: the first list added wins at the same position.
        AddAll(_roles, lexicon.Household, Role.Household);
        AddAll(_roles, lexicon.ThirdParties, Role.ThirdParty);
        AddAll(_roles, lexicon.Organisations, Role.Organisation);
        AddAll(_organisations, lexicon.Organisations, true);
        AddAll(_managers, lexicon.Managers, true);
        AddAll(_roles, lexicon.Applicant, Role.Applicant);

        // As the phrase index stores them: an exact-form mark (« !moi ») is not part of the phrase.
        _typist = [.. lexicon.Typist.Select(p => p.TrimStart('!'))];

        AddAll(_qualifiers, lexicon.Foreign, Qualifier.Foreign);
        AddAll(_qualifiers, lexicon.Countries, Qualifier.Foreign);
        foreach (var country in lexicon.Countries)
        {
            _countries.UnionWith(TextFolding.Tokens(country));
        }

        AddAll(_qualifiers, lexicon.AddressFacts, Qualifier.AddressFact);
        AddAll(_qualifiers, lexicon.OtherAddresses, Qualifier.OtherAddress);
        AddAll(_issuers, lexicon.PublicIssuers, Issuer.Public);

        foreach (var p in lexicon.PublicDocuments)
        {
            _issuers.Add(p, Issuer.Public);
            _issuedKinds.Add(p.Trim());
        }

        foreach (var p in lexicon.PrivateIssuers)
        {
            _issuers.Add(p, Issuer.Private);
            _issuerWords.UnionWith(TextFolding.Tokens(p));
        }

        foreach (var p in lexicon.Schooling)
        {
            _schooling.Add(p, true);
        }

        foreach (var p in lexicon.SchoolingLevels)
        {
            _schoolingLevels.Add(p, true);
        }

        foreach (var p in lexicon.Careers)
        {
            _careers.Add(p, true);
        }

        AddAll(_homePapers, lexicon.HomePapers, true);

        foreach (var p in lexicon.CareerKeepers)
        {
            _careerKeepers.Add(p, true);
        }

        foreach (var p in lexicon.Qualifying)
        {
            _qualifying.UnionWith(TextFolding.Tokens(p));
        }

        foreach (var p in lexicon.Documents)
        {
            _documents.Add(p, true);
        }

        foreach (var p in lexicon.Records)
        {
            _records.Add(p, true);
        }
    }

    /// <summary>The texts of a field, by where a person reads them.</summary>
    /// <param name="Name">The field's technical name in words (« dossier[mandataire_first_name] »: dossier mandataire first name).</param>
    internal sealed record Texts(TokenText Label, TokenText Hint, TokenText Legend, TokenText Section, TokenText Page, string? Input, string? Administration)
    {
        public TokenText Name { get; init; } = TokenText.Empty;

        /// <summary>Whom the procedure is for (the scenario's `public`), when it says.</summary>
        public string? Public { get; init; }

        /// <summary>A choice to make (select, radio, checkbox) or a label that ends with a question mark.</summary>
        public bool Closed { get; init; }

        /// <summary>The choices a select or a radio group offers, one after the other (empty when the walker saw none).</summary>
        public IReadOnlyList<string> Options { get; init; } = [];

        /// <summary>The label as the page writes it, capitals kept (the folded words lose them): an acronym is read there.</summary>
        public string? LabelAsWritten { get; init; }

        /// <summary>A cue of the catalogue that names an item, not only a kind of datum, stands in the label itself.</summary>
        public bool LabelNamesItem { get; init; }

        /// <summary>The fields of its group, when read in order (<see cref="Classifier.FieldsInOrder"/>).</summary>
        public Classifier.Group? Group { get; init; }

        /// <summary>Where the field stands in <see cref="Group"/>.</summary>
        public int GroupIndex { get; init; }
    }

    public FieldReading Read(Texts t)
    {
        var (subject, subjectCue, subjectWord) = SubjectOf(t);
        var (obj, objectCue) = ObjectOf(t);
        var (qualifier, qualifierCue) = QualifierOf(t, obj);
        var (issuer, issuerCue) = obj is ObjectKind.Document or ObjectKind.Key ? IssuerOf(t) : (Issuer.Unknown, null);
        return new FieldReading(subject, subjectCue, obj, objectCue, qualifier, qualifierCue, issuer, issuerCue, ContextOf(t))
        {
            ByTypist = subject == Subject.Applicant && (subjectWord is null || _typist.Contains(subjectWord)),
        };
    }

    /// <summary>Being a member of a fund or a scheme: « adhérent à », « affilié à », « rattaché à », « cotisant à ».</summary>
    private static readonly HashSet<string> MemberWords = TextFolding.Folded("adherent", "adherente", "affilie", "affiliee", "rattache", "rattachee", "cotisant", "cotisante");

    private static readonly HashSet<string> ToWords = TextFolding.Folded("à", "au", "aux", "auprès");

    /// <summary>A person's standing in a public body's files: « allocataire », « assuré », « ressortissant ».</summary>
    private static readonly HashSet<string> StandingWords = TextFolding.Folded("allocataire", "assuré", "assurée", "ressortissant", "ressortissante");

    /// <summary>The public body named at word <paramref name="from"/>, after « à », « de la »… if any; or null.</summary>
    private string? BodyRightAfter(TokenText label, int from)
    {
        var k = from;
        while (k < label.Count && (ToWords.Contains(label.Folded[k]) || label.Folded[k] is "de" or "du" or "des" or "d" or "la" or "le" or "l" or "les"))
        {
            k++;
        }

        return PublicIssuer(label, PublicName.Body, from: k) is { } body && body.Start == k ? body.Entry.Phrase : null;
    }

    /// <summary>
    /// « Êtes-vous adhérent à la Cipav ? », « Affilié à la MSA »: the public fund or body the label says the person belongs
    /// to (a pension fund, a public body named after the membership word), or null. An association's « adhérent » has no such body.
    /// </summary>
    public string? MembershipOf(TokenText label)
    {
        for (var i = 0; i + 1 < label.Count; i++)
        {
            // « Allocataire CAF », « Assuré de la MSA »: a standing in a public body's files followed by the body itself.
            if ((MemberWords.Contains(label.Folded[i]) || StandingWords.Contains(label.Folded[i])) && BodyRightAfter(label, i + 1) is { } body)
            {
                return body;
            }

            if (!MemberWords.Contains(label.Folded[i]) || !ToWords.Contains(label.Folded[i + 1]))
            {
                continue;
            }

            foreach (var keeper in _careerKeepers.FindAll(label))
            {
                if (keeper.Start > i)
                {
                    return keeper.Entry.Phrase;
                }
            }

            return PublicIssuer(label, PublicName.Body, from: i + 2)?.Entry.Phrase;
        }

        return null;
    }

    /// <summary>
    /// The person's working life asked by a pension fund (« Au cours de votre carrière, avez-vous été… ? » on a form of the
    /// Assurance retraite): where the label, its hint or its group names it, and the fund; or null.
    /// </summary>
    public string? CareerAskedByItsKeeper(Texts t)
    {
        if (t.Administration is not { Length: > 0 } administration || _careerKeepers.First(TokenText.Of(administration)) is not { } keeper)
        {
            return null;
        }

        // A career abroad (« Vos périodes d'activité à l'étranger ») is on a foreign fund's files.
        var texts = new[] { (t.Label, "libellé"), (t.Hint, "aide"), (t.Legend, "groupe") };
        if (texts.Any(x => _qualifiers.FindAll(x.Item1).Any(q => q.Entry.Value == Qualifier.Foreign)))
        {
            return null;
        }

        foreach (var (text, where) in texts)
        {
            if (_careers.First(text) is { } found)
            {
                return $"{where} « {found.Entry.Phrase} », administration « {keeper.Entry.Phrase} »";
            }
        }

        return null;
    }

    /// <summary>The first paper about the home a text names (<see cref="ReadingLexicon.HomePapers"/>), in its own words.</summary>
    internal string? HomePaperIn(TokenText text) => _homePapers.First(text) is { } found ? found.Entry.Phrase : null;

    private static readonly HashSet<string> StudentWords = TextFolding.Folded("eleve", "etudiant", "etudiante", "lyceen", "lyceenne", "collegien", "collegienne", "apprenti", "apprentie", "stagiaire");

    private static readonly HashSet<string> PlaceWords = TextFolding.Folded("ville", "commune", "adresse", "localite", "departement", "pays", "postal", "academie");

    /// <summary>
    /// A place named by what the person studies there (« Ville de formation », « Commune du lycée »): the word of studies
    /// that completes the place, or null.
    /// </summary>
    public string? PlaceOfStudies(TokenText label)
    {
        for (var i = 1; i + 1 < label.Count; i++)
        {
            if (!PlaceWords.Contains(label.Folded[i - 1]) || label.Folded[i] is not ("de" or "du" or "d" or "des"))
            {
                continue;
            }

            var k = i + 1;
            while (k < label.Count && PhraseIndex<int>.Skippable.Contains(label.Folded[k]))
            {
                k++;
            }

            // « Code postal de l'élève » is the pupil's home, not their school.
            if (k < label.Count && (_schooling.At(label, k) ?? _schoolingLevels.At(label, k)) is { } found && !StudentWords.Contains(label.Folded[k]))
            {
                return found.Entry.Phrase;
            }
        }

        return null;
    }

    /// <summary>Where a field's texts or its administration speak of studies (« Tes études », « Éducation nationale »), or null.</summary>
    public string? SchoolingIn(Texts t)
    {
        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Hint, "aide"), (t.Legend, "groupe"), (t.Section, "section"), (t.Page, "titre de page"), (TokenText.Of(t.Administration), "administration") })
        {
            if (_schooling.First(text) is { } found)
            {
                return $"{where} « {found.Entry.Phrase} »";
            }
        }

        return null;
    }

    /// <summary>
    /// Someone else the label names, read as a person even where a document's label would read them as its issuer
    /// (« la pièce d'identité de l'hébergeant »: the host's own papers), or null.
    /// </summary>
    public string? ThirdPartyNamedIn(TokenText label) => RoleIn(label, "libellé", header: false, input: null) is { Role: Role.ThirdParty } found ? found.Cue : null;

    /// <summary>Whether a person's role (the applicant's, a household member's, a third party's) starts at word <paramref name="i"/>.</summary>
    public bool RoleAt(TokenText text, int i) => _roles.At(text, i) is not null;

    /// <summary>The third party whose role starts at word <paramref name="i"/> (« … de l'hébergeant »), or null.</summary>
    public string? ThirdPartyAt(TokenText text, int i) => _roles.At(text, i) is { Entry.Value: Role.ThirdParty } found ? found.Entry.Phrase : null;

    /// <summary>Words that put studies in the present: prepared, followed, attended, enrolled in, one's situation now.</summary>
    private static readonly HashSet<string> UnderWay = TextFolding.Folded("préparé", "préparée", "préparez", "prépares", "préparation", "actuel",
        "actuelle", "actuellement", "fréquenté", "fréquentée", "fréquentez", "suivez", "suivie", "inscrit", "inscrite", "situation");

    /// <summary>School, as opposed to studies or training: a pupil is there this year.</summary>
    private static readonly HashSet<string> SchoolWords = TextFolding.Folded("scolarité", "scolaire", "scolarisé", "scolarisée", "classe");

    /// <summary>Diplomas: what studies lead to (« titre » also names a project or a permit, so it is not one).</summary>
    private static readonly HashSet<string> StudyTitles = TextFolding.Folded("diplôme", "certification", "master", "doctorat", "licence", "bts", "dut",
        "deust", "bachelor");

    /// <summary>
    /// The studies a text asks about and whether it says they are under way (« Diplôme en préparation », « Quel titre
    /// préparez-vous cette année ? », « Dans quel cursus êtes-vous inscrite ? »: a word within four of the course puts it in
    /// the present) or reached (« Niveau d'études », « Diplôme le plus élevé obtenu »: the person's account of their past,
    /// D10); null when it names no studies or does not say when.
    /// </summary>
    public (string Words, bool UnderWay)? StudiesIn(TokenText text)
    {
        int at = -1;
        string? studies = null;
        bool reached = false, level = false;
        for (var i = 0; i < text.Count; i++)
        {
            var word = text.Folded[i];
            reached |= word is "obtenu" or "obtenue" or "atteint" or "haut" || text.Plain[i] is "élevé" or "élevée";
            level |= word == "niveau";
            if (studies is null && (StudyTitles.Contains(word) ? text.Plain[i] : (_schooling.At(text, i) ?? _schoolingLevels.At(text, i))?.Entry.Phrase) is { } found)
            {
                (at, studies) = (i, found);
            }
        }

        if (studies is null)
        {
            return null;
        }

        for (var i = Math.Max(0, at - 4); i < Math.Min(text.Count, at + 5); i++)
        {
            var word = text.Folded[i];
            var now = UnderWay.Contains(word) ? text.Plain[i]
                : i + 1 < text.Count && (word, text.Folded[i + 1]) is ("en", "cour") or ("cette", "annee") ? $"{text.Plain[i]} {text.Plain[i + 1]}" : null;
            if (now is not null)
            {
                return ($"{studies} … {now}", true);
            }
        }

        // A pupil's level at school (« Niveau de scolarité ») is their class this year; a level of studies or training may be past.
        return reached || (level && !SchoolWords.Contains(text.Folded[at])) ? (studies, false) : null;
    }

    /// <summary>The class, level or course of studies a label names (« classe », « niveau d'études »), or null.</summary>
    public string? SchoolingLevelIn(TokenText label) => _schoolingLevels.First(label) is { Start: < 6 } found ? found.Entry.Phrase : null;

    /// <summary>The French public body a label names (« la Caf », « la préfecture ») and where, or null; a kind of document a
    /// body usually issues (« procès-verbal », « amende forfaitaire ») names no body.</summary>
    public PhraseIndex<Issuer>.Found? PublicBodyIn(TokenText label) => PublicIssuer(label, PublicName.Body, from: 0);

    /// <summary>A kind of document a public body issues (« récépissé », « arrêté ») named in the text, or null.</summary>
    public PhraseIndex<Issuer>.Found? PublicDocumentKindIn(TokenText text) => PublicIssuer(text, PublicName.DocumentKind, from: 0);

    /// <summary>A public body or a kind of document one issues (« fixé par délibération »), and where, or null.</summary>
    public PhraseIndex<Issuer>.Found? PublicIssuerIn(TokenText label) => PublicIssuer(label, PublicName.Either, from: 0);

    /// <summary>Where the first public body named after position <paramref name="from"/> starts, or null.</summary>
    public int? PublicBodyAfter(TokenText label, int from) => PublicIssuer(label, PublicName.Body, from: from + 1)?.Start;

    /// <summary>What of the public issuers' list a lookup wants: a body (« préfecture »), a kind of document one issues
    /// (« récépissé »), or either.</summary>
    private enum PublicName
    {
        Body,
        DocumentKind,
        Either,
    }

    private bool IsPublic(PhraseIndex<Issuer>.Found found, PublicName what) =>
        found.Entry.Value == Issuer.Public && what switch
        {
            PublicName.Body => !_issuedKinds.Contains(found.Entry.Phrase),
            PublicName.DocumentKind => _issuedKinds.Contains(found.Entry.Phrase),
            _ => true,
        };

    /// <summary>Acts whoever a possessive names made themselves: « votre décision », « notre délibération » are the possessor's
    /// (the person's, the filing association's), not a public body's; « votre récépissé » is still one received.</summary>
    private static readonly HashSet<string> ActsOfTheirMaker = ["decision", "deliberation"];

    /// <summary>True when the act found is its possessor's own (« votre décision », « notre délibération »).</summary>
    private static bool MadeByItsPossessor(TokenText text, PhraseIndex<Issuer>.Found found) =>
        ActsOfTheirMaker.Contains(found.Entry.Tokens[0]) && found.Start > 0 && Possessives.Contains(text.Folded[found.Start - 1]);

    /// <summary>
    /// « Décision attaquée », « Date de la décision », « décision de la CAF », « décision de justice »: a decision named by
    /// itself, or as a public body's, is that body's act. Not one another author took (« décision de l'employeur », « de
    /// l'associé unique », « du conseil d'administration »), nor one the person took or wishes (« vous avez pris la décision »,
    /// « Date de décision souhaitée »).
    /// </summary>
    /// <remarks>For a <paramref name="paper"/> asked a decision is a public body's unless another author is named; for a datum
    /// about it (a date), only when nothing or a public body completes it.</remarks>
    private bool ActOfAPublicBody(TokenText text, PhraseIndex<Issuer>.Found found, bool paper)
    {
        if (found.Entry.Tokens is not [var word] || word != DecisionWord)
        {
            return true;
        }

        if (WordBefore(text, found.Start) is "pris" or "prise" or "prendre")
        {
            return false;
        }

        var k = found.End;
        if (k >= text.Count || text.Folded[k] == "|")
        {
            return true;
        }

        if (DecisionQualifiers.Contains(text.Folded[k]))
        {
            return true;
        }

        if (text.Folded[k] is not ("de" or "du" or "des" or "d"))
        {
            return paper && !WishWords.Contains(text.Folded[k]);
        }

        while (k < text.Count && text.Folded[k] is "de" or "du" or "des" or "d" or "l" or "la" or "le" or "les")
        {
            k++;
        }

        if (k >= text.Count)
        {
            return true;
        }

        if (text.Folded[k] == Justice || DecisionQualifiers.Contains(text.Folded[k]) || _issuers.At(text, k) is { Entry.Value: Issuer.Public })
        {
            return true;
        }

        return paper && _issuers.At(text, k) is not { Entry.Value: Issuer.Private } && _organisations.At(text, k) is null && !Authors.Contains(text.Folded[k]);
    }

    private static readonly string DecisionWord = TextFolding.Folded("décision").Single();

    /// <summary>Who decides in a company or an association, and what only they decide.</summary>
    private static readonly HashSet<string> Authors = TextFolding.Folded("associé", "associés", "gérant", "gérance", "président", "bureau", "conseil",
        "assemblée", "dirigeant", "dirigeants", "actionnaires", "licenciement", "dissolution");

    /// <summary>« souhaitée », « envisagée »: a decision or a posting wished for is none yet.</summary>
    internal static readonly HashSet<string> WishWords = TextFolding.Folded("souhaité", "souhaitée", "souhaités", "souhaitées", "envisagé", "envisagée",
        "prévue", "attendue", "demandé", "demandée", "voulu", "voulue", "désiré", "désirée", "sollicité", "sollicitée", "vœu", "voeu", "vœux", "voeux");

    private static readonly string Justice = TextFolding.Folded("justice").Single();

    /// <summary>What says a decision is a public act: attacked, contested, administrative or judicial, taken case by case; a
    /// grant, a refusal, a withdrawal, a placement (« décision d'attribution », « de refus », « de mise en disponibilité »).</summary>
    private static readonly HashSet<string> DecisionQualifiers = TextFolding.Folded("attaquée", "contestée", "administrative", "judiciaire", "cas",
        "initiale", "rendue", "notifiée", "prononcée", "attribution", "octroi", "refus", "rejet", "retrait", "suspension", "placement", "mise",
        "orientation", "admission", "accord");

    /// <summary>A public body or act named where it issued nothing the field asks: the possessor's own act, the law a paper
    /// follows, another author's decision.</summary>
    private bool IssuesNothingHere(TokenText text, PhraseIndex<Issuer>.Found found, bool paper) =>
        MadeByItsPossessor(text, found) || CitedAsRule(text, found.Start) || !ActOfAPublicBody(text, found, paper) || SaidAsAVerb(text, found)
        || NamedInAnotherSense(text, found);

    /// <summary>« As-tu arrêté le sport ? », « Avez-vous arrêté… », « j'ai arrêté »: after an auxiliary, a kind of paper spelt like a
    /// past participle is the verb. Not « à » (folded like « a »), which introduces a paper.</summary>
    private bool SaidAsAVerb(TokenText text, PhraseIndex<Issuer>.Found found)
    {
        var i = found.Start;
        if (!_issuedKinds.Contains(found.Entry.Phrase) || i == 0)
        {
            return false;
        }

        var before = text.Folded[i - 1];
        return Auxiliaries.Contains(before) && before != Has
            || (SubjectPronouns.Contains(before) && i >= 2 && Auxiliaries.Contains(text.Folded[i - 2]));
    }

    /// <summary>The perfect's auxiliaries (folded), with « as » and « a » of the inverted question (« As-tu », « A-t-il »).</summary>
    private static readonly HashSet<string> Auxiliaries = [.. Classifier.PerfectAuxiliaries, .. TextFolding.Folded("as", "a")];

    /// <summary>« a » as folded, which is also « à ».</summary>
    private static readonly string Has = TextFolding.Tokens("a")[0];

    private static readonly HashSet<string> SubjectPronouns = TextFolding.Folded("tu", "vous", "il", "elle", "on", "nous");

    private PhraseIndex<Issuer>.Found? PublicIssuer(TokenText text, PublicName what, int from)
    {
        foreach (var found in _issuers.FindAll(text))
        {
            if (found.Start >= from && IsPublic(found, what) && !IssuesNothingHere(text, found, paper: false) && !CommonTo(text, found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>« Pièces communes à toutes les situations », « vie commune », « parties communes »: « commun » after a noun it
    /// qualifies is an adjective (shared), no municipality (« la commune », « votre commune », « Ville ou commune »).</summary>
    private static bool CommonTo(TokenText text, PhraseIndex<Issuer>.Found found) =>
        found.Entry.Tokens is ["commune"] && found.Start > 0 && text.Folded[found.Start - 1] is not ("ou" or "et") && Qualifies(text, found.Start);

    /// <summary>The first private party a label names as one that gives or issues (« bancaire », « employeur »), or null.</summary>
    public string? PrivatePartyIn(TokenText label) => _issuers.First(label) is { Entry.Value: Issuer.Private } found ? found.Entry.Phrase : null;

    /// <summary>True when a document's name (« arrêté », « décision », « attestation »…) starts at position <paramref name="at"/>.</summary>
    public bool DocumentAt(TokenText label, int at) => _documents.At(label, at) is not null;

    /// <summary>Where the first document the label names starts, or null.</summary>
    public int? FirstDocumentAt(TokenText label) => _documents.First(label)?.Start;

    /// <summary>True when the label names a document (« pièce », « justificatif », « copie »…) anywhere in it.</summary>
    public bool NamesDocument(TokenText label) => FirstDocumentAt(label) is not null;

    /// <summary>True when the label names a record an administration keeps (a contract, a dossier, a permit…).</summary>
    public bool NamesRecord(TokenText label) => _records.First(label) is not null;

    /// <summary>The manager role a field's label or group names (« Représentant légal », « Président »), or null.</summary>
    public string? ManagerIn(Texts t) =>
        new[] { t.Label, t.Legend, t.Section }.Select(x => _managers.First(x)).FirstOrDefault(f => f is not null)?.Entry.Phrase;

    /// <summary>The manager role the label itself names (« Nom du gérant »), or null.</summary>
    public string? ManagerNamedIn(TokenText label) => _managers.First(label)?.Entry.Phrase;

    /// <summary>True when a manager role starts at word <paramref name="i"/> of the text.</summary>
    public bool ManagerAt(TokenText text, int i) => _managers.At(text, i) is not null;

    /// <summary>True when an organisation's noun starts at word <paramref name="i"/> (« association », « société »).</summary>
    public bool OrganisationAt(TokenText text, int i) => _organisations.At(text, i) is not null;

    /// <summary>True when the label names the organisation itself (« Nom de la structure », « Adresse de votre entreprise »).</summary>
    public bool NamesOrganisation(TokenText label) => _organisations.First(label) is not null;

    /// <summary>« Nom usuel de l'établissement qui permet de… »: a text that says whose name it is, an organisation's, within
    /// the few words after « nom ».</summary>
    public bool NamesOrganisationsName(TokenText text)
    {
        var name = text.Folded.IndexOf("nom");
        for (var k = name + 1; name >= 0 && k < Math.Min(text.Count, name + 5); k++)
        {
            if (text.Folded[k - 1] is "de" or "du" or "d" or "l" or "la" && _organisations.At(text, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« de l'entreprise », « par un organisme »: an organisation the label names after an article, as one among
    /// others, not a bare « Raison sociale » that asks the filer's own. A label written without articles names it right after
    /// what it asks of it (« Nom établissement hospitalier », « Adresse employeur »).</summary>
    public bool NamesOrganisationWithArticle(TokenText label) => _organisations.FindAll(label).Any(f =>
        Articles.Contains(f.Entry.Tokens[0]) || (f.Start > 0 && Articles.Contains(label.Folded[f.Start - 1]))
        || (f.Start > 0 && f.Start == label.HeadAt + 1 && TelegraphicHeads.Contains(label.Folded[label.HeadAt])));

    /// <summary>« Entreprise », « Établissement d'accueil », « Organisme »: a label that is an organisation's kind, no possessive before
    /// it, names one organisation among others (on a person's procedure, not theirs); a bare « Raison sociale » or « Dénomination »
    /// asks the filer's own and is no kind.</summary>
    public bool IsOrganisationNoun(TokenText label) => label.HeadAt is var head and >= 0 && OrganisationKinds.Contains(label.Folded[head])
        && _organisations.At(label, head) is not null;

    private static readonly HashSet<string> OrganisationKinds = TextFolding.Folded("entreprise", "société", "organisme", "établissement", "structure",
        "association", "collectivité", "cabinet", "commerce", "exploitation", "opérateur");

    /// <summary>What a label written without articles asks of someone it then names: a name, an address, a way to reach them.</summary>
    private static readonly HashSet<string> TelegraphicHeads = TextFolding.Folded("nom", "dénomination", "adresse", "coordonnées", "téléphone", "ville", "commune");

    /// <summary>A heading that gives an organisation to the person: a possessive, in any person, before an organisation or
    /// what describes them (« Vos coordonnées », « Mon entreprise », « Votre activité »); not a page title that only speaks
    /// to them (« Déposer votre demande »).
    /// A heading of personal data (« Données personnelles ») gives what it holds to the person as well.</summary>
    public bool HeadingGivesOrganisationToPerson(Texts t) => new[] { t.Legend, t.Section, t.Page }.Any(h => GivesOrganisationToPerson(h)
        || h.Folded.Where((w, i) => PersonalWords.Contains(w) && i > 0 && SelfWords.Contains(h.Folded[i - 1])).Any());

    /// <summary>True when the legend, the section or the page title names an organisation.</summary>
    public bool HeadingNamesOrganisation(Texts t) => NamesOrganisation(t.Legend) || NamesOrganisation(t.Section) || NamesOrganisation(t.Page);

    /// <summary>A possessive before an organisation or what describes one (« Nom de votre structure », « Vos coordonnées »).</summary>
    public bool GivesOrganisationToPerson(TokenText text) =>
        text.Folded.Where((w, i) => Possessives.Contains(w) && i + 1 < text.Count && (SelfWords.Contains(text.Folded[i + 1]) || _organisations.At(text, i + 1) is not null)).Any();

    private static readonly HashSet<string> SelfWords = TextFolding.Folded("coordonnées", "identité", "informations", "activité", "données");
    private static readonly HashSet<string> PersonalWords = TextFolding.Folded("personnelles", "personnels", "personnelle");
}
