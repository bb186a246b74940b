using System.Text;
using Observatoire.Probes.Catalogue;

namespace Observatoire.Probes.Classification;

/// <summary>Whose data a field asks (rule 1 of the hard cases).</summary>
public enum Subject
{
    /// <summary>The person the procedure is for (the default).</summary>
    Applicant,
    /// <summary>Their spouse, children, dependants: held like theirs.</summary>
    Household,
    /// <summary>Someone else: an employer, a landlord, a helper, a guarantor, a doctor… Not held.</summary>
    ThirdParty,
    /// <summary>The organisation that files: its register holds its name and address.</summary>
    Organisation,
}

/// <summary>What kind of thing the field asks.</summary>
public enum ObjectKind
{
    Datum,
    Document,
    Key,
}

/// <summary>What the wording says about the datum beside its topic (rule 3, rule 5).</summary>
public enum Qualifier
{
    None,
    /// <summary>Not the applicant's current home: another address, a place.</summary>
    OtherAddress,
    /// <summary>A fact or a date about the home (arrival date, surface, tenant or owner).</summary>
    AddressFact,
    /// <summary>From abroad: foreign bodies hold nothing here.</summary>
    Foreign,
}

/// <summary>Who issued the document a field asks for (rule 5).</summary>
public enum Issuer
{
    Unknown,
    Public,
    Private,
}

/// <summary>
/// The structured reading of a field, decided separately from its topic: the subject, the object, the qualifier, the
/// issuer, and the context they were read in; each with the cue behind it, so a reviewer sees why.
/// </summary>
public sealed record FieldReading(
    Subject Subject,
    string? SubjectCue,
    ObjectKind Asks,
    string? ObjectCue,
    Qualifier Qualifier,
    string? QualifierCue,
    Issuer Issuer,
    string? IssuerCue,
    string? Context)
{
    public static readonly FieldReading Default = new(Subject.Applicant, null, ObjectKind.Datum, null, Qualifier.None, null, Issuer.Unknown, null, null) { ByTypist = true };

    /// <summary>True when the field is about the person typing the form: no one is named, or only « vous », « je », « Vos
    /// coordonnées » (on a structure's procedure, their professional data), not someone the procedure is about.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ByTypist { get; init; }

    /// <summary>The reading in French, as the evidence shows it: « sujet : tiers (libellé « garant ») ; objet : pièce… ».</summary>
    public string Describe() => Describe(new System.Text.StringBuilder()).ToString();

    internal System.Text.StringBuilder Describe(System.Text.StringBuilder text)
    {
        text.Append("sujet : ").Append(Subject switch
        {
            Subject.Household => "foyer",
            Subject.ThirdParty => "tiers",
            Subject.Organisation => "organisation",
            _ => "demandeur",
        });
        Cue(text, SubjectCue).Append(" ; objet : ").Append(Asks switch
        {
            ObjectKind.Document => "pièce",
            ObjectKind.Key => "identifiant",
            _ => "donnée",
        });
        Cue(text, ObjectCue);
        if (Qualifier != Qualifier.None)
        {
            text.Append(" ; qualificatif : ").Append(Qualifier switch
            {
                Qualifier.OtherAddress => "autre adresse ou lieu",
                Qualifier.AddressFact => "fait sur le logement",
                _ => "étranger",
            });
            Cue(text, QualifierCue);
        }

        if (Issuer != Issuer.Unknown)
        {
            text.Append(" ; émetteur : ").Append(Issuer == Issuer.Public ? "organisme public" : "partie privée");
            Cue(text, IssuerCue);
        }

        if (Context is not null)
        {
            text.Append(" ; contexte : ").Append(Context);
        }

        return text;
    }

    private static System.Text.StringBuilder Cue(System.Text.StringBuilder text, string? cue) => cue is null ? text : text.Append(" (").Append(cue).Append(')');

}

