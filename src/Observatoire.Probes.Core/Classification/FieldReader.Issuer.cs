namespace Observatoire.Probes.Classification;

// Who issued a document (a public body or a private party, rule 5) and the context a field is read in.
internal sealed partial class FieldReader
{
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
                if (found.Entry.Value == Issuer.Public && (AfterPlacePreposition(text, i) || AddressedTo(text, i) || IssuesNothingHere(text, found, paper: true)))
                {
                    i = found.End - 1; // its own words are not read again (« au président du conseil régional »: no « régional » either)
                    continue;
                }

                // « Diplôme d'État de docteur en médecine »: a trade right after a diploma's « de » is what it was earned in, not who
                // issued it (a « certificat de notaire » is the notary's).
                if (found.Entry.Value == Issuer.Private && TradeOfTitle(text, i, DiplomaTitles))
                {
                    continue;
                }

                if (!_issuedKinds.Contains(found.Entry.Phrase))
                {
                    return (found.Entry.Value, $"{where} « {found.Entry.Phrase} »");
                }

                // « Demander une carte professionnelle »: a paper the request is to obtain has no issuer yet.
                if (!Classifier.Requested(text, i))
                {
                    kind ??= found;
                }
            }

            if (kind is { } k)
            {
                return (k.Entry.Value, $"{where} « {k.Entry.Phrase} »");
            }
        }

        return (Issuer.Unknown, null);
    }

    /// <summary>
    /// A public body's name used in another sense, or a body that is paid rather than issuing (cue collisions): « police
    /// d'assurance », « N° de police », « police multirisque » are an insurance policy; « Tableau de trésorerie »,
    /// « trésorerie de l'entreprise » a cash position; « dépenses et recettes », « Recette de billetterie » takings; « chèque à
    /// l'ordre du Trésor public » names whom the cheque pays.
    /// </summary>
    private static bool NamedInAnotherSense(TokenText text, PhraseIndex<Issuer>.Found found)
    {
        var i = found.Start;
        var before = IndexBefore(text, i);
        if (PaidTo(text, before))
        {
            return true;
        }

        if (found.End - i != 1)
        {
            return false;
        }

        var next = found.End < text.Count ? text.Folded[found.End] : null;
        var word = found.Entry.Tokens[0];
        // « Comité départemental olympique », « Ligue régionale de football », « Union départementale des associations
        // familiales »: a body's adjective on a private body's noun (federations, leagues, unions and clubs are private, D37).
        if (BodyAdjectives.Contains(word) && i > 0 && PrivateBodies.Contains(text.Folded[i - 1]))
        {
            return true;
        }

        return word switch
        {
            // A policy: of insurance, numbered, or named by what it covers (« police responsabilité civile »).
            "police" => (next is "d" or "de" && found.End + 1 < text.Count && text.Folded[found.End + 1] is "assurance" or "abonnement")
                || (before >= 1 && text.Folded[before] is "de" or "d" && text.Folded[before - 1] is "n" or "no" or "numero")
                || next is "rc" or "responsabilite" or "multirisque" or "habitation" or "souscrite" or "souscrit",
            // The office is named as one (« trésorerie municipale », « de Lyon », « délivré par la trésorerie »); cash is what
            // a statement or a plan is of (« Tableau de », « Prévisionnel de », « Besoin en »), or an organisation's.
            "tresorerie" => CashOf(text, before) || next is "previsionnel" or "previsionnelle" or "disponible" or "nette" or "actuelle"
                || (next is "de" or "du" or "d" && IndexAfter(text, found.End + 1) is var owner and >= 0 && OwnersOfCash.Contains(text.Folded[owner])),
            // The office only with what it collects or where it stands (« recette des finances », « recette principale »); the
            // plural, and the singular anywhere else, are takings, a recipe or an acceptance (« PV de recette »).
            "recette" => !(next is "des" or "de" or "du" && found.End + 1 < text.Count && text.Folded[found.End + 1] is "finance" or "impot" or "douane")
                && next is not ("principale" or "municipale" or "generale" or "perception"),
            _ => false,
        };
    }

    /// <summary>The adjectives that name a public body's level (folded).</summary>
    private static readonly HashSet<string> BodyAdjectives = TextFolding.Folded("départemental", "départementale", "régional", "régionale", "municipal",
        "municipale", "national", "nationale", "préfectoral", "préfectorale", "ministériel", "ministérielle");

    /// <summary>Private bodies that take a level's adjective (« Comité départemental », « Ligue régionale », « Union départementale »).</summary>
    private static readonly HashSet<string> PrivateBodies = TextFolding.Folded("comité", "ligue", "union", "fédération", "club", "association", "amicale",
        "mutuelle", "syndicat", "ordre");

    /// <summary>« à l'ordre du Trésor public », « payable au Trésor public », « au profit de la régie »: whom a payment goes to,
    /// the body right after (<paramref name="before"/> is the word before it).</summary>
    private static bool PaidTo(TokenText text, int before)
    {
        if (before < 1)
        {
            return false;
        }

        var w = text.Folded;
        if (w[before] is "du" or "de" or "des" or "d" && IndexBefore(text, before) is var o and >= 0 && w[o] is "ordre" or "profit")
        {
            return true;
        }

        return w[before] is "au" or "a" && w[before - 1] is "payable" or "payer" or "verser" or "libelle";
    }

    /// <summary>True when the word before « trésorerie » (« de », « en » at <paramref name="before"/>) is what a cash position
    /// is the state of: « Tableau de », « Prévisionnel de », « État actuel de la », « Besoin en ».</summary>
    private static bool CashOf(TokenText text, int before)
    {
        if (before < 1 || text.Folded[before] is not ("de" or "du" or "des" or "d" or "en"))
        {
            return false;
        }

        for (var of = IndexBefore(text, before); of >= 0; of--)
        {
            if (CashWords.Contains(text.Folded[of]))
            {
                return true;
            }

            if (text.Folded[of] is not ("actuel" or "actuelle"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Who heads a public body and receives its mail (folded).</summary>
    private static readonly HashSet<string> BodyHeads = TextFolding.Folded("président", "présidente", "directeur", "directrice", "chef", "cheffe", "responsable",
        "proviseur", "principal", "inspecteur", "inspectrice", "commandant", "commissaire", "secrétaire", "délégué", "déléguée");

    /// <summary>What a cash position is the state of (« Tableau de trésorerie », « Plan de trésorerie », « Besoin en trésorerie »).</summary>
    private static readonly HashSet<string> CashWords = TextFolding.Folded("tableau", "plan", "état", "situation", "besoin", "prévision", "prévisionnel",
        "flux", "suivi", "montant", "budget", "avance", "ligne", "difficulté", "tension", "solde", "relevé");

    /// <summary>Whose cash a « trésorerie de … » is: an organisation's, not an office.</summary>
    private static readonly HashSet<string> OwnersOfCash = TextFolding.Folded("entreprise", "société", "structure", "association", "exploitation",
        "organisme", "projet");

    /// <summary>The first word at or after <paramref name="i"/> that is not an article or a possessive, or -1.</summary>
    private static int IndexAfter(TokenText text, int i)
    {
        var k = i;
        while (k < text.Count && IsDeterminer(text.Folded[k]))
        {
            k++;
        }

        return k < text.Count ? k : -1;
    }

    /// <summary>Infinitives of sending (« à adresser à la mairie »): a paper still to send, not one sent.
    /// Declared before <see cref="SentTo"/>, which takes them in: static fields are set in order.</summary>
    internal static readonly HashSet<string> SendingInfinitives = ["déposer", "remettre", "envoyer", "adresser", "transmettre", "retourner"];

    /// <summary>Words that hand papers over to someone (« L'emprunteur fournit à la banque : », « à présenter à l'agent »).
    /// Declared before <see cref="SentTo"/>, which takes them in.</summary>
    private static readonly HashSet<string> GivingWords = ["fournir", "fournit", "fournissez", "présenter", "présentez", "communiquer", "produire"];

    /// <summary>Words that send a paper to someone or leave it somewhere (« dépôt au service état civil », « à remettre à la
    /// mairie »); not « déposée à la préfecture », a request already made to it (rule 6).</summary>
    private static readonly HashSet<string> SentTo = ["adressé", "adressée", "adressés", "adressées", "destiné", "destinée", "destinés", "destinées",
        "envoyé", "envoyée", "remis", "remise", "transmis", "transmise", "dépôt", .. SendingInfinitives, .. GivingWords];

    /// <summary>True when the words at <paramref name="i"/> follow « adressé à », « destinée au »…: whom a paper is sent to.</summary>
    internal static bool AddressedTo(TokenText text, int i)
    {
        var k = IndexBefore(text, i);
        // « adressée au Président du Conseil départemental », « à la Directrice générale de l'ARS »: a letter to a body's head
        // is to the body.
        if (k >= 1 && text.Folded[k] is "du" or "de" or "des" or "d")
        {
            var head = IndexBefore(text, k);
            while (head >= 0 && HeadsAdjectives.Contains(text.Folded[head]))
            {
                head--;
            }

            if (head >= 0 && BodyHeads.Contains(text.Folded[head]))
            {
                k = IndexBefore(text, head);
            }
        }

        if (k >= 1 && text.Folded[k] == "|" && Classifier.Civilities.Contains(text.Folded[k - 1]))
        {
            k--; // « M. le Président »: the abbreviation's dot read as a sentence's end
        }

        if (k >= 0 && Classifier.Civilities.Contains(text.Folded[k]))
        {
            k = IndexBefore(text, k);
        }

        // « à l'attention de Madame la Directrice de la CAF », « à l'intention du Préfet ».
        if (k >= 1 && text.Folded[k] is "de" or "du" or "d" && text.Folded[k - 1] is "attention" or "intention")
        {
            return true;
        }

        return k > 0 && text.Folded[k] is "a" or "au" or "aux" && SentTo.Contains(text.Plain[k - 1].ToLowerInvariant());
    }

    /// <summary>What may stand between a head and its body (« directeur général de », « délégué territorial de »).</summary>
    private static readonly HashSet<string> HeadsAdjectives = TextFolding.Folded("général", "générale", "départemental", "départementale", "régional",
        "régionale", "territorial", "territoriale", "adjoint", "adjointe");


    /// <summary>True when the words at <paramref name="i"/> are cited as the rule a paper follows (« les dérogations visées par
    /// l'arrêté du… », « en application de l'arrêté préfectoral », « conforme au décret »): the act cited is the law, not a paper
    /// the field asks for, and the body that wrote it issued nothing here (rule 5).</summary>
    internal bool CitedAsRule(TokenText text, int i)
    {
        var k = IndexBefore(text, i);
        if (k < 1)
        {
            return false;
        }

        // « Autorisation délivrée en application de l'arrêté préfectoral »: a paper said issued under the act is that
        // authority's (rule 5).
        for (var j = 0; j < k; j++)
        {
            if (IssuedWords.Contains(text.Folded[j]))
            {
                return false;
            }
        }

        // « conforme au modèle annexé à l'arrêté », « dont le modèle est fixé par arrêté »: the act gives the model of a paper the
        // user fills in; it is the law's, and the paper the user's.
        for (var j = Math.Max(0, k - 3); j < k; j++)
        {
            if (text.Folded[j] == "modele")
            {
                return true;
            }
        }

        // « en application de l'arrêté préfectoral »: the body's adjective qualifies the act cited.
        if (DocumentAt(text, k) && CitedAsRule(text, k))
        {
            return true;
        }

        var before = text.Folded[k - 1];
        return text.Folded[k] switch
        {
            "par" => CitingParticiples.Contains(before),
            "a" or "au" or "aux" => ConformWords.Contains(before),
            "de" or "d" or "du" or "des" => RuleHeads.Contains(before) && k >= 2 && text.Folded[k - 2] is "en" or "au",
            _ => false,
        };
    }

    /// <summary>Participles that cite a text (« visées par », « prévu par », « mentionnés par »); not the ones that say who made a
    /// paper (« délivré par », « établi par ») or a value (« fixé par délibération », rule 6).</summary>
    private static readonly HashSet<string> CitingParticiples = TextFolding.Folded("visé", "visée", "visés", "visées", "prévu", "prévue", "prévus",
        "prévues", "mentionné", "mentionnée", "mentionnés", "mentionnées", "défini", "définie", "définis", "définies", "énuméré", "énumérée",
        "énumérés", "énumérées", "listé", "listée", "listés", "listées");

    /// <summary>« délivrée », « accordé »: a paper said issued.</summary>
    private static readonly HashSet<string> IssuedWords = TextFolding.Folded("délivré", "délivrée", "délivrés", "délivrées", "accordé", "accordée",
        "accordés", "accordées");

    /// <summary>« conformément à », « conforme au ».</summary>
    private static readonly HashSet<string> ConformWords = TextFolding.Folded("conformément", "conforme", "conformes");

    /// <summary>« en application de », « au sens de », « en vertu de ».</summary>
    private static readonly HashSet<string> RuleHeads = TextFolding.Folded("application", "sens", "vertu");

    /// <summary>True when the word at <paramref name="i"/> follows « dans » or « sur » (an article between): a place.</summary>
    private static bool AfterPlacePreposition(TokenText text, int i) => WordBefore(text, i) is { } before && (before == In || before == "sur");

    /// <summary>« dans » as folded.</summary>
    private static readonly string In = TextFolding.Tokens("dans")[0];

    private static string? ContextOf(Texts t)
    {
        // The same for every field of a procedure: written once while the procedure's fields follow one another.
        if (_lastContext is { } last && last.Administration == t.Administration && last.Public == t.Public)
        {
            return last.Context;
        }

        var context = ContextOfAnew(t);
        _lastContext = (t.Administration, t.Public, context);
        return context;
    }

    [ThreadStatic]
    private static (string? Administration, string? Public, string? Context)? _lastContext;

    private static string? ContextOfAnew(Texts t)
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
