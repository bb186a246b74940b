namespace Observatoire.Probes.Classification;

// Whose data a field asks: the applicant, their household, a third party or the filing organisation (rule 1).
internal sealed partial class FieldReader
{
    private (Subject Subject, string? Cue, string? Word) SubjectOf(Texts t)
    {
        // The label says it best (« Nom de votre employeur »); for an upload, its hint too; then the group, the section, the page.
        var structures = Scenarios.ProcedureInfo.IsStructures(t.Public);
        var label = RoleIn(t.Label, "libellé", header: false, t.Input, structures: structures);
        if (label is null && t.Input == "file")
        {
            // A hint's case (« Si vous êtes hébergé par un tiers, … de la personne qui vous héberge ») is another situation's
            // paper when the label names one of its own.
            label = RoleIn(t.Hint, "aide", header: false, t.Input, anyCase: t.LabelNamesItem, structures: structures);
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

        // « Nom du responsable de la sécurité », « Nom et prénom du responsable du projet » on a structure's procedure: the one
        // in charge of something there is a member of its staff, whose professional data no register lists (rule 1).
        if (structures && label is null && InCharge(t.Label, "libellé") is { } inChargeNamed)
        {
            label = inChargeNamed;
        }

        // « nom, prénom et adresse complète de tous les héritiers », « La liste des signaleurs (nom ; date de naissance) »:
        // everyone of a class of people the form has the applicant list is someone else (rule 1).
        if (label is null && !t.Legend.Folded.Any(HouseholdHeadings.Contains) && !t.Section.Folded.Any(HouseholdHeadings.Contains)
            && EveryOneOf(t.Label, "libellé") is { } everyone)
        {
            label = everyone;
        }

        var (header, headerText) = (RoleIn(t.Legend, "groupe", header: true, t.Input, structures: structures, asked: t.Label) ?? AgentIn(t.Legend, "groupe")
                ?? (structures ? InCharge(t.Legend, "groupe") : null)) is { } inLegend ? (inLegend, t.Legend)
            : (RoleIn(t.Section, "section", header: true, t.Input, structures: structures, asked: t.Label) ?? AgentIn(t.Section, "section")
                ?? (structures ? InCharge(t.Section, "section") : null)) is { } inSection ? (inSection, t.Section)
            : (RoleIn(t.Page, "titre de page", header: true, t.Input, structures: structures), t.Page);

        // « Patient traité », « Utilisateur final » on a professional's report of an adverse effect: the one the report is about
        // is someone else than the professional who files it (D30); on a patient's own report, the patient files.
        if (header is null && structures && ReportedPerson(t) is { } reported)
        {
            (header, headerText) = reported;
        }

        // « Identité de la victime », « Renseignements concernant la victime » on a compensation, recovery or accident form: the
        // victim is whom the procedure is for, the one filing or the one filed for (D44); only a complaint or a report about
        // them makes them someone else (D30).
        label = FiledForVictim(label, t);
        header = FiledForVictim(header, t);

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

        // « Nom » under « (pour les personnes physiques) » on a page about the establishment to run: a block for natural persons
        // is the person's own, whatever organisation a heading further up names (rule 1: a sole trader files in their own name).
        if (label is null && header is { Role: Role.Organisation } && (NaturalPersonsBlock(t.Legend) || NaturalPersonsBlock(t.Section)))
        {
            return (Subject.Applicant, "groupe « personne physique »", null);
        }

        return label is { } l ? Of(l) : header is { } h ? Of(h) : (Subject.Applicant, null, null);
    }

    private static readonly HashSet<string> StructureHeads = TextFolding.Folded("directeur", "directrice", "gestionnaire");

    private static readonly HashSet<string> Guardians = TextFolding.Folded("tuteur", "tutrice", "tuteurs", "tutrices");

    /// <summary>A minor's parents and legal representatives, as a heading names them beside a guardian.</summary>
    private static readonly HashSet<string> Parents = TextFolding.Folded("parent", "parents", "père", "mère", "représentant", "représentants",
        "représentante", "responsable", "responsables");

    /// <summary>Words that may stand between two people named together (« parents ou tuteurs », « Représentant légal ou tuteur »).</summary>
    private static readonly HashSet<string> Joining = TextFolding.Folded("ou", "et", "le", "la", "l", "les", "légal", "légale", "légaux");

    /// <summary>True when a parent or a legal representative stands right beside <paramref name="found"/>, only joining words
    /// between, and no adult is named (« Parent ou tuteur du majeur protégé » is an adult's guardian).</summary>
    private static bool BesideParents(TokenText text, PhraseIndex<Role>.Found found)
    {
        bool JoinedOnly(int from, int to) => to - from <= 3 && Enumerable.Range(from, to - from).All(k => Joining.Contains(text.Folded[k]));
        if (text.Folded.Any(w => w.StartsWith("majeur", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var k = 0; k < text.Count; k++)
        {
            if (Parents.Contains(text.Folded[k]) && (k < found.Start ? JoinedOnly(k + 1, found.Start) : k >= found.End && JoinedOnly(found.End, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A victim a label or a heading names, read as whom the procedure is for (D44) unless a complaint or a report is
    /// what the page, its headings or the administration speak of (D30).</summary>
    internal const string FiledFor = ", pour qui la démarche est faite";

    private static RoleFound? FiledForVictim(RoleFound? found, Texts t) =>
        found is { Role: Role.ThirdParty, Word: "victime" or "victimes" } victim
            && !new[] { t.Label, t.Hint, t.Legend, t.Section, t.Page }.Any(text => Reports(text.Folded))
            && !(t.Administration is { } a && Reports(TextFolding.Tokens(a)))
            ? victim with { Role = Role.Applicant, Cue = victim.Cue + FiledFor }
            : found;

    /// <summary>The patient, user or consumer a heading names when a report is what the form, its headings or the administration
    /// speak of (D30).</summary>
    private static (RoleFound, TokenText)? ReportedPerson(Texts t)
    {
        foreach (var (heading, where) in new[] { (t.Legend, "groupe"), (t.Section, "section") })
        {
            var at = heading.Folded.FindIndex(w => ReportedPeople.Contains(w) || w is "utilisateur" or "utilisatrice");
            var person = at < 0 ? null : heading.Folded[at];
            if (person is "utilisateur" or "utilisatrice" && !(at + 1 < heading.Count && heading.Folded[at + 1] is "final" or "finale"))
            {
                continue; // « Établissement utilisateur », « Informations sur l'utilisateur »: often the one who files
            }

            if (person is not null
                && (new[] { t.Label, t.Hint, t.Legend, t.Section, t.Page }.Any(text => Reports(text.Folded))
                    || t.Administration is { } a && Reports(TextFolding.Tokens(a))))
            {
                return (new RoleFound(Role.ThirdParty, $"{where} « {person} » d'un signalement", Own: false, Word: person), heading);
            }
        }

        return null;
    }

    /// <summary>Whom a report is about (« utilisateur » only as « utilisateur final »).</summary>
    private static readonly HashSet<string> ReportedPeople = TextFolding.Folded("patient", "patiente", "consommateur", "consommatrice");

    /// <summary>True when the words speak of a complaint or a report (« pré-plainte », « Signalez… », « Observatoire national des
    /// violences en santé »), not of what the victims of an aid suffered (« victimes de violences conjugales »).</summary>
    private static bool Reports(List<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (ReportWords.Contains(words[k]) && !(k >= 2 && words[k - 1] is "de" or "d" && Victims.Contains(words[k - 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a complaint or a report about what someone suffered: its victim may be anyone (D30).</summary>
    private static readonly HashSet<string> ReportWords = TextFolding.Folded("plainte", "plaintes", "signalement", "signalements",
        "signaler", "signalez", "réclamation", "réclamations", "violence", "violences", "maltraitance", "maltraitances", "harcèlement",
        "indésirable", "pharmacovigilance", "cosmétovigilance", "matériovigilance");

    private static readonly HashSet<string> Victims = TextFolding.Folded("victime", "victimes");

    private static readonly HashSet<string> DrawnUpBy = TextFolding.Folded("établi", "établie", "établis", "établies", "formulé", "formulée", "complété", "complétée",
        "rempli", "remplie", "rédigé", "rédigée", "présenté", "présentée", "formé", "formée", "signé", "signée", "déposé", "déposée");

    /// <summary>« Représenté par : », « Accompagné(e) par », « Donne mandat à une personne », « Procuration à »: a heading that
    /// introduces whoever acts for the person or with them; the fields under it are that agent's (rule 1).</summary>
    private static RoleFound? AgentIn(TokenText heading, string where)
    {
        var words = heading.Folded;
        var last = words.Count - 1;
        while (last >= 0 && words[last] == "|")
        {
            last--;
        }

        // « La présente convention est établie par : », « Le dossier sera complété par : »: who draws the paper up (the ones
        // who file) or what completes it, not someone who acts for the person.
        if (last >= 1 && words[last] == "par" && !DrawnUpBy.Contains(words[last - 1]))
        {
            return new RoleFound(Role.ThirdParty, $"{where} « {heading.Plain[last - 1]} par »", Own: false, Word: "par");
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "mandat" or "procuration" && words[i + 1] == "a")
            {
                return new RoleFound(Role.ThirdParty, $"{where} « {heading.Plain[i]} à »", Own: false, Word: heading.Plain[i]);
            }
        }

        return null;
    }

    /// <summary>« responsable de la sécurité », « Responsable du projet »: someone in charge of something, not a minor's legal
    /// guardian (« responsable légal »); or null.</summary>
    private static RoleFound? InCharge(TokenText text, string where)
    {
        var words = text.Folded;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "responsable" && words[i + 1] is "de" or "du" or "des" or "d" && !words[i + 2].StartsWith("legal", StringComparison.Ordinal))
            {
                return new RoleFound(Role.ThirdParty, $"{where} « {text.Plain[i]} {text.Plain[i + 1]} … »", Own: false, Word: text.Plain[i]);
            }
        }

        return null;
    }

    /// <summary>The identity of everyone of a class of people (« nom … de tous les passagers », « domicile de chaque personne
    /// qui vend », « La liste des agents … (nom, prénom) »): a list of others. Not the household (kin, the people who live in
    /// the home: « chacun des deux parents », « tous les occupants du logement »), not an organisation's officers (« chacun
    /// des administrateurs », whom its register lists), not the applicant's own data named first (« votre pièce d'identité
    /// et celle de chacune des personnes … »), not a class of data (« tous les prénoms », « tous les champs ») (rule 1).</summary>
    private RoleFound? EveryOneOf(TokenText text, string where)
    {
        var words = text.Folded;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (list, noun) = (words[i], words[i + 1]) switch
            {
                ("tou" or "toute", "les") or ("chacun" or "chacune", "de" or "des") => (false, i + 2),
                ("liste" or "ensemble", "des") => (true, i + 2),
                ("chaque", _) => (false, i + 1),
                _ => (false, -1),
            };
            while (noun >= 0 && noun < words.Count && (Counts.Contains(words[noun]) || char.IsAsciiDigit(words[noun][0])))
            {
                noun++;
            }

            // « de tous les … » completes the data named before it; a list names its people first.
            if (noun < 0 || noun >= words.Count || !list && (i == 0 || words[i - 1] is not ("de" or "d" or "du" or "des"))
                || PersonData.Contains(words[noun]) || NotPeople.Contains(words[noun])
                || _roles.At(text, noun) is { Entry.Value: Role.Household } || _organisations.At(text, noun) is not null || _managers.At(text, noun) is not null
                || words[noun] == "membre" && words.Skip(noun + 1).Take(3).Any(Boards.Contains) || Boards.Contains(words[noun]))
            {
                continue;
            }

            if (words.Take(i).Any(Possessives.Contains))
            {
                return null;
            }

            var named = Enumerable.Range(0, list ? words.Count : i).Any(k => PersonData.Contains(words[k]) || list && ListData.Contains(words[k]));
            if (named && !Enumerable.Range(noun, words.Count - noun).Any(k => HouseholdMarks.Contains(words[k]) || words[k] == "charge" && words[k - 1] == "a"))
            {
                return new RoleFound(Role.ThirdParty, $"{where} « {text.Plain[i]} {text.Plain[i + 1]}{(noun > i + 1 ? " " + text.Plain[noun] : "")} »", Own: false, Word: text.Plain[noun]);
            }
        }

        return null;
    }

    /// <summary>A person's identity, as data asked of each one of a class of people.</summary>
    private static readonly HashSet<string> PersonData = TextFolding.Folded("nom", "noms", "prénom", "prénoms", "naissance", "domicile",
        "identité", "civil");

    /// <summary>What a list of people (« liste des associés, leur identification ») may give of them besides.</summary>
    private static readonly HashSet<string> ListData = TextFolding.Folded("adresse", "identification");

    /// <summary>Classes of data or papers, not of people (« tous les champs », « toutes les pages »).</summary>
    private static readonly HashSet<string> NotPeople = TextFolding.Folded("champ", "champs", "case", "cases", "page", "pages", "pièce", "pièces",
        "document", "documents", "justificatif", "justificatifs", "adresse", "adresses", "véhicule", "véhicules");

    private static readonly HashSet<string> Counts = TextFolding.Folded("deux", "trois", "quatre");

    /// <summary>An organisation's boards and their members, whom its register lists (« membres du bureau », « du conseil
    /// d'administration », « administrateurs »).</summary>
    private static readonly HashSet<string> Boards = TextFolding.Folded("bureau", "conseil", "direction", "directoire", "administrateur",
        "administratrice");

    /// <summary>What makes a class of people the household: kin, or living in the home (« à charge » is read apart: « en
    /// charge de l'encadrement » is staff).</summary>
    private static readonly HashSet<string> HouseholdMarks = TextFolding.Folded("foyer", "logement", "famille", "ménage", "couple", "vivant", "vivent",
        "résidant", "habitant", "cohabitant", "occupant", "héberger", "ayant", "enfant", "parent", "père", "mère", "époux", "épouse", "conjoint", "conjointe");

    /// <summary>Headings over a class of people that make it the household (« Composition de votre foyer »).</summary>
    private static readonly HashSet<string> HouseholdHeadings = TextFolding.Folded("foyer", "ménage", "famille");

    /// <summary>« vous devez indiquer », « vous pouvez joindre »: after « vous », a modal verb and a verb of writing or giving.</summary>
    private static bool Instructed(TokenText text, int end) =>
        end + 1 < text.Count && text.Folded[end] is "devez" or "pouvez" or "devrez" or "aurez" && InstructionVerbs.Contains(text.Folded[end + 1] is "a" && end + 2 < text.Count ? text.Folded[end + 2] : text.Folded[end + 1]);

    private static readonly HashSet<string> InstructionVerbs = TextFolding.Folded("indiquer", "fournir", "joindre", "préciser", "renseigner",
        "remplir", "compléter", "transmettre", "communiquer", "mentionner", "donner");

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
    internal static int IndexBefore(TokenText text, int i)
    {
        var k = i - 1;
        while (k >= 0 && IsDeterminer(text.Folded[k]))
        {
            k--;
        }

        return k;
    }

    /// <summary>An article, a possessive or a demonstrative (folded): read past to find the word it introduces.</summary>
    internal static bool IsDeterminer(string word) => word is "un" or "une" or "le" or "la" or "l" or "les" or "votre" or "vos" or "notre" or "nos" or "son" or "sa"
        or "ses" or "leur" or "mon" or "ma" or "mes" or "ton" or "ta" or "tes" or "cette" or "ce" or "cet" or "ces";

    /// <summary>True when the word at <paramref name="i"/> follows « avec » or « auprès de » (an article or a possessive between).</summary>
    private static bool CounterpartOfAct(TokenText text, int i) => IndexBefore(text, i) is var k and >= 0
        && (text.Folded[k] == "avec" || (text.Folded[k] is "de" or "du" or "des" or "d" && k > 0 && text.Folded[k - 1] == Near));

    /// <summary>Words that say a public body chose a private professional rather than employs them: agreed, designated,
    /// mandated, empowered, under agreement, on its list.</summary>
    internal static readonly HashSet<string> ChosenBy = TextFolding.Folded("agréé", "agréée", "agréés", "désigné", "désignée", "mandaté", "mandatée",
        "habilité", "habilitée", "conventionné", "conventionnée", "choisi", "choisie", "liste");

    /// <summary>True when the person's role ending before <paramref name="end"/> is a public body's own agent: the body named within
    /// the four words after it (« médecin conseil de la CPAM »), none of which says the body only chose them.</summary>
    private bool OwnAgentOfPublicBody(TokenText text, int end) =>
        PublicBodyAfter(text, end - 1) is { } body && body <= end + 4 && !text.Folded.Skip(end).Take(body - end).Any(ChosenBy.Contains);

    /// <summary>« auprès » as folded.</summary>
    /// <summary>True when « décès » comes right before the role at <paramref name="at"/>, articles and possessives aside
    /// (« décès d'un proche », « décès de votre proche »).</summary>
    private static bool DeathOf(TokenText text, int at)
    {
        var k = at - 1;
        while (k >= 0 && k >= at - 3 && PhraseIndex<Role>.Skippable.Contains(text.Folded[k]))
        {
            k--;
        }

        return k >= 0 && k < at - 1 && text.Folded[k] == Death;
    }

    private static readonly string Death = TextFolding.Tokens("décès")[0];

    /// <summary>A label that speaks of someone by a third person's possessive (« ses nom, prénoms », « son numéro ») or names
    /// the deceased as whose (« du défunt », « de la personne décédée »).</summary>
    private static bool AsksOfTheDeceased(TokenText label)
    {
        for (var i = 0; i < label.Count; i++)
        {
            if (label.Folded[i] is "son" or "sa" or "ses" or "leur")
            {
                return true;
            }

            if (Deceased.Contains(label.Folded[i]) && i > 0 && label.Folded[i - 1] is "du" or "de" or "d" or "l" or "la" or "le" or "personne")
            {
                return i < 2 || label.Folded[i - 1] is not ("l" or "la" or "le" or "personne") || label.Folded[i - 2] is "de" or "d" or "la";
            }
        }

        return false;
    }

    private static readonly HashSet<string> Deceased = TextFolding.Folded("défunt", "défunte", "décédé", "décédée");

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

    /// <summary>Whether a text names someone else (« la pièce d'identité de l'hébergeant ») outside the papers about the home it
    /// names (« assurance habitation » is a paper, not an insurer asked about).</summary>
    internal bool NamesThirdPartyBesideHomePapers(TokenText text)
    {
        var papers = _homePapers.FindAll(text).Select(p => (p.Start, p.End)).ToList();
        return _roles.FindAll(text).Any(r => r.Entry.Value == Role.ThirdParty && !Inside(papers, r.Start, r.End) && !HomePaperParties.Contains(r.Entry.Tokens[0]));
    }

    /// <summary>Who signs or issues a paper about the home with the person (« signé avec le bailleur »): the paper stays theirs.</summary>
    private static readonly HashSet<string> HomePaperParties = TextFolding.Folded("bailleur", "propriétaire", "agence", "syndic", "assureur", "assurance", "notaire");

    /// <summary>The role a text names; when it names several, someone else's wins over the household's, then the organisation's.</summary>
    private RoleFound? RoleIn(TokenText text, string where, bool header, string? input, bool anyCase = false, bool structures = false, TokenText? asked = null)
    {
        RoleFound? best = null;
        (int End, string Phrase)? filer = null;
        var all = _roles.FindAll(text);
        foreach (var found in all)
        {
            var role = found.Entry.Value;

            // « votre co-acquéreur », « le co-titulaire »: a role word inside a longer one is read as the longer one.
            if (InsideLonger(all, found))
            {
                continue;
            }

            // A role word that also qualifies a noun (« situation professionnelle », « artiste-auteur ») is a person only as a
            // noun: first, or after an article, a possessive or a preposition. After « et », « ou » it qualifies what the word
            // before qualifies (« Situation scolaire et/ou professionnelle »).
            if (where != "nom technique" && found.Entry.Tokens.Length == 1 && _qualifying.Contains(found.Entry.Tokens[0]) && found.Start > 0
                && (Qualifies(text, found.Start) || CoordinatedWithAdjective(text, found.Start)))
            {
                continue;
            }

            // « Pour chacun d'eux, vous devez indiquer les informations suivantes : »: the one told what to write is the writer,
            // not whose data they are (a witness's, under « Témoins »).
            if (header && found.Entry.Tokens is [var pronoun] && pronoun == You && Instructed(text, found.End))
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

            // « Nom du directeur de la publication », « EXPLOITANT (gestionnaire de l'exploitation) » on a structure's procedure:
            // its director or its manager is the organisation's own (D7), not someone else; on a person's procedure a
            // director is a school's or a home's, someone else (rule 1).
            if (structures && role == Role.ThirdParty && found.Entry.Tokens is [var staff] && StructureHeads.Contains(staff))
            {
                continue;
            }

            // A heading « PARENTS ou TUTEURS », « Parent / Tuteur », « Représentant légal (parent ou tuteur) »: a guardian named beside a
            // minor's parents is the minor's, who belongs to the household (D27), not an adult's professional guardian.
            if (header && role == Role.ThirdParty && found.Entry.Tokens is [var guardian] && Guardians.Contains(guardian) && BesideParents(text, found))
            {
                role = Role.Household;
            }

            // « Les enfants mineurs vous accompagnant », « le conjoint vous hébergeant »: a participle after an object pronoun says
            // what the noun before it does for the person; it names no one (« Accompagnant », « la personne qui vous accompagne »
            // do).
            // Only after a household member's noun: « la personne vous hébergeant » is a host.
            if (role == Role.ThirdParty && found.Entry.Tokens is [var participle] && participle.EndsWith("ant", StringComparison.Ordinal) && found.Start > 1
                && text.Folded[found.Start - 1] is "vou" or "nou" or "te" or "me" or "m" or "l" or "lui"
                && all.Any(o => o.Entry.Value == Role.Household && o.End < found.Start))
            {
                continue;
            }

            // « Nom d'épouse », « nom de jeune fille »: a kind of name, the person's own, not a relative's.
            if (role == Role.Household && KindOfName(text, found.Start))
            {
                continue;
            }

            // « Partenaires du projet », « Partenaires financiers », a partner on a structure's procedure: an organisation the
            // project works with, someone else (rule 1), not a partner by a Pacs (« votre partenaire de Pacs »), who is household.
            if (role == Role.Household && found.Entry.Tokens is [var partner] && partner == Partner && !text.Folded.Contains(Pacs)
                && (structures || (found.End < text.Count && BusinessPartnerWords.Contains(text.Folded[found.End]))))
            {
                role = Role.ThirdParty;
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

            // « En cas de décès d'un proche, … sa carte Vitale », « décès de votre proche retraité : ses nom, prénoms »: the one who
            // died is whom a death declaration is about, the person the procedure is for (rule 1), not someone beside them. Under
            // such a heading, only a label that speaks of them (« ses nom, prénoms », « la carte Vitale du défunt ») asks about
            // them; another (« Lien de parenté avec le défunt », a contact's name) is someone else's.
            if (role == Role.ThirdParty && DeathOf(text, found.Start) && (!header || (asked is not null && AsksOfTheDeceased(asked))))
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
            // A private party addressed (« une demande auprès de votre banque ») keeps the step theirs; a public body's own agent
            // (« le médecin conseil de la CPAM ») does not, unless the body only chose them (« le médecin agréé par la préfecture »).
            if (!header && role == Role.ThirdParty && found.Start > HeadIndex(text) && CounterpartOfAct(text, found.Start)
                && (!found.Entry.Tokens.All(_issuerWords.Contains) || OwnAgentOfPublicBody(text, found.End)))
            {
                continue;
            }

            // « Représentant de la personne morale », « Représentant de la société »: the one who represents an organisation is its
            // legal representative, whom its register lists (rule 1, D7), not an agent who files for someone else.
            if (role == Role.ThirdParty && found.Entry.Tokens is ["representant" or "representante", ..] && RepresentsOrganisation(text, found.Start + 1))
            {
                role = Role.Organisation;
            }

            // « Pièces à remettre à votre employeur », « L'emprunteur fournit à la banque : »: whom the papers are handed to
            // receives them; they are not theirs (rule 1).
            if (role == Role.ThirdParty && AddressedTo(text, found.Start))
            {
                continue;
            }

            // « Justificatif de domicile récent. Si vous êtes hébergé par un tiers, celui de la personne qui vous héberge »: a later
            // sentence that opens on a case (« Si… », « Sinon… », « À défaut… ») offers another paper for another situation; the
            // first sentence says whose the field is (rule 1): nobody such a case names, not even « vous » (« Si vous êtes
            // hébergé »), says it; a heading may. The label's own sentences that open on a case are read as its hint.
            if (!header && InCase(text, found.Start, later: !anyCase))
            {
                continue;
            }

            // « Pour les personnes morales », « Si vous êtes une personne morale »: a heading that says which filers its block is
            // for speaks of the one filing, an organisation (rule 1: its register holds its data); so does a label that offers
            // the datum for such filers (« NOM du demandeur ou RAISON SOCIALE pour les personnes morales »).
            if (role == Role.ThirdParty && found.Entry.Tokens is ["personne", "morale"] && ForFilersOfKind(text, found.Start))
            {
                role = Role.Organisation;
            }

            // A heading that is the organisation's own role (« Employeur » over the company's fields) is the organisation;
            // « Votre employeur » speaks to the employee, so it is someone else's.
            if (header && role == Role.ThirdParty && found.Start == HeadIndex(text) && _organisations.At(text, found.Start) is not null
                && !(found.Start > 0 && Possessives.Contains(text.Folded[found.Start - 1])))
            {
                role = Role.Organisation;
            }

            // Any possessive of the person speaking or spoken to: « votre », « mon », « ton » (youth services say « tu »).
            var own = role == Role.Organisation && found.Start > 0 && Possessives.Contains(text.Folded[found.Start - 1]);
            // « l'organisme prêteur », « l'établissement d'accueil », « Entreprise qui réalise les travaux » over its fields: an
            // organisation named by what it does for the person is another one (a lender, a host, a contractor), not the one
            // that files (rule 1).
            if (role == Role.Organisation && !own && ServesThePerson(text, found.End))
            {
                role = Role.ThirdParty;
            }

            // On a structure's procedure the organisation that files is the employer, the legal person (« Les informations relatives
            // à la personne morale », « il est demandé à l'employeur de fournir »): a role that is also an organisation, not given
            // to the person (« votre employeur » is theirs, someone else), is the filer (rule 1: its register holds its data).
            // Not one a word sets apart (« l'ancien employeur », « la personne morale associée », « … propriétaire du terrain »).
            var organisationRole = found.Entry.Value == Role.ThirdParty && _organisations.At(text, found.Start) is { } org && org.End == found.End;
            var before = found.Start > 0 ? text.Folded[found.Start - 1] : null;
            // « Identification de l'employeur, futur employeur ou organisme »: the same role again, set apart right after the
            // one that files, is that filer's other case (about to hire), not someone else.
            var again = found.End + 1 < text.Count && OtherOnes.Contains(text.Folded[found.End]) && text.Folded[found.End + 1] == found.Entry.Tokens[0];
            var files = structures && role == Role.ThirdParty && organisationRole && !(before is not null && (Possessives.Contains(before) || OtherOnes.Contains(before)))
                && !(found.End < text.Count && OtherOnes.Contains(text.Folded[found.End]) && !again);
            files |= structures && role == Role.ThirdParty && organisationRole && before is not null && OtherOnes.Contains(before)
                && filer is { } f && f.End == found.Start - 1 && f.Phrase == found.Entry.Phrase;
            if (files)
            {
                role = Role.Organisation;
                filer = (found.End, found.Entry.Phrase);
            }

            // A role word that is also an organisation (« employeur »), not an organisation made someone else by what it does (« l'entreprise signalée »).
            var alsoOrganisation = organisationRole && role == Role.ThirdParty;
            var candidate = new RoleFound(role, $"{where} « {found.Entry.Phrase} »{(files ? FilerMark : "")}", own || files || found.Entry.Tokens[0] is "votre" or "notre", alsoOrganisation, found.Entry.Phrase);
            if (best is null || Rank(role) > Rank(best.Value.Role))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>« Pour les personnes physiques », « Si vous êtes une personne physique », « Vous êtes un particulier : », or a
    /// heading that is that block's name (« 2.1 Personne physique », « Personne physique : »).</summary>
    internal static bool NaturalPersonsBlock(TokenText heading)
    {
        for (var i = 0; i < heading.Count; i++)
        {
            if (heading.Folded[i] == "personne" && i + 1 < heading.Count && heading.Folded[i + 1] == "physique"
                && (ForFilersOfKind(heading, i) || heading.Folded.Take(i).All(w => char.IsDigit(w[0]))))
            {
                return true;
            }

            if (heading.Folded[i] == "particulier" && ForFilersOfKind(heading, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« Vous êtes une personne morale : », « Pour les personnes morales »: a block for organisations that file; or
    /// « Représentant de la personne morale » inside a section that names the one filing and nobody else (« 1. Identité du
    /// demandeur »): the filing organisation's representative. Alone, on a person's procedure, that legal person may be
    /// another party (a landlord).</summary>
    internal bool LegalPersonsBlock(Texts t) => LegalPersonsBlock(t.Legend, t.Section) || LegalPersonsBlock(t.Section, default);

    private bool LegalPersonsBlock(TokenText heading, TokenText? above)
    {
        for (var i = 0; i + 1 < heading.Count; i++)
        {
            if (heading.Folded[i] != "personne" || heading.Folded[i + 1] != "morale")
            {
                continue;
            }

            if (ForFilersOfKind(heading, i)
                || IndexBefore(heading, i) is var k and >= 1 && heading.Folded[k] is "de" or "d" && heading.Folded[k - 1] is "representant" or "representante"
                    && above is { Count: > 0 } && NamesOnlyTheFiler(above))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when « de » and an organisation (« la personne morale », « la société ») follow <paramref name="end"/>.</summary>
    private bool RepresentsOrganisation(TokenText text, int end)
    {
        var k = end;
        if (k >= text.Count || text.Folded[k] is not ("de" or "d" or "du"))
        {
            return false;
        }

        k++;
        while (k < text.Count && PhraseIndex<int>.Skippable.Contains(text.Folded[k]))
        {
            k++;
        }

        return k < text.Count && (_organisations.At(text, k) is not null || text.Folded[k] == "personne" && k + 1 < text.Count && text.Folded[k + 1] == "morale");
    }

    /// <summary>« Pour les personnes morales », « Pour une personne morale », « Si vous êtes une personne morale »: the kind of
    /// filer a block is for, before the words at <paramref name="at"/>.</summary>
    internal static bool ForFilersOfKind(TokenText text, int at)
    {
        var k = IndexBefore(text, at);
        while (k >= 0 && text.Folded[k] is "les" or "des")
        {
            k--;
        }

        return k >= 0 && (text.Folded[k] == "pour" || (text.Folded[k] is "ete" or "etre" && k > 0 && text.Folded[k - 1] == You));
    }

    /// <summary>True when the word before <paramref name="at"/> is a content word (not « | », an article, a possessive, a
    /// preposition, an ordinal), which the word at <paramref name="at"/> follows as an adjective does.</summary>
    private static bool Qualifies(TokenText text, int at) =>
        text.Folded[at - 1] is var before && before != "|" && !PhraseIndex<int>.Skippable.Contains(before) && !(IsOrdinal(before) && text.Folded[at] != "tier");

    /// <summary>« scolaire et/ou professionnelle », « familiale et professionnelle »: the word at <paramref name="at"/> comes after
    /// « et », « ou » that follow an adjective or a noun the same way.</summary>
    private static bool CoordinatedWithAdjective(TokenText text, int at)
    {
        var k = at - 1;
        var joined = false;
        while (k >= 0 && text.Folded[k] is "et" or "ou")
        {
            joined = true;
            k--;
        }

        return joined && k > 0 && Qualifies(text, k);
    }

    /// <summary>True when the word at <paramref name="at"/> stands in a sentence that opens on a case (« si », « sinon », « à
    /// défaut »), after the first one when <paramref name="later"/>.</summary>
    private static bool InCase(TokenText text, int at, bool later)
    {
        var open = at;
        while (open > 0 && text.Folded[open - 1] != "|")
        {
            open--;
        }

        var earlier = !later;
        for (var k = 0; k < open - 1 && !earlier; k++)
        {
            earlier = text.Folded[k] != "|";
        }

        return earlier && open < text.Count && (text.Folded[open] == "si" || Negations.OpensOnOtherwise(text.Folded, open));
    }

    /// <summary>Words that make an employer or a legal person another one than the filer: a former one, a partner, an owner.</summary>
    private static readonly HashSet<string> OtherOnes = TextFolding.Folded("ancien", "ancienne", "précédent", "précédente", "nouvel", "nouveau", "futur",
        "associé", "associée", "associés", "associées", "président", "présidente", "propriétaire", "propriétaires", "mandataire", "utilisatrice",
        "utilisateur", "origine", "tiers", "tierce", "cliente", "client", "donneur");

    /// <summary>True when the word at <paramref name="at"/> follows « nom de » or « nom d' » with no article (« jeune » may stand
    /// between): « nom d'épouse », « nom de jeune fille » name a kind of name.</summary>
    private static bool KindOfName(TokenText text, int at)
    {
        var k = at - 1;
        if (k >= 0 && text.Folded[k] == "jeune")
        {
            k--;
        }

        return k >= 1 && text.Folded[k] is "de" or "d" && text.Folded[k - 1] == "nom";
    }

    /// <summary>Said of a role read as the organisation that files (« libellé « employeur », qui dépose »).</summary>
    internal const string FilerMark = ", qui dépose";

    /// <summary>Titles that a trade qualifies: a diploma, a certificate, a card, an exam (a job, « poste de conseiller », is someone's).</summary>
    private static readonly HashSet<string> Titles = TextFolding.Folded("diplôme", "certificat", "titre", "brevet", "carte", "licence", "qualification",
        "examen", "concours", "professionnelle", "professionnel", "docteur", "doctorat", "master");

    /// <summary>Titles earned in a discipline (« diplôme de docteur en pharmacie »), not papers someone writes (« certificat de notaire »).</summary>
    private static readonly HashSet<string> DiplomaTitles = TextFolding.Folded("diplôme", "brevet", "licence", "docteur", "doctorat", "master");

    /// <summary>True when the role at <paramref name="start"/> follows a bare « de » or « en » (no article) shortly after a title:
    /// « diplôme d'État d'infirmier », « diplôme d'éducateur ou d'infirmier », « docteur en pharmacie ».</summary>
    private static bool TradeOfTitle(TokenText text, int start, HashSet<string>? titles = null)
    {
        titles ??= Titles;
        if (start < 2 || text.Folded[start - 1] is not ("d" or "de" or "en"))
        {
            return false;
        }

        // A title a few words back: « diplôme d'État d'éducateur spécialisé ou d'infirmier ».
        for (var k = start - 2; k >= 0 && k >= start - 8; k--)
        {
            if (titles.Contains(text.Folded[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words from <paramref name="start"/> to <paramref name="end"/> lie inside a longer public body's
    /// name (« assurance » in « caisse d'assurance maladie »).</summary>
    private bool InsidePublicBody(TokenText text, int start, int end) => Inside(PublicBodiesIn(text), start, end);

    /// <summary>True when one of <paramref name="spans"/> holds the words from <paramref name="start"/> to <paramref name="end"/>
    /// and more.</summary>
    public static bool Inside(List<(int Start, int End)> spans, int start, int end) =>
        spans.Exists(b => b.Start <= start && b.End >= end && b.End - b.Start > end - start);

    /// <summary>Where the public bodies' names of at least <paramref name="minWords"/> words stand in the text (« architecte des
    /// bâtiments de France »), found once for all the cues a rule looks at.</summary>
    public List<(int Start, int End)> PublicBodiesIn(TokenText text, int minWords = 1)
    {
        List<(int Start, int End)>? spans = null;
        foreach (var body in _issuers.FindAll(text))
        {
            if (body.End - body.Start >= minWords && IsPublic(body, PublicName.Body))
            {
                (spans ??= []).Add((body.Start, body.End));
            }
        }

        return spans ?? NoSpans;
    }

    private static readonly List<(int Start, int End)> NoSpans = [];

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
    /// person does about it: reports it, complains of it, chose it (« l'entreprise signalée », « le prestataire retenu »); or
    /// what it is to the one that files: the company above it, the body it belongs to, the one that certifies it or is put
    /// in charge of the works (« la société mère », « l'organisme de rattachement », « l'organisme de certification »,
    /// « l'entreprise chargée des travaux »).</summary>
    private static readonly HashSet<string> ServiceWords = TextFolding.Folded("preteur", "preteuse", "accueil", "gestionnaire", "prestataire", "assureur", "accompagnee", "accompagne",
        "signalee", "signale", "visee", "vise", "retenue", "retenu", "choisie", "choisi",
        "mere", "rattachement", "tutelle", "certification", "certificateur", "certificatrice", "chargee", "charge", "chargees", "charges");

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

    private static readonly string Partner = TextFolding.Folded("partenaire").Single();

    private static readonly string Pacs = TextFolding.Folded("pacs").Single();

    /// <summary>What follows a partner of a project rather than of a person: « du projet », « financiers », « institutionnels ».</summary>
    private static readonly HashSet<string> BusinessPartnerWords = TextFolding.Folded("du", "des", "financier", "financiers", "financière", "financières",
        "institutionnel", "institutionnels", "technique", "techniques", "associé", "associés", "publics", "privés", "opérationnel", "opérationnels");

    private static bool InsideLonger(List<PhraseIndex<Role>.Found> all, PhraseIndex<Role>.Found found)
    {
        foreach (var other in all)
        {
            if (other.Start <= found.Start && other.End >= found.End && other.End - other.Start > found.End - found.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static int Rank(Role role) => role switch
    {
        Role.ThirdParty => 3,
        Role.Household => 2,
        Role.Organisation => 1,
        _ => 0,
    };
}