/// <summary>Reads subject, object, qualifier and issuer from a field's texts with the catalogue's reading lexicon.</summary>
internal sealed class FieldReader
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
    private readonly PhraseIndex<bool> _schooling = new();
    private readonly PhraseIndex<bool> _schoolingLevels = new();
    private readonly PhraseIndex<bool> _careers = new();
    private readonly PhraseIndex<bool> _careerKeepers = new();

    /// <summary>Articles before a word make it a noun: « les étrangers », « l'étranger accueilli » are people, not a place.</summary>
    private static readonly HashSet<string> Articles = ["l", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "cet", "ces", "chaque"];

    /// <summary>Nouns for people: after them « étranger » says who someone is (« ressortissants étrangers »), not where a paper is from.</summary>
    private static readonly HashSet<string> People =
        ["ressortissant", "personne", "citoyen", "etudiant", "eleve", "candidat", "demandeur", "travailleur", "resident", "conjoint", "epou", "enfant", "salarie", "mineur", "majeur"];

    /// <summary>First words of a label that ask for an identifier: « Numéro … », « Identifiant … », « Référence … ».</summary>
    internal static readonly HashSet<string> IdentifierWords = ["identifiant", "matricule", "numero", "reference", "code", "id", "immatriculation"];

    public FieldReader(ReadingLexicon lexicon)
    {
        // Order matters where a word is in two lists: the first list added wins at the same position.
        foreach (var p in lexicon.Household)
        {
            _roles.Add(p, Role.Household);
        }

        foreach (var p in lexicon.ThirdParties)
        {
            _roles.Add(p, Role.ThirdParty);
        }

        foreach (var p in lexicon.Organisations)
        {
            _roles.Add(p, Role.Organisation);
            _organisations.Add(p, true);
        }

        foreach (var p in lexicon.Managers)
        {
            _managers.Add(p, true);
        }

        foreach (var p in lexicon.Applicant)
        {
            _roles.Add(p, Role.Applicant);
        }

        // As the phrase index stores them: an exact-form mark (« !moi ») is not part of the phrase.
        _typist = [.. lexicon.Typist.Select(p => p.TrimStart('!'))];

        foreach (var p in lexicon.Foreign)
        {
            _qualifiers.Add(p, Qualifier.Foreign);
        }

        foreach (var p in lexicon.AddressFacts)
        {
            _qualifiers.Add(p, Qualifier.AddressFact);
        }

        foreach (var p in lexicon.OtherAddresses)
        {
            _qualifiers.Add(p, Qualifier.OtherAddress);
        }

        foreach (var p in lexicon.PublicIssuers)
        {
            _issuers.Add(p, Issuer.Public);
        }

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

    /// <summary>The third party whose role starts at word <paramref name="i"/> (« … de l'hébergeant »), or null.</summary>
    public string? ThirdPartyAt(TokenText text, int i) => _roles.At(text, i) is { Entry.Value: Role.ThirdParty } found ? found.Entry.Phrase : null;

    /// <summary>Words that put studies in the present: prepared, followed, attended, enrolled in, one's situation now.</summary>
    private static readonly HashSet<string> UnderWay = TextFolding.Folded("préparé", "préparée", "préparez", "prépares", "préparation", "actuel",
        "actuelle", "actuellement", "fréquenté", "fréquentée", "fréquentez", "suivez", "suivie", "inscrit", "inscrite", "situation");

    /// <summary>School, as opposed to studies or training: a pupil is there this year.</summary>
    private static readonly HashSet<string> SchoolWords = TextFolding.Folded("scolarité", "scolaire", "scolarisé", "scolarisée", "classe");

    /// <summary>Diplomas: what studies lead to (« titre » also names a project or a permit, so it is not one).</summary>
    private static readonly HashSet<string> StudyTitles = TextFolding.Folded("diplôme", "certification");

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
    public string? PublicDocumentKindIn(TokenText text) => PublicIssuer(text, PublicName.DocumentKind, from: 0)?.Entry.Phrase;

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

    private PhraseIndex<Issuer>.Found? PublicIssuer(TokenText text, PublicName what, int from)
    {
        foreach (var found in _issuers.FindAll(text))
        {
            if (found.Start >= from && IsPublic(found, what) && !MadeByItsPossessor(text, found))
            {
                return found;
            }
        }

        return null;
    }

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

    /// <summary>True when the label names the organisation itself (« Nom de la structure », « Adresse de votre entreprise »).</summary>
    public bool NamesOrganisation(TokenText label) => _organisations.First(label) is not null;

    /// <summary>« de l'entreprise », « par un organisme »: an organisation the label names after an article, as one among
    /// others, not a bare « Raison sociale » that asks the filer's own.</summary>
    public bool NamesOrganisationWithArticle(TokenText label) => _organisations.FindAll(label).Any(f =>
        Articles.Contains(f.Entry.Tokens[0]) || (f.Start > 0 && Articles.Contains(label.Folded[f.Start - 1])));

    /// <summary>A heading that gives an organisation to the person: a possessive, in any person, before an organisation or
    /// what describes them (« Vos coordonnées », « Mon entreprise », « Votre activité »); not a page title that only speaks
    /// to them (« Déposer votre demande »).</summary>
    public bool HeadingGivesOrganisationToPerson(Texts t) => new[] { t.Legend, t.Section, t.Page }.Any(h =>
        h.Folded.Where((w, i) => Possessives.Contains(w) && i + 1 < h.Count && (SelfWords.Contains(h.Folded[i + 1]) || _organisations.At(h, i + 1) is not null)).Any());

    private static readonly HashSet<string> SelfWords = TextFolding.Folded("coordonnées", "identité", "informations", "activité");

    private (Subject Subject, string? Cue, string? Word) SubjectOf(Texts t)
    {
        // The label says it best (« Nom de votre employeur »); for an upload, its hint too; then the group, the section, the page.
        var label = RoleIn(t.Label, "libellé", header: false, t.Input);
        if (label is null && t.Input == "file")
        {
            label = RoleIn(t.Hint, "aide", header: false, t.Input);
        }

        // A developer's name for the field says whose it is when the label does not (« Prénom » named mandataire_first_name),
        // more precisely than a section heading shared by several people's fields.
        // A label that speaks to the person (« Quelle est votre date de naissance ? ») is theirs, whatever the developer named it.
        var named = false;
        if (label is null && !t.Label.Folded.Any(w => w == You || w is "votre" or "vos" or "je" or "mon" or "ma" or "me" or "tu" or "ton" or "ta" or "te"))
        {
            label = RoleIn(t.Name, "nom technique", header: false, t.Input);
            named = label is not null;
        }

        var (header, headerText) = RoleIn(t.Legend, "groupe", header: true, t.Input) is { } inLegend ? (inLegend, t.Legend)
            : RoleIn(t.Section, "section", header: true, t.Input) is { } inSection ? (inSection, t.Section)
            : (RoleIn(t.Page, "titre de page", header: true, t.Input), t.Page);

        // « L'hébergeant (vous) », « Vous, le proche aidant »: a heading that names a role and says it is the person asking
        // puts the role on them (rule 1: when the applicant is the host or the owner, the usual item applies), also for a label
        // that names the same role (« Nom de l'hébergeant »).
        var you = header is { Role: Role.ThirdParty } h1 && YouInApposition(headerText, TextFolding.Tokens(h1.Word).FirstOrDefault() ?? "") ? h1 : (RoleFound?)null;
        if (you is { } role && (label is null || label is { Role: Role.ThirdParty } l1 && l1.Word == role.Word))
        {
            return (Subject.Applicant, $"{role.Cue} : « vous »", "vous");
        }

        // « Dénomination » under « Vous êtes une personne morale »: the organisation that files, not someone else's; under « Vous
        // êtes mandataire » an organisation is the agent's, who files for another (rule 1).
        if (you is { } filer && !FilesForAnother(filer.Word) && label is { Role: Role.Organisation } own)
        {
            return Of(own);
        }

        // « Nom et prénom du gérant » under « Représentant légal »: a manager the label names makes the heading's legal
        // representative an organisation's (D7), not a minor's parent (D27).
        if (label is null && header is { Role: Role.Household } && _managers.First(headerText) is not null
            && ManagerNamedIn(t.Label) is { } managerWord && !managerWord.StartsWith("représentant", StringComparison.Ordinal))
        {
            return (Subject.Organisation, $"libellé « {managerWord} »", managerWord);
        }

        // A developer's name that only says « an organisation » (personne_morale, structure) under a heading that names
        // one (« Informations de la société ») is the heading's: the heading says which. Not a host (« Entreprise d'accueil »).
        if (named && label is { Role: Role.Organisation } or { AlsoOrganisation: true } && header is { Role: Role.Organisation })
        {
            return Of(header.Value);
        }

        // An organisation named without « votre » on a page about someone else's (« Nom de l'organisme » under « Coordonnées du
        // bailleur ») is theirs.
        if (label is { Role: Role.Organisation, Own: false } && header is { Role: Role.ThirdParty })
        {
            return Of(header.Value);
        }

        // A role that is also an organisation (« employeur ») under a heading that is the filing organisation itself
        // (« Employeur », « Votre entreprise ») is that organisation, not someone else (rule 1: the company files).
        if (label is { Role: Role.ThirdParty, AlsoOrganisation: true } && header is { Role: Role.Organisation } h0
            && (h0.Own || h0.Cue.EndsWith($"« {label.Value.Word} »", StringComparison.Ordinal)))
        {
            return Of(h0);
        }

        return label is { } l ? Of(l) : header is { } h ? Of(h) : (Subject.Applicant, null, null);
    }

    /// <summary>A role that files for someone else (« mandataire », « représentant », « tiers déclarant »): its organisation is
    /// the agent's, whose professional data is not held (rule 1).</summary>
    private static bool FilesForAnother(string role) =>
        TextFolding.Tokens(role) is [var first, ..] && first is "mandataire" or "mandate" or "representant" or "intermediaire" or "tier";

    private readonly record struct RoleFound(Role Role, string Cue, bool Own, bool AlsoOrganisation = false, string Word = "");

    /// <summary>True when the word at <paramref name="start"/> follows « par » (an article between): who made a document.</summary>
    private static bool MadeBy(TokenText text, int start) => WordBefore(text, start) == "par";

    /// <summary>« Certificat de vie commune délivré par la mairie »: the label says a public body made the document, the first
    /// « par » naming it (« commune » in « vie commune » is no issuer; in « traduit par un traducteur agréé par la cour
    /// d'appel » the maker is the translator).</summary>
    private bool MadeByPublicBody(TokenText label)
    {
        var by = label.Folded.IndexOf("par");
        for (var body = PublicBodyIn(label); by >= 0 && body is { } b; body = PublicIssuer(label, PublicName.Body, from: b.Start + 1))
        {
            if (MadeBy(label, b.Start))
            {
                return IndexBefore(label, b.Start) == by;
            }
        }

        return false;
    }

    /// <summary>The word before position <paramref name="i"/>, articles, possessives and demonstratives passed over; or null.</summary>
    internal static string? WordBefore(TokenText text, int i) => IndexBefore(text, i) is var k and >= 0 ? text.Folded[k] : null;

    /// <summary>The position of that word, or -1.</summary>
    private static int IndexBefore(TokenText text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text.Folded[k] is "un" or "une" or "le" or "la" or "l" or "les" or "votre" or "vos" or "notre" or "son" or "sa" or "cette" or "ce")
        {
            k--;
        }

        return k;
    }

    /// <summary>True when the word at <paramref name="i"/> follows « avec » or « auprès de » (an article or a possessive between).</summary>
    private static bool CounterpartOfAct(TokenText text, int i) => IndexBefore(text, i) is var k and >= 0
        && (text.Folded[k] == "avec" || (text.Folded[k] is "de" or "du" or "des" or "d" && k > 0 && text.Folded[k - 1] == Near));

    /// <summary>« auprès » as folded.</summary>
    private static readonly string Near = TextFolding.Tokens("auprès")[0];

    /// <summary>« vous » as folded.</summary>
    internal static readonly string You = TextFolding.Tokens("vous")[0];

    /// <summary>« vous » standing beside a role as its apposition: the heading's first or last word (« Vous, l'aidant »,
    /// « L'hébergeant (vous) »), not inside a clause about someone else (« La personne qui vous héberge »); or the person's
    /// space named by the role (« Espace hébergeur », « Mon espace aidant », not « Espace réservé au médecin »).</summary>
    private static bool YouInApposition(TokenText heading, string role)
    {
        // « autre que vous », « différent de vous »: someone else, said so.
        var words = heading.Folded.Where(w => w != "|").ToList();
        return words.Count >= 2 && (words[0] == You || (words[^1] == You && words[^2] is not ("que" or "de" or "d" or "pas"))
            || (words[0] == "espace" && words[1] == role) || (words.Count >= 3 && words[0] is "mon" or "votre" && words[1] == "espace" && words[2] == role)
            || (words.Count >= 3 && words[^2] == You && words[^1] == "meme"));
    }

    private static readonly string Contact = TextFolding.Folded("contact").Single();

    private static bool ContactIsAPerson(TokenText text, int at) =>
        (at > 0 && text.Folded[at - 1] is "du" or "le" or "au" or "des" or "les" or "un")
        || (at + 2 < text.Count && text.Folded[at + 1] is "d" or "de" && text.Folded[at + 2] == Urgence);

    private static readonly string Urgence = TextFolding.Folded("urgence").Single();

    private static (Subject, string?, string?) Of(RoleFound found) => (found.Role switch
    {
        Role.Household => Subject.Household,
        Role.ThirdParty => Subject.ThirdParty,
        Role.Organisation => Subject.Organisation,
        _ => Subject.Applicant,
    }, found.Cue, found.Word);

    /// <summary>« 1er », « 2e », « premier », « troisième »: an ordinal stands before a noun as an article does (« 1er auteur »);
    /// « 1er tiers » is a fraction, not a person (the caller keeps it apart).</summary>
    private static bool IsOrdinal(string word) =>
        word is "premier" or "premiere" or "second" or "seconde" or "dernier" or "derniere" || word.EndsWith("ieme", StringComparison.Ordinal)
        || (word.Length > 1 && char.IsAsciiDigit(word[0]) && word.AsSpan().TrimStart("0123456789") is "er" or "ere" or "re" or "e" or "eme" or "nd" or "nde");

    /// <summary>The catalogue's `typist` phrases: applicant phrases that name the person typing.</summary>
    private readonly HashSet<string> _typist;

    /// <summary>The role a text names; when it names several, someone else's wins over the household's, then the organisation's.</summary>
    private RoleFound? RoleIn(TokenText text, string where, bool header, string? input)
    {
        RoleFound? best = null;
        foreach (var found in _roles.FindAll(text))
        {
            var role = found.Entry.Value;

            // A role word that also qualifies a noun (« situation professionnelle », « artiste-auteur ») is a person only as a
            // noun: first, or after an article, a possessive or a preposition.
            if (where != "nom technique" && found.Entry.Tokens.Length == 1 && _qualifying.Contains(found.Entry.Tokens[0]) && found.Start > 0
                && text.Folded[found.Start - 1] is var before && before != "|" && !PhraseIndex<int>.Skippable.Contains(before)
                && !(IsOrdinal(before) && found.Entry.Tokens[0] != "tier"))
            {
                continue;
            }

            // « Nom du contact », « Contacts d'urgence »: a contact is someone to reach only as a person named so, after an
            // article or before « d'urgence »; « Adresse de contact », « Préférence de contact », a heading « Contact » are
            // the person's own ways of being reached.
            if (found.Entry.Tokens is [var word] && word == Contact && !ContactIsAPerson(text, found.Start))
            {
                continue;
            }

            // « chef d'entreprise », « chef d'exploitation ou d'entreprise agricole »: the person who heads it, not the organisation.
            if (role == Role.Organisation && HeadedByChef(text, found.Start))
            {
                continue;
            }

            // « Représentant légal de la société »: an organisation's legal representative is its manager (D7); with no
            // organisation named, a minor's parent or guardian, who is household (D27).
            if (role == Role.Household && _managers.At(text, found.Start) is not null && _organisations.First(text) is not null)
            {
                continue;
            }

            // « diplôme d'État d'infirmier », « carte professionnelle de médecin »: a role right after a title's « de » is its trade.
            if (role == Role.ThirdParty && TradeOfTitle(text, found.Start))
            {
                continue;
            }

            // « assurance » in « caisse d'assurance maladie », « assurance retraite »: a word of a public body's name is no insurer.
            if (role == Role.ThirdParty && InsidePublicBody(text, found.Start, found.End))
            {
                continue;
            }

            // In a document's label, an employer, a doctor, a bank is who issued it, not whose data it holds; so is anyone it is
            // said to be made by (« quittance établie par un professionnel »).
            if (!header && input == "file" && role == Role.ThirdParty && (found.Entry.Tokens.All(_issuerWords.Contains) || MadeBy(text, found.Start)))
            {
                continue;
            }

            // « Date de votre dernier rendez-vous avec votre conseiller », « démarches auprès de votre employeur »: someone met
            // or addressed in the person's own act is its counterpart, not whose data the label asks.
            // A private party addressed (« une demande auprès de votre banque ») keeps the step theirs.
            if (!header && role == Role.ThirdParty && found.Start > HeadIndex(text) && CounterpartOfAct(text, found.Start)
                && !found.Entry.Tokens.All(_issuerWords.Contains))
            {
                continue;
            }

            // A heading that is the organisation's own role (« Employeur » over the company's fields) is the organisation;
            // « Votre employeur » speaks to the employee, so it is someone else's.
            if (header && role == Role.ThirdParty && found.Start == HeadIndex(text) && _organisations.At(text, found.Start) is not null
                && !(found.Start > 0 && Possessives.Contains(text.Folded[found.Start - 1])))
            {
                role = Role.Organisation;
            }

            var own = role == Role.Organisation && found.Start > 0 && text.Folded[found.Start - 1] is "votre" or "vos" or "notre" or "mon" or "ma";
            // « l'organisme prêteur », « l'établissement d'accueil », « Entreprise qui réalise les travaux » over its fields: an
            // organisation named by what it does for the person is another one (a lender, a host, a contractor), not the one
            // that files (rule 1).
            if (role == Role.Organisation && !own && ServesThePerson(text, found.End))
            {
                role = Role.ThirdParty;
            }

            // A role word that is also an organisation (« employeur »), not an organisation made someone else by what it does (« l'entreprise signalée »).
            var alsoOrganisation = found.Entry.Value == Role.ThirdParty && role == Role.ThirdParty && _organisations.At(text, found.Start) is { } org && org.End == found.End;
            var candidate = new RoleFound(role, $"{where} « {found.Entry.Phrase} »", own || found.Entry.Tokens[0] is "votre" or "notre", alsoOrganisation, found.Entry.Phrase);
            if (best is null || Rank(role) > Rank(best.Value.Role))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Titles that a trade qualifies: a diploma, a certificate, a card, an exam (a job, « poste de conseiller », is someone's).</summary>
    private static readonly HashSet<string> Titles = TextFolding.Folded("diplôme", "certificat", "titre", "brevet", "carte", "licence", "qualification",
        "examen", "concours", "professionnelle", "professionnel");

    /// <summary>True when the role at <paramref name="start"/> follows a bare « de » (no article) shortly after a title:
    /// « diplôme d'État d'infirmier », « diplôme d'éducateur ou d'infirmier ».</summary>
    private static bool TradeOfTitle(TokenText text, int start)
    {
        if (start < 2 || text.Folded[start - 1] is not ("d" or "de"))
        {
            return false;
        }

        // A title a few words back: « diplôme d'État d'éducateur spécialisé ou d'infirmier ».
        for (var k = start - 2; k >= 0 && k >= start - 8; k--)
        {
            if (Titles.Contains(text.Folded[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words from <paramref name="start"/> to <paramref name="end"/> lie inside a longer public body's name
    /// of at least <paramref name="minWords"/> words (« bâtiments » in « architecte des bâtiments de France »).</summary>
    public bool InsidePublicBody(TokenText text, int start, int end, int minWords = 1)
    {
        foreach (var body in _issuers.FindAll(text))
        {
            if (body.Start <= start && body.End >= end && body.End - body.Start > end - start && body.End - body.Start >= minWords && IsPublic(body, PublicName.Body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeadedByChef(TokenText text, int start)
    {
        var k = start - 1;
        if (k >= 1 && text.Folded[k] is "d" or "de" && text.Folded[k - 1] is "chef" or "cheffe")
        {
            return true;
        }

        // « chef d'exploitation ou d'entreprise »: one more noun before the coordination.
        return k >= 4 && text.Folded[k] is "d" or "de" && text.Folded[k - 1] is "ou" or "et" && text.Folded[k - 3] is "d" or "de" && text.Folded[k - 4] is "chef" or "cheffe";
    }

    /// <summary>What a private organisation does for a person, said right after its noun: lends, hosts, manages, serves,
    /// insures (a payer, « organisme payeur », is the CAF or the MSA); or what the filer does for it (« la structure
    /// accompagnée »: someone else's, while « la personne accompagnée » is the one the procedure is for); or what the
    /// person does about it: reports it, complains of it, chose it (« l'entreprise signalée », « le prestataire retenu »).</summary>
    private static readonly HashSet<string> ServiceWords = TextFolding.Folded("preteur", "preteuse", "accueil", "gestionnaire", "prestataire", "assureur", "accompagnee", "accompagne",
        "signalee", "signale", "visee", "vise", "retenue", "retenu", "choisie", "choisi");

    /// <summary>What a contractor does in the matter, in a clause after its noun (« l'entreprise qui réalise les travaux »).</summary>
    private static readonly HashSet<string> ContractorWords = TextFolding.Folded("realise", "realiser", "realisera", "effectue", "effectuer", "effectuera",
        "intervient", "intervenir", "interviendra", "installe", "installer", "installera", "execute", "executer", "fournit", "fournir", "vend", "vendre");

    private static bool ServesThePerson(TokenText text, int end)
    {
        var k = end;
        while (k < text.Count && text.Folded[k] is "d" or "de")
        {
            k++;
        }

        if (k < text.Count && ServiceWords.Contains(text.Folded[k]))
        {
            return true;
        }

        // « qui réalise », « qui va réaliser », « qui a effectué »: up to one auxiliary between « qui » and the verb.
        return k + 1 < text.Count && text.Folded[k] == "qui"
            && (ContractorWords.Contains(text.Folded[k + 1]) || (k + 2 < text.Count && text.Folded[k + 1] is "va" or "a" or "vont" or "ont" or "doit" && ContractorWords.Contains(text.Folded[k + 2])));
    }

    private static int Rank(Role role) => role switch
    {
        Role.ThirdParty => 3,
        Role.Household => 2,
        Role.Organisation => 1,
        _ => 0,
    };

    private (ObjectKind, string?) ObjectOf(Texts t)
    {
        if (t.Input == "file")
        {
            return (ObjectKind.Document, "pièce jointe");
        }

        var head = HeadIndex(t.Label);
        if (head < 0)
        {
            return (ObjectKind.Datum, null);
        }

        if (IdentifierWords.Contains(t.Label.Folded[head]))
        {
            return (ObjectKind.Key, $"libellé « {t.Label.Plain[head]} »");
        }

        // A document named among the first words of the label (« Copie de … », « Le K-bis », « Un justificatif … »).
        for (var i = head; i < Math.Min(t.Label.Count, head + 3); i++)
        {
            if (_documents.At(t.Label, i) is { } document)
            {
                return (ObjectKind.Document, $"libellé « {document.Entry.Phrase} »");
            }
        }

        return (ObjectKind.Datum, null);
    }

    /// <summary>Acts on an address or a place that make it the object of a request, not someone's home.</summary>
    private static readonly HashSet<string> ActsOnPlaces = TextFolding.Folded("creation", "modification", "suppression", "ajout", "renommage", "certification");

    /// <summary>Places such an act is about (« lieu-dit » folds to « lieu dit »).</summary>
    private static readonly HashSet<string> PlaceNouns = TextFolding.Folded("adresse", "voie", "rue", "numero", "toponyme");

    internal static readonly HashSet<string> Possessives = TextFolding.Folded("votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos");

    /// <summary>
    /// « Demande de création d'une adresse », « Renommage de la voie »: a heading that makes an address or a place the
    /// object of the request; the words, or null. A change of the person's own address (« Modification de votre adresse »,
    /// « Demande de modification d'adresse ») is their move, not a place the request acts on.
    /// </summary>
    private static string? PlaceActedOn(TokenText heading)
    {
        for (var i = 0; i + 2 < heading.Count; i++)
        {
            if (!ActsOnPlaces.Contains(heading.Folded[i]) || heading.Folded[i + 1] is not ("de" or "d" or "du" or "des"))
            {
                continue;
            }

            var k = i + 2;
            while (k < heading.Count && Articles.Contains(heading.Folded[k]))
            {
                k++;
            }

            var place = k < heading.Count && (PlaceNouns.Contains(heading.Folded[k]) || (heading.Folded[k] == "lieu" && k + 1 < heading.Count && heading.Folded[k + 1] == "dit"));
            if (place && !(heading.Folded[i] == "modification" && heading.Folded[k] == "adresse"))
            {
                return Words(heading, i, heading.Folded[k] == "lieu" ? k + 2 : k + 1);
            }
        }

        return null;
    }

    /// <summary>Words <paramref name="from"/> to <paramref name="to"/> (excluded) as written, elisions kept (« d'une »).</summary>
    private static string Words(TokenText text, int from, int to)
    {
        var words = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var word = text.Plain[i];
            words.Append(word);
            if (i + 1 < to)
            {
                words.Append(text.Folded[i] is "d" or "l" or "j" or "n" or "s" or "qu" ? "'" : text.Folded[i] == "lieu" && text.Folded[i + 1] == "dit" ? "-" : " ");
            }
        }

        return words.ToString();
    }

    /// <summary>Words that make « où » ask for one's home (« Où habitez-vous ? »).</summary>
    private static readonly HashSet<string> HomeWords = TextFolding.Folded("habitez", "habite", "habites", "habitent", "résidez", "réside", "résides", "résident", "vivez", "vit",
        "vivent", "demeurez", "domicile", "domicilié", "domiciliée", "logement", "logez", "hébergé", "hébergée");

    /// <summary>
    /// « Où ? », « Où a eu lieu l'événement ? » over a group: a heading that asks where something is or happened asks a
    /// place, not the person's home (rule 3); « Où habitez-vous ? » asks the home. The heading as read, or null.
    /// </summary>
    private static string? PlaceAskedIn(Texts t)
    {
        foreach (var (text, where) in new[] { (t.Legend, "groupe"), (t.Section, "section") })
        {
            // The first word, as written: folded, « où » is « ou », a word the head skips.
            if (text.Count > 0 && text.Plain[0] == "où" && !text.Folded.Any(HomeWords.Contains))
            {
                return $"{where} « {text.Plain[0]} »";
            }
        }

        return null;
    }

    /// <summary>The heading that makes a place the object of the request (« Demande de création d'un lieu-dit »), as a cue,
    /// or null. The nearest heading first; one that speaks to the person (« Vos coordonnées ») stops the search: its fields are theirs.</summary>
    public static string? PlaceActedOnIn(Texts t)
    {
        foreach (var (text, where) in new[] { (t.Legend, "groupe"), (t.Section, "section"), (t.Page, "titre de page") })
        {
            if (text.Folded.Any(Possessives.Contains))
            {
                break;
            }

            if (PlaceActedOn(text) is { } acted)
            {
                return $"{where} « {acted} »";
            }
        }

        return null;
    }

    /// <summary>
    /// « Localisation », « Emplacement du point », « Lieu précis de l'incident » over a group of fields: a heading whose head
    /// is a place being located (not an address, not the person's home) makes its fields describe that place (rule 3).
    /// The nearest heading first; one that speaks to the person (« Votre localisation ») or names the home stops the search.
    /// The heading as read, or null.
    /// </summary>
    private static string? PlaceLocatedIn(Texts t)
    {
        foreach (var (text, where) in new[] { (t.Legend, "groupe"), (t.Section, "section"), (t.Page, "titre de page") })
        {
            if (text.Folded.Any(w => Possessives.Contains(w) || NamesTheHome(w) || w == Birth))
            {
                break; // « Lieu de résidence », « Lieu de naissance », « Votre localisation »
            }

            if (text.HeadAt is var head and >= 0 && PlaceHeads.Contains(text.Folded[head]))
            {
                return $"{where} « {text.Plain[head]} »";
            }
        }

        return null;
    }

    /// <summary>A word that names the home itself (« résidence », « domicile », « habitation », « lieu de vie »), not any address.</summary>
    private static bool NamesTheHome(string word) => HomeWords.Contains(word) || HomeNouns.Contains(word);

    private static readonly HashSet<string> HomeNouns = TextFolding.Folded("résidence", "habitation", "vie", "hébergement", "maison", "appartement", "foyer");

    /// <summary>
    /// « Adresses du ou des bâtiments concernés », « Adresse(s) de l'opération », « Adresse du chantier », « Commune de prélèvement
    /// du gibier »: the complement of « adresse » (or of a town, a département) as the head says whose or which address it is; a thing that is neither the home nor a person nor an
    /// organisation (whose subject rule 1 reads) is another place (rule 3). The words, or null.
    /// </summary>
    private string? AddressOfAThing(TokenText text)
    {
        var w = text.Folded;
        var head = text.HeadAt;
        if (head < 0 || !ThingPlaceHeads.Contains(w[head]) || head + 1 >= w.Count)
        {
            return null;
        }

        // « Commune où est situé le véhicule »: a place said by where something is or happens, not where the person lives.
        if (text.Plain[head + 1] == "où")
        {
            return w.Skip(head + 2).Any(x => HomeWords.Contains(x) || NamesTheHome(x)) ? null : Words(text, head, Math.Min(w.Count, head + 4));
        }

        if (w[head + 1] is not ("de" or "d" or "du" or "des"))
        {
            return null;
        }

        // « Ville de formation », « Commune du lycée »: the place of the person's studies, which the studies rule reads.
        if (w[head] != AddressWord && PlaceOfStudies(text) is not null)
        {
            return null;
        }

        // The complement's noun, past « du ou des » and an adjective that comes first (« votre nouveau logement »).
        var k = NextNoun(text, head + 1);
        if (k is not { } noun)
        {
            return null;
        }

        if (PreAdjectives.Contains(w[noun]) && noun + 1 < w.Count)
        {
            noun++;
        }

        // « L'adresse de votre lieu de résidence »: a place completed by the home is the home.
        if (w[noun] == "lieu" && NextNoun(text, noun + 1) is { } of && NamesTheHome(w[of]))
        {
            return null;
        }

        if (NamesTheHome(w[noun]) || AddressWords.Contains(w[noun]) || HomeOrPerson.Contains(w[noun]) || Classifier.StatusPersons.Contains(w[noun])
            || _roles.At(text, noun) is not null || _organisations.At(text, noun) is not null)
        {
            return null;
        }

        return Words(text, head, noun + 1);
    }

    /// <summary>The first word at or after <paramref name="from"/> that is not a preposition, an article, a possessive or
    /// « ou » (« du ou des bâtiments »); or null.</summary>
    private static int? NextNoun(TokenText text, int from)
    {
        var k = from;
        while (k < text.Count && (PhraseIndex<int>.Skippable.Contains(text.Folded[k]) || text.Folded[k] is "ou" or "de" or "d" or "du" or "des"))
        {
            k++;
        }

        return k < text.Count ? k : null;
    }

    /// <summary>Adjectives French puts before the noun they qualify (« nouveau logement », « futur domicile »).</summary>
    private static readonly HashSet<string> PreAdjectives = TextFolding.Folded("nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "futur", "future",
        "actuel", "actuelle", "précédent", "précédente", "dernier", "dernière", "propre", "seul", "seule");

    private static readonly string AddressWord = TextFolding.Folded("adresse").Single();

    /// <summary>Heads whose complement says which place it is (« Adresse du chantier », « Commune de prélèvement du gibier »).</summary>
    private static readonly HashSet<string> ThingPlaceHeads = TextFolding.Folded("adresse", "adresses", "commune", "ville", "localité", "département");

    /// <summary>Complements of « adresse » that keep it the home, a person's (whom a role word may not name), an organisation's
    /// seat or place of work, or make it an e-mail.</summary>
    private static readonly HashSet<string> HomeOrPerson = TextFolding.Folded("famille", "ménage", "personne", "intéressé", "intéressée",
        "naissance", "messagerie", "courriel", "mail", "email", "électronique", "résident", "habitant", "locataire", "occupant", "personnel",
        "personnelle", "domiciliation", "jeune", "majeur", "majeure", "mineur", "mineure", "salarié", "salariée", "agent", "patient", "patiente",
        "siège", "activité", "exercice", "point");

    /// <summary>Nouns that name a place as the thing located: the fields under them say where it is.</summary>
    private static readonly HashSet<string> PlaceHeads = TextFolding.Folded("localisation", "emplacement", "implantation", "lieu");

    private static readonly string Birth = TextFolding.Folded("naissance").Single();

    private (Qualifier, string?) QualifierOf(Texts t, ObjectKind obj)
    {
        // « Il s'agit de l'adresse où vous habitez désormais »: whatever else is said (a new home, a move), this is the home.
        // Not when the home is what another address is compared with (« si différente de votre résidence principale »).
        var homeSaid = (HomeSaid(t.Label) || HomeSaid(t.Hint)) && !new[] { t.Label, t.Hint }.Any(x => x.Folded.Any(ComparedWords.Contains));
        // A label that names the home (« Adresse de votre résidence principale ») wins over a heading that locates a place.
        var homeNamed = homeSaid || t.Label.Folded.Any(NamesTheHome);
        if ((PlaceActedOnIn(t) ?? PlaceAskedIn(t) ?? (homeNamed ? null : PlaceLocatedIn(t))) is { } acted)
        {
            return (Qualifier.OtherAddress, acted);
        }

        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Hint, "aide"), (t.Legend, "groupe"), (t.Section, "section"), (t.Page, "titre de page") })
        {
            foreach (var found in _qualifiers.FindAll(text))
            {
                // « Adresse postale » with « Le titre vous sera envoyé à cette adresse »: a hint or a heading about sending says what
                // the address is used for; only a label that asks where to send (« Adresse d'envoi ») asks another one (D4).
                // « Adresse » on the page « Déclaration de perte », under « Personne en perte d'autonomie »: a loss is read in the label.
                if (found.Entry.Value == Qualifier.OtherAddress && (homeSaid || (where != "libellé" && (SendingWords.Contains(found.Entry.Tokens[0])
                    || LostWords.Contains(found.Entry.Tokens[0])))))
                {
                    continue;
                }

                // « Lieu de résidence », « Lieu de vie »: a place completed by the home names the home (« Précédente adresse »,
                // « Localisation du logement » stay other places).
                if (found.Entry.Value == Qualifier.OtherAddress && found.Entry.Tokens.Contains("lieu") && NextNoun(text, found.End) is { } next && NamesTheHome(text.Folded[next]))
                {
                    continue;
                }

                // A fact about the home is read in the label only; headings over a whole page of the home say little.
                if (found.Entry.Value == Qualifier.AddressFact && where != "libellé")
                {
                    continue;
                }

                // Foreign is about documents (an act, a certificate from abroad) and about addresses; « française ou étrangère »
                // is either, so not foreign (but a heading's « traduction en langue française » is). A hint that mentions
                // French at all states a condition for any document (« tout document en langue étrangère doit être traduit
                // en français »), not that this one comes from abroad.
                // A label that names France besides abroad gives both origins (« de moins de 3 mois si le service se trouve en
                // France, de moins de 6 mois s'il se trouve à l'étranger »): the document may be French, so its French item (D2).
                if (found.Entry.Value == Qualifier.Foreign && ((obj != ObjectKind.Document && where != "libellé") || EitherFrench(text, found.Start, found.End)
                    || (where == "aide" && text.Folded.Any(IsFrench)) || (where == "libellé" && NamesFranceOutside(text))))
                {
                    continue;
                }

                // « Certificat de naissance établi par l'OFPRA » (hint: « il remplace l'acte de votre pays d'origine »): a French
                // body the label says made it issued it, whatever the hint or a heading says of abroad.
                if (found.Entry.Value == Qualifier.Foreign && where != "libellé" && MadeByPublicBody(t.Label))
                {
                    continue;
                }

                // « Personnes nées à l'étranger », « si vous êtes né(e) hors de France »: where the person was born, not where a
                // paper comes from.
                if (found.Entry.Value == Qualifier.Foreign && found.Start > 0 && text.Plain[found.Start - 1] is "né" or "née" or "nés" or "nées")
                {
                    continue;
                }

                // « pour les étrangers », « l'étranger accueilli », « les ressortissants étrangers »: after an article or a
                // noun for people the word is a person (a foreigner), not the origin of a document or a place (« à l'étranger »
                // is matched whole, from its preposition).
                if (found.Entry.Value is Qualifier.Foreign or Qualifier.OtherAddress && found.Entry.Tokens is ["etranger" or "etrangere"]
                    && found.Start > 0 && (Articles.Contains(text.Folded[found.Start - 1]) || People.Contains(text.Folded[found.Start - 1])))
                {
                    continue;
                }

                // « titre de propriété », « attestation de séjour »: the complement of a document's name says what the
                // document is, not which place a field is about.
                if (found.Entry.Value == Qualifier.OtherAddress && found.Start > 1 && text.Folded[found.Start - 1] is "de" or "d"
                    && _documents.At(text, found.Start - 2) is { } named && named.End == found.Start - 1)
                {
                    continue;
                }

                return (found.Entry.Value, $"{where} « {found.Entry.Phrase} »");
            }
        }

        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Legend, "groupe"), (t.Section, "section") })
        {
            if (!homeSaid && AddressOfAThing(text) is { } thing)
            {
                return (Qualifier.OtherAddress, $"{where} « {thing} »");
            }
        }

        return (TimeAskedAboutHome(t.Label) ?? KindOfHomeAsked(t.Label)) is { } fact ? (Qualifier.AddressFact, $"libellé « {fact} »") : (Qualifier.None, null);
    }

    /// <summary>
    /// « Nombre d'années à cette adresse », « Durée de résidence à l'adresse actuelle », « Vous habitez à cette adresse
    /// depuis »: a label about the home whose head is a time (or that ends on « depuis », since when) asks a date or a
    /// duration about the address, not the address (rule 3). The head word (lower case), or null.
    /// </summary>
    private static string? TimeAskedAboutHome(TokenText label)
    {
        var w = label.Folded;
        if (w.Count < 2 || !w.Any(x => AddressWords.Contains(x) || HomeWords.Contains(x)))
        {
            return null;
        }

        // A count is a time when what it counts is one: « nombre d'années », not « nombre de personnes ».
        var head = label.HeadAt;
        if (head >= 0 && (TimeHeads.Contains(w[head]) || (w[head] == "nombre" && w.Skip(head + 1).Take(2).Any(TimeUnits.Contains))))
        {
            return label.Plain[head];
        }

        return w[^1] == Since ? label.Plain[^1] : null;
    }

    /// <summary>
    /// « Type d'adresse », « Nature du logement », « Catégorie de résidence »: a label whose head is a kind and whose
    /// complement is the address or the home as a whole asks what kind it is, a fact about it (rule 3, D25), not the address.
    /// « Type de voie » names a part of the address and stays the address. The head word, or null.
    /// </summary>
    private static string? KindOfHomeAsked(TokenText label)
    {
        var w = label.Folded;
        return label.HeadAt is var head and >= 0 && KindHeads.Contains(w[head]) && head + 1 < w.Count && w[head + 1] is "de" or "d" or "du" or "des"
            && NextNoun(label, head + 1) is { } noun && (AddressWords.Contains(w[noun]) || NamesTheHome(w[noun]))
            ? label.Plain[head] : null;
    }

    private static readonly HashSet<string> KindHeads = TextFolding.Folded("type", "nature", "catégorie", "genre");

    private static readonly HashSet<string> TimeHeads = TextFolding.Folded("date", "durée", "année", "années", "ancienneté", "période");

    private static readonly HashSet<string> TimeUnits = TextFolding.Folded("années", "année", "ans", "mois", "jours", "semaines");

    private static readonly HashSet<string> AddressWords = TextFolding.Folded("adresse", "résidence", "commune");

    private static readonly string Since = TextFolding.Folded("depuis").Single();

    /// <summary>Words that set an address against another one.</summary>
    private static readonly HashSet<string> ComparedWords = TextFolding.Folded("différent", "différente", "diffère", "distinct", "distincte", "autre");

    /// <summary>Words that say something was lost or stolen.</summary>
    private static readonly HashSet<string> LostWords = TextFolding.Folded("perdu", "perdue", "perte", "volé", "volée");

    /// <summary>Words that say where something is to be sent.</summary>
    private static readonly HashSet<string> SendingWords = TextFolding.Folded("envoyé", "envoyée", "expédié", "expédiée", "expédition", "livraison");

    /// <summary>True when the text says the address is where the person lives now (« où vous habitez », « votre résidence principale »).</summary>
    private static bool HomeSaid(TokenText text)
    {
        var w = text.Folded;
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if ((w[i] == "ou" && i + 2 < w.Count && w[i + 1] == You && HomeWords.Contains(w[i + 2]))
                || (w[i] == "residence" && w[i + 1] == "principale") || (w[i] is "domicile" or "adresse" && w[i + 1] is "actuel" or "actuelle"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when « France » is in the text outside a foreign phrase (« hors de France » is abroad).</summary>
    private bool NamesFranceOutside(TokenText text)
    {
        var foreign = _qualifiers.FindAll(text).Where(q => q.Entry.Value == Qualifier.Foreign).ToList();
        for (var i = 0; i < text.Count; i++)
        {
            if (text.Folded[i] == "france" && !foreign.Any(q => q.Start <= i && i < q.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« française ou étrangère », « étranger ou français »: French or not, so not a foreign origin.</summary>
    private static bool EitherFrench(TokenText text, int start, int end) =>
        (start >= 2 && text.Folded[start - 1] == "ou" && IsFrench(text.Folded[start - 2]))
        || (end + 1 < text.Count && text.Folded[end] == "ou" && IsFrench(text.Folded[end + 1]));

    /// <summary>« français », « française » as folded (« français » loses its final s).</summary>
    private static bool IsFrench(string folded) => folded is "francai" or "francaise";

    private (Issuer, string?) IssuerOf(Texts t)
    {
        // The first body named is the issuer (« certificat établi par le médecin, la sage-femme ou la CPAM »: a doctor's). A
        // document's kind (« procès-verbal », « délibération ») only says who usually issues it: a body named anywhere
        // wins (« procès-verbal d'assemblée générale » is an association's).
        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Hint, "aide") })
        {
            PhraseIndex<Issuer>.Found? kind = null;
            for (var i = 0; i < text.Count; i++)
            {
                if (_issuers.At(text, i) is not { } found)
                {
                    continue;
                }

                // « localiser le terrain dans la commune »: a body named as a place is no issuer; nor is one a paper is sent to
                // (« courrier adressé à Monsieur le Maire », « attestation destinée à France Travail »), nor a possessor's own act.
                if (found.Entry.Value == Issuer.Public && (AfterPlacePreposition(text, i) || AddressedTo(text, i) || MadeByItsPossessor(text, found)))
                {
                    continue;
                }

                if (!_issuedKinds.Contains(found.Entry.Phrase))
                {
                    return (found.Entry.Value, $"{where} « {found.Entry.Phrase} »");
                }

                kind ??= found;
            }

            if (kind is { } k)
            {
                return (k.Entry.Value, $"{where} « {k.Entry.Phrase} »");
            }
        }

        return (Issuer.Unknown, null);
    }

    /// <summary>Participles that send a paper to someone.</summary>
    private static readonly HashSet<string> SentTo = ["adressé", "adressée", "adressés", "adressées", "destiné", "destinée", "destinés", "destinées",
        "envoyé", "envoyée", "remis", "remise", "transmis", "transmise"];

    /// <summary>True when the words at <paramref name="i"/> follow « adressé à », « destinée au »…: whom a paper is sent to.</summary>
    internal static bool AddressedTo(TokenText text, int i)
    {
        var k = IndexBefore(text, i);
        if (k >= 0 && text.Folded[k] is "monsieur" or "madame")
        {
            k = IndexBefore(text, k);
        }

        return k > 0 && text.Folded[k] is "a" or "au" or "aux" && SentTo.Contains(text.Plain[k - 1].ToLowerInvariant());
    }

    /// <summary>True when the word at <paramref name="i"/> follows « dans » or « sur » (an article between): a place.</summary>
    private static bool AfterPlacePreposition(TokenText text, int i) => WordBefore(text, i) is { } before && (before == In || before == "sur");

    /// <summary>« dans » as folded.</summary>
    private static readonly string In = TextFolding.Tokens("dans")[0];

    private static string? ContextOf(Texts t)
    {
        var parts = new List<string>();
        if (t.Administration is { Length: > 0 } a)
        {
            parts.Add($"administration « {a} »");
        }

        // A person's procedure is the default reading: only a structure's says so.
        if (Scenarios.ProcedureInfo.IsStructures(t.Public))
        {
            parts.Add($"public « {t.Public} »");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Where a text's first word that is not an article, a preposition or a possessive stands, or -1.</summary>
    internal static int HeadIndex(TokenText text) => text.HeadAt;
}
