using System.Text;

namespace Observatoire.Probes.Classification;

// What a field asks (a datum, a document, a key) and which place: the home, another place, a fact about the home, abroad (rule 3).
internal sealed partial class FieldReader
{
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

        // « Code postal », « Numéro de téléphone », « Numéro et voie » are data an identifier word begins, not keys: a reader
        // told « identifiant » would take them for a key, which never counts.
        if (IdentifierWords.Contains(t.Label.Folded[head]) && !BeginsADatum(t.Label, head))
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

        // « Disposez-vous d'un extrait de casier judiciaire … ? », « Êtes-vous titulaire d'une carte … ? »: a question whether
        // the person holds a document asks about that document, as its upload would (rule 4: the question names it).
        if (AfterPossessionQuestion(t.Label) is var k and >= 0 && _documents.At(t.Label, k) is { } asked)
        {
            return (ObjectKind.Document, $"libellé « {asked.Entry.Phrase} »");
        }

        return (ObjectKind.Datum, null);
    }

    /// <summary>Where the thing starts after a question of possession (« Disposez-vous d'un », « Avez-vous une », « Êtes-vous
    /// titulaire d'un »), or -1.</summary>
    private static int AfterPossessionQuestion(TokenText label)
    {
        var f = label.Folded;
        if (f.Count < 3 || f[1] != You)
        {
            return -1;
        }

        var i = HoldVerbs.Contains(f[0]) ? 2
            : f[0] == Are && f[2] == Holder ? 3
            : -1;
        while (i >= 0 && i < f.Count && PossessionFiller.Contains(f[i]))
        {
            i++;
        }

        return i < f.Count ? i : -1;
    }

    /// <summary>Verbs that ask what the person has (« Disposez-vous… », « Avez-vous… »).</summary>
    internal static readonly HashSet<string> HoldVerbs = TextFolding.Folded("disposez", "avez", "possédez", "détenez");

    /// <summary>« êtes » as folded.</summary>
    internal static readonly string Are = TextFolding.Folded("êtes").Single();
    private static readonly string Holder = TextFolding.Folded("titulaire").Single();
    private static readonly HashSet<string> PossessionFiller = TextFolding.Folded("d", "de", "du", "un", "une", "des", "déjà", "bien");

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
    internal static string Words(TokenText text, int from, int to)
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
            if (text.Count > 0 && text.Plain[0] == "où" && !text.Has(HomeWords))
            {
                return $"{where} « {text.Plain[0]} »";
            }
        }

        return null;
    }

    /// <summary>The heading that makes a place the object of the request (« Demande de création d'un lieu-dit »), as a cue,
    /// or null. The nearest heading first; one that speaks to the person (« Vos coordonnées ») stops the search: its fields are theirs.</summary>
    public static string? PlaceActedOnIn(Texts t) => InNearestHeading(t, PlaceActedOn);

    /// <summary>What <paramref name="read"/> finds in the nearest heading (group, section, page title) that has it, as a cue;
    /// a heading that speaks to the person (« Vos coordonnées ») stops the search: its fields are theirs.</summary>
    private static string? InNearestHeading(Texts t, Func<TokenText, string?> read)
    {
        for (var i = 0; i < 3; i++)
        {
            var (text, where) = i switch { 0 => (t.Legend, "groupe"), 1 => (t.Section, "section"), _ => (t.Page, "titre de page") };
            if (text.Has(Possessives))
            {
                break;
            }

            if (read(text) is { } found)
            {
                return $"{where} « {found} »";
            }
        }

        return null;
    }

    /// <summary>Acts that bring a new thing into the request (« Création d'un point de prélèvement », « Pré-enregistrer une
    /// nouvelle chambre froide », « Ajouter un lieu »), as nouns and as verbs.</summary>
    private static readonly HashSet<string> CreatingWords = TextFolding.Folded("creation", "ajout", "enregistrement", "preenregistrement", "creer", "ajouter",
        "enregistrer", "preenregistrer");

    private static readonly HashSet<string> NewWords = TextFolding.Folded("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles");

    /// <summary>What a person's own file is made of: creating one (« Création de compte », « Nouvelle demande », « Nouvelle
    /// contestation ») is theirs.</summary>
    private static readonly HashSet<string> OwnFileNouns = TextFolding.Folded("compte", "dossier", "demande", "inscription", "espace", "profil", "fiche",
        "candidature", "declaration", "signalement", "acces", "identifiant", "mot", "saisie", "adresse", "reclamation", "requete", "personne", "membre",
        // the acts a person files, whatever they are called (« Nouvelle contestation », « Nouveau recours »)
        "contestation", "recours", "saisine", "plainte", "demarche", "procedure", "reservation",
        // what a person's identity and civil status are made of: a new card, a birth, a Pacs, one's details are theirs
        "coordonnees", "informations", "donnees", "identite", "carte", "passeport", "titre", "permis", "naissance", "mariage", "pacs", "deces",
        "situation", "nom", "prenom", "etat", "parent", "parents", "pere", "mere", "famille", "foyer", "domicile", "residence",
        "contact", "enfant", "agent", "usager", "eleve", "patient", "adherent", "benevole", "volontaire", "jeune", "majeur", "mineur", "salarie", "salariee",
        "apprenti", "apprentie", "stagiaire", "conjoint", "conjointe", "beneficiaire", "responsable", "representant", "representante", "titulaire");

    /// <summary>Endings of nouns that name people by what they do (« préleveur », « probationnaire », « exploitante »).</summary>
    internal static readonly string[] PersonEndings = ["eur", "euse", "rice", "aire", "ant", "ante", "iste", "ien", "ienne"];

    /// <summary>
    /// « Création d'un point de prélèvement », « Pré-enregistrer une nouvelle chambre froide », « Nouvelle expérience »: a
    /// heading that brings a new thing into the request makes a bare name or address under it that thing's (rules 1 and 3).
    /// Not a person (a role the catalogue knows, or a noun that names someone by what they do), not the person's own file
    /// (« Création de compte »), not the filing organisation. The nearest heading first; one that speaks to the person stops the search.
    /// </summary>
    internal string? ThingCreatedIn(Texts t) => InNearestHeading(t, _thingCreated ??= ThingCreated);

    /// <summary><see cref="ThingCreated"/> as a delegate made once (a method group of an instance is a new delegate each time).</summary>
    private Func<TokenText, string?>? _thingCreated;

    private string? ThingCreated(TokenText heading)
    {
        var f = heading.Folded;
        var start = f.FindIndex(w => w != "|");
        if (start < 0)
        {
            return null;
        }

        var k = start;
        if (f[k] == "pre" && k + 1 < f.Count && CreatingWords.Contains(f[k + 1]))
        {
            k++; // « pré-enregistrer » split at its hyphen
        }

        if (CreatingWords.Contains(f[k]))
        {
            k++;
            while (k < f.Count && f[k] != "|" && (Articles.Contains(f[k]) || f[k] is "de" or "d" or "du" or "des"))
            {
                k++;
            }
        }
        else if (!NewWords.Contains(f[k]))
        {
            return null;
        }

        while (k < f.Count && NewWords.Contains(f[k]))
        {
            k++;
        }

        if (k >= f.Count || k == start || f[k] == "|" || OwnFileNouns.Contains(f[k]) || PersonEndings.Any(f[k].EndsWith) || _roles.At(heading, k) is not null)
        {
            return null;
        }

        var end = k + 1;
        while (end < f.Count && f[end] != "|" && !Articles.Contains(f[end]) && f[end] is not ("de" or "d" or "du" or "des" or "a" or "pour" or "et" or "ou"))
        {
            end++;
        }

        return Words(heading, start, end);
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

            // « Où est située la friche ? », « Où se trouve le terrain ? »: the same, asked as a question.
            if (AsksWhereSomethingIs(text) is { } located)
            {
                return $"{where} « {located} »";
            }
        }

        return null;
    }

    /// <summary>True when the words at <paramref name="at"/> complete a person a role names (« victime de l'infraction »,
    /// « auteur de l'accident »): « de » and an article between.</summary>
    private bool OfAPerson(TokenText text, int at)
    {
        var k = IndexBefore(text, at);
        return k >= 1 && text.Folded[k] is "de" or "d" or "du" or "des" && _roles.FindAll(text).Exists(r => r.End == k);
    }

    /// <summary>True when the word at <paramref name="at"/> follows « en cas de » or « en cas d' » within the three words before
    /// it, in the same sentence (not « lors du séjour »: the stay's place is asked).</summary>
    private static bool InCircumstance(TokenText text, int at)
    {
        for (var k = at - 1; k >= 1 && k >= at - 4 && text.Folded[k] != "|"; k--)
        {
            if (text.Folded[k] is "de" or "d" or "du" && text.Folded[k - 1] == "cas" && k >= 2 && text.Folded[k - 2] == "en")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« Votre projet », « Description du projet », « Site du projet » over an address: the place of what the request is
    /// about, as the works' (rule 3, D35), even the person's own project. Only the nearest heading, a group's or a section's,
    /// decides (« Porteur de projet », « Le demandeur » nearer than the project are about someone; a page's title is often the
    /// procedure's name); a label that says whose (« Votre adresse », « Adresse du demandeur », « Adresse personnelle ») is theirs.</summary>
    private string? ProjectIn(Texts t)
    {
        var (text, where) = t.Legend.Count > 0 ? (t.Legend, "groupe") : (t.Section, "section");
        var k = text.HeadAt;
        if (k < 0)
        {
            return null;
        }

        // « Description du projet », « Informations sur le projet »: a word about the project before it.
        if (AboutWords.Contains(text.Folded[k]))
        {
            k++;
            while (k < text.Count && (Articles.Contains(text.Folded[k]) || text.Folded[k] is "de" or "d" or "du" or "des" or "sur" || Possessives.Contains(text.Folded[k])))
            {
                k++;
            }
        }

        // The label's own words are read last: most headings name no project.
        return k < text.Count && ProjectWords.Contains(text.Folded[k])
            && !t.Label.Has(Possessives) && !t.Label.Has(OwnWords) && RoleIn(t.Label, "libellé", header: false, t.Input) is null
            ? $"{where} « {text.Plain[k]} »" : null;
    }

    private static readonly HashSet<string> OwnWords = TextFolding.Folded("personnel", "personnelle", "perso");

    private static readonly HashSet<string> ProjectWords = TextFolding.Folded("projet", "projets", "chantier", "chantiers");

    private static readonly HashSet<string> AboutWords = TextFolding.Folded("description", "présentation", "localisation", "situation", "caractéristiques",
        "informations", "détails", "identification", "site", "lieu", "adresse");

    /// <summary>« Où est situé(e) … », « Où se trouve … », « Où se situe … » at a heading's start: its words, or null.</summary>
    private static string? AsksWhereSomethingIs(TokenText text)
    {
        var w = text.Folded;
        return w.Count >= 3 && text.Plain[0].Equals("où", StringComparison.OrdinalIgnoreCase) && w[1] is "est" or "se" or "sont" && LocatedWords.Contains(w[2])
            ? $"{text.Plain[0]} {text.Plain[1]} {text.Plain[2]}"
            : null;
    }

    private static readonly HashSet<string> LocatedWords = TextFolding.Folded("situé", "située", "situés", "situées", "trouve", "trouvent", "situe", "situent");

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
    private static readonly HashSet<string> ThingPlaceHeads = TextFolding.Folded("adresse", "adresses", "commune", "ville", "localité", "département", "pays");

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
        var homeSaid = (HomeSaid(t.Label) || HomeSaid(t.Hint)) && !new[] { t.Label, t.Hint }.Any(x => x.Has(ComparedWords));
        // A label that names the home (« Adresse de votre résidence principale ») wins over a heading that locates a place.
        var homeNamed = homeSaid || t.Label.Folded.Any(NamesTheHome);
        if ((PlaceActedOnIn(t) ?? PlaceAskedIn(t) ?? (homeNamed ? null : PlaceLocatedIn(t) ?? ThingCreatedIn(t) ?? ProjectIn(t))) is { } acted)
        {
            return (Qualifier.OtherAddress, acted);
        }

        // « Votre adresse » over the field, on the page « Aide aux vacances familiales »: a heading nearer the field that says
        // the address is the person's own is the one read; another place a farther heading names is the procedure's topic.
        var ownAddressAt = Array.FindIndex([t.Label, t.Hint, t.Legend, t.Section, t.Page], SaysOwnAddress);
        var level = -1;
        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Hint, "aide"), (t.Legend, "groupe"), (t.Section, "section"), (t.Page, "titre de page") })
        {
            level++;
            foreach (var found in _qualifiers.FindAll(text))
            {
                if (found.Entry.Value == Qualifier.OtherAddress && ownAddressAt >= 0 && level > ownAddressAt)
                {
                    continue;
                }

                // A group or a section that names only the person filing (« 1- DÉCLARANT », « Identification du demandeur »)
                // under a page about something built or installed: the page's place is the procedure's topic, not their
                // address. Another address the page names (« adresse à l'étranger », « lieu des faits ») is still another one.
                if (found.Entry.Value == Qualifier.OtherAddress && where == "titre de page" && found.Entry.Tokens is [var topic] && TopicPlaces.Contains(topic)
                    && (NamesOnlyTheFiler(t.Legend) || NamesOnlyTheFiler(t.Section)))
                {
                    continue;
                }

                // « Adresse postale » with « Le titre vous sera envoyé à cette adresse »: a hint or a heading about sending says what
                // the address is used for; only a label that asks where to send (« Adresse d'envoi ») asks another one (D4).
                // « Adresse » on the page « Déclaration de perte », under « Personne en perte d'autonomie »: a loss is read in the label.
                if (found.Entry.Value == Qualifier.OtherAddress && (homeSaid || (where != "libellé" && (SendingWords.Contains(found.Entry.Tokens[0])
                    || LostWords.Contains(found.Entry.Tokens[0])))))
                {
                    continue;
                }

                // « Justificatif de domicile exigé en cas de déménagement récent »: a place or a move in the circumstance that calls
                // for the field says when it is asked, not which address (the home's, which may be new).
                if (found.Entry.Value == Qualifier.OtherAddress && InCircumstance(text, found.Start))
                {
                    continue;
                }

                // « Identité de la victime (à remplir si la victime de l'infraction n'est pas le demandeur) », « l'auteur de
                // l'accident »: an event a heading names as what someone is the victim or the author of describes that person,
                // not where the block's address is (rule 3).
                if (found.Entry.Value == Qualifier.OtherAddress && where is not ("libellé" or "aide") && OfAPerson(text, found.Start))
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

                if (found.Entry.Value is Qualifier.Foreign or Qualifier.OtherAddress && NamesAPerson(text, found))
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

    /// <summary>True when the heading names the person filing and nobody else, and no other place (« 1- DÉCLARANT », « Le
    /// demandeur »; not « Lieu de l'installation du déclarant »). A pronoun does not name a block (« Je veux entrer l'adresse
    /// manuellement » is a switch).</summary>
    private bool NamesOnlyTheFiler(TokenText heading)
    {
        var filer = false;
        foreach (var found in _roles.FindAll(heading))
        {
            if (found.Entry.Value != Role.Applicant)
            {
                return false;
            }

            filer |= found.Entry.Tokens is not [var word] || !Pronouns.Contains(word);
        }

        return filer && !_qualifiers.FindAll(heading).Any(q => q.Entry.Value == Qualifier.OtherAddress);
    }

    private static readonly HashSet<string> Pronouns = TextFolding.Folded("je", "vous", "moi", "toi", "tu");

    /// <summary>What a page may be about that is built or installed somewhere: its place is the procedure's topic.</summary>
    private static readonly HashSet<string> TopicPlaces = [.. ProjectWords, .. TextFolding.Folded("installation", "installations", "travaux",
        "construction", "opération", "aménagement", "ouvrage", "dépôt", "raccordement")];

    /// <summary>« Votre adresse », « Vos coordonnées », « Mon domicile »: a possessive right before the address, the home or the
    /// contact details (an article or another possessive may stand between); or a heading « Coordonnées » alone.</summary>
    private static bool SaysOwnAddress(TokenText text)
    {
        var w = text.Folded;

        // A heading that is only « Coordonnées » (« 2. Coordonnées »), with nobody else named, is the person's own details.
        if (w.Count(x => !char.IsDigit(x[0])) == 1 && w.Contains(ContactDetails))
        {
            return true;
        }

        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (Possessives.Contains(w[i]) && OwnAddressWords.Contains(w[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> OwnAddressWords = TextFolding.Folded("adresse", "adresses", "domicile", "coordonnées", "résidence");

    private static readonly string ContactDetails = TextFolding.Folded("coordonnées").Single();

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

    /// <summary>What a foreigner is, said right after the word (« étranger mineur »): the word is then a person.</summary>
    private static readonly HashSet<string> ForeignerStates = TextFolding.Folded("mineur", "mineure", "mineurs", "mineures", "majeur", "majeure",
        "majeurs", "malade", "malades", "résident", "résidente", "résidents", "accueilli", "accueillie", "accueillis");

    /// <summary>« française ou étrangère », « étranger ou français »: French or not, so not a foreign origin.</summary>
    private static bool EitherFrench(TokenText text, int start, int end) =>
        (start >= 2 && text.Folded[start - 1] == "ou" && IsFrench(text.Folded[start - 2]))
        || (end + 1 < text.Count && text.Folded[end] == "ou" && IsFrench(text.Folded[end + 1]));

    /// <summary>
    /// A foreign word that names a person, not where a paper or a place is from. « pour les étrangers », « l'étranger
    /// accueilli », « les ressortissants étrangers », « si vous êtes étranger »: after an article, a noun for people or a verb of being (« à l'étranger » is matched
    /// whole, from its preposition), after « pour » with no article (« document de circulation pour étranger mineur »), or
    /// before what a person is (« étranger mineur »). « pour un Français, Européen ou Suisse », « de nationalité belge »: a
    /// country's adjective after an article, a list's joint or « nationalité »; after the noun of a body, a scheme or a paper
    /// (« sécurité sociale luxembourgeoise », « permis belge ») it says whose they are.
    /// </summary>
    private bool NamesAPerson(TokenText text, PhraseIndex<Qualifier>.Found found)
    {
        if (found.Entry.Tokens is not [var word])
        {
            return false;
        }

        var before = found.Start > 0 ? text.Folded[found.Start - 1] : null;
        if (word is "etranger" or "etrangere" or "etrangers" or "etrangeres")
        {
            return (before is not null && (Articles.Contains(before) || People.Contains(before) || Copulas.Contains(before) || before == "pour" || before == Nationality))
                || (found.End < text.Count && ForeignerStates.Contains(text.Folded[found.End]));
        }

        return found.Entry.Value == Qualifier.Foreign && _countries.Contains(word) && (before is null || NotANoun.Contains(before));
    }

    /// <summary>
    /// « Nom de l'entreprise étrangère », a heading « ENTREPRISE ÉTRANGÈRE (EMPLOYEUR) », « Société établie hors de France »: an
    /// organisation the label or a heading says is foreign, a foreign word right after its noun or after where it is
    /// established; where, or null.
    /// </summary>
    public string? ForeignOrganisationIn(Texts t)
    {
        foreach (var (text, where) in new[] { (t.Label, "libellé"), (t.Legend, "groupe"), (t.Section, "section") })
        {
            if (text.Count < 2)
            {
                continue;
            }

            // « Succursale en France d'une société étrangère », « Établissement français d'une entreprise étrangère »: the French
            // branch is the one asked, and in the register.
            if (text.Folded.Any(IsFrench) || NamesFranceOutside(text))
            {
                continue;
            }

            var qualifiers = _qualifiers.FindAll(text);
            foreach (var org in _organisations.FindAll(text))
            {
                foreach (var q in qualifiers)
                {
                    // Right after the organisation's noun, or after a word saying where it is established (« Société établie
                    // hors de France »); not what it does abroad (« Entreprise exportant à l'étranger »).
                    if (q.Entry.Value == Qualifier.Foreign && (q.Start == org.End || (q.Start == org.End + 1 && EstablishedWords.Contains(text.Folded[org.End])))
                        && !EitherFrench(text, q.Start, q.End))
                    {
                        return $"{where} « {string.Join(' ', text.Plain.Skip(org.Start).Take(q.End - org.Start))} »";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Words that say where an organisation is established: « établie », « installée », « domiciliée »…</summary>
    private static readonly HashSet<string> EstablishedWords = TextFolding.Folded("établi", "établie", "établis", "établies", "installé", "installée",
        "domicilié", "domiciliée", "situé", "située", "implanté", "implantée", "basé", "basée", "immatriculé", "immatriculée", "enregistré", "enregistrée");

    /// <summary>« de nationalité étrangère »: the person's nationality.</summary>
    private static readonly string Nationality = TextFolding.Folded("nationalité").Single();

    /// <summary>« si vous êtes étranger », « le demandeur étant étranger »: being foreign is what a person is.</summary>
    private static readonly HashSet<string> Copulas = TextFolding.Folded("êtes", "est", "sont", "suis", "étant", "être", "devenu", "devenue");

    /// <summary>Words a country's adjective follows when it names a person: an article, a list's joint, « pour », « nationalité ».</summary>
    private static readonly HashSet<string> NotANoun = TextFolding.Folded("un", "une", "le", "la", "les", "l", "pour", "ou", "et", "de", "d", "des", "du",
        "nationalité", "européen", "européenne", "français", "française");

    /// <summary>« français », « française » as folded (« français » loses its final s).</summary>
    private static bool IsFrench(string folded) => folded is "francai" or "francaise";

    /// <summary>Words after « code » or « numéro » that make it part of an address or a phone number.</summary>
    private static readonly HashSet<string> DatumWords = TextFolding.Folded("postal", "téléphone", "portable", "mobile", "fixe", "voie", "rue");

    private static bool BeginsADatum(TokenText label, int head)
    {
        for (var i = head + 1; i < Math.Min(label.Count, head + 4); i++)
        {
            if (DatumWords.Contains(label.Folded[i]))
            {
                return true;
            }

            if (label.Folded[i] is not ("de" or "du" or "d" or "et" or "votre" or "vos" or "la" or "le"))
            {
                return false;
            }
        }

        return false;
    }
}
